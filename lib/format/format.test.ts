import { describe, expect, it } from "vitest";
import { describeCriteria } from "./criteria";
import { formatDate, formatDayRange, formatEventDate, formatEventDateShort } from "./dates";
import { describeTypeCounts } from "./event-types";

describe("dates as people read them", () => {
  it.each([
    ["2022-02-06", "6 February 2022"],
    ["2022-02", "February 2022"],
    ["2022", "2022"],
    ["0997-01-01", "1 January 997"],
  ])("%s → %s", (v, text) => expect(formatDate(v)).toBe(text));

  it("writes spans without repeating what both ends share", () => {
    expect(formatDayRange("2021-10-30", "2021-10-31")).toBe("30–31 Oct 2021");
    expect(formatDayRange("2022-02-28", "2022-03-02")).toBe("28 Feb – 2 Mar 2022");
    expect(formatDayRange("2021-12-30", "2022-01-02")).toBe("30 Dec 2021 – 2 Jan 2022");
    expect(formatDayRange("2022-02-06", "2022-02-06")).toBe("6 Feb 2022");
  });

  it("dates an event by its precision", () => {
    expect(formatEventDate("2021-10-30", "2021-10-31", "day")).toBe("30–31 October 2021");
    expect(formatEventDate("2022-06", null, "month")).toBe("June 2022");
    expect(formatEventDateShort("2022-02-06", null, "day")).toBe("6 Feb 2022");
  });
});

describe("a filter in words", () => {
  const names: Record<string, string> = { "emmanuel-macron": "Emmanuel Macron", "joe-biden": "Joe Biden", "olaf-scholz": "Olaf Scholz" };
  const name = (s: string) => names[s] ?? s;
  it("says 'between' for two actors that must both take part", () => {
    expect(describeCriteria({ actor: ["emmanuel-macron", "joe-biden"], actorMode: "all", type: ["call"] }, name)).toBe("between Emmanuel Macron and Joe Biden · calls");
  });
  it("says 'or' when any will do, and lists the rest", () => {
    expect(
      describeCriteria({ actor: ["emmanuel-macron", "joe-biden", "olaf-scholz"], actorMode: "any", type: ["call", "meeting"], status: "planned", from: "2022-02", to: "2022-02", q: "Kyiv" }, name),
    ).toBe("Emmanuel Macron, Joe Biden or Olaf Scholz · calls and meetings · planned · 1–28 Feb 2022 · “Kyiv”");
  });
  it("is empty for no filter", () => {
    expect(describeCriteria({ actor: [], actorMode: "all", type: [] }, name)).toBe("");
  });
});

describe("cluster contents", () => {
  it("lists types by count", () => {
    expect(describeTypeCounts({ meeting: 3, call: 5, aid: 1 })).toBe("5 calls, 3 meetings, 1 aid");
  });
});
