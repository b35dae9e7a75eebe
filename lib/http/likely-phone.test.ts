import { describe, expect, it } from "vitest";
import { likelyPhone } from "./likely-phone";

describe("likelyPhone", () => {
  it.each([
    [{ "sec-ch-ua-mobile": "?1" }, true],
    [{ "user-agent": "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148" }, true],
    [{ "user-agent": "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 Chrome/126.0 Mobile Safari/537.36" }, true],
    [{ "user-agent": "Mozilla/5.0 (Linux; Android 14; SM-X710) AppleWebKit/537.36 Chrome/126.0 Safari/537.36" }, false],
    [{ "sec-ch-ua-mobile": "?0", "user-agent": "Mozilla/5.0 (X11; Linux x86_64) Chrome/126.0 Safari/537.36" }, false],
    [{}, false],
  ])("%j → %s", (h, phone) => expect(likelyPhone(new Headers(h))).toBe(phone));
});
