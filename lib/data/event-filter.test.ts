import { describe, expect, it } from "vitest";
import { parseEventFilter } from "./event-filter";
import { firstDayOf, lastDayOf } from "@/lib/timeline/days";

const parse = (qs: string) => parseEventFilter(new URLSearchParams(qs));

describe("parseEventFilter", () => {
  it("reads repeated actors and defaults", () => {
    const r = parse("actor=emmanuel-macron&actor=joe-biden&type=call&from=2022-02&to=2022-02-28");
    expect(r).toEqual({
      ok: true,
      value: { actor: ["emmanuel-macron", "joe-biden"], actorMode: "all", type: ["call"], from: "2022-02", to: "2022-02-28", limit: 100, order: "asc" },
    });
  });
  it.each([
    ["limit=abc", "limit"],
    ["limit=0", "limit"],
    ["limit=100000", "limit"],
    ["from=2022-02-30", "from"],
    ["from=yesterday", "from"],
    ["type=party", "type"],
    ["actor=Emmanuel%20Macron", "actor"],
    ["status=maybe", "status"],
    ["from=2022-03-01&to=2022-02-01", "from"],
    ["bogus=1", "bogus"],
    ["cursor=xyz", "cursor"],
    ["q=" + "x".repeat(300), "q"],
    ["from=2022-01-01&from=2022-02-01", "from"],
    ["order=newest", "order"],
  ])("refuses %s naming the parameter", (qs, param) => {
    const r = parse(qs);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.param).toBe(param);
      expect(r.error).toContain(`\`${param}\``);
    }
  });
  it("expands partial bounds", () => {
    expect(firstDayOf("2022")).toBe("2022-01-01");
    expect(lastDayOf("2022-02")).toBe("2022-02-28");
    expect(lastDayOf("2024-02")).toBe("2024-02-29");
  });
});

describe("parseEventFilter's options", () => {
  it("checks the caller's own parameters: known, and given once", () => {
    const params = (qs: string) => new URLSearchParams(qs);
    expect(parseEventFilter(params("window=a&actor=x"), { extra: ["window"] })).toMatchObject({ ok: true });
    expect(parseEventFilter(params("window=a&window=b"), { extra: ["window"] })).toEqual({ ok: false, error: "`window` may be given only once", param: "window" });
    expect(parseEventFilter(params("windw=a"), { extra: ["window"] })).toEqual({ ok: false, error: "unknown parameter `windw`", param: "windw" });
  });

  it("refuses paging where there is none", () => {
    expect(parseEventFilter(new URLSearchParams("limit=5"), { paging: false })).toEqual({ ok: false, error: "unknown parameter `limit`", param: "limit" });
    expect(parseEventFilter(new URLSearchParams("limit=5"))).toMatchObject({ ok: true });
  });
});
