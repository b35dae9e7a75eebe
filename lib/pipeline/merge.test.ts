import { describe, expect, it } from "vitest";
import { datesCompatible, isSameEvent, lastDayOf, mergeDuplicateEvents, typeFamily, type MergeableEvent } from "./merge";
import type { ExtractedEvent } from "./types";

const base: MergeableEvent = { type: "call", start: "2022-02-06", end: null, precision: "day", dateBasis: "stated", status: "occurred", actors: [] };
const ev = (over: Partial<ExtractedEvent>): ExtractedEvent => ({
  key: "",
  type: "call",
  cameo: "041",
  title: "t",
  status: "occurred",
  start: "2022-02-07",
  end: null,
  precision: "day",
  dateBasis: "publication",
  datePhrase: null,
  place: null,
  actors: [
    { slug: "emmanuel-macron", part: "source", title: null },
    { slug: "joe-biden", part: "target", title: null },
  ],
  evidence: [{ sentenceIndex: 0, start: 0, end: 10, quote: "q", datePhrase: null }],
  confidence: 0.8,
  ...over,
});

describe("merge rules", () => {
  it("groups types into families", () => {
    expect(typeFamily("visit")).toBe(typeFamily("summit"));
    expect(typeFamily("call")).not.toBe(typeFamily("meeting"));
    expect(typeFamily("statement")).toBe(typeFamily("agreement"));
  });

  it("knows the last day of a period", () => {
    expect(lastDayOf({ start: "2021-12-01", end: null, precision: "month" })).toBe("2021-12-31");
    expect(lastDayOf({ start: "2024-02-01", end: null, precision: "month" })).toBe("2024-02-29");
    expect(lastDayOf({ start: "2022-01-01", end: null, precision: "year" })).toBe("2022-12-31");
    expect(lastDayOf({ start: "2021-10-30", end: "2021-10-31", precision: "day" })).toBe("2021-10-31");
  });

  it("across articles, days must match exactly (Putin–Merkel called on 10 and 11 November 2021)", () => {
    expect(datesCompatible({ ...base, start: "2021-11-10", dateBasis: "publication" }, { ...base, start: "2021-11-11", dateBasis: "publication" }, false)).toBe(false);
    expect(datesCompatible({ ...base, start: "2021-12-15" }, { ...base, start: "2021-12-01", precision: "month" }, false)).toBe(true);
  });

  it("within an article, an undated report of a call joins a call of the day before, not of last week", () => {
    const undated = { ...base, start: "2022-02-07", dateBasis: "publication" as const };
    expect(datesCompatible(undated, { ...base, start: "2022-02-06" }, true, "2022-02-07")).toBe(true);
    expect(datesCompatible(undated, { ...base, start: "2022-02-02" }, true, "2022-02-07")).toBe(false);
  });

  it("within an article, an undated deployment joins one dated in the past week; a planned visit, one in the weeks ahead", () => {
    const deployment = { ...base, type: "deployment" as const, start: "2022-02-07", dateBasis: "publication" as const };
    expect(datesCompatible(deployment, { ...deployment, start: "2022-02-02", dateBasis: "relative" }, true, "2022-02-07")).toBe(true);
    const plannedVisit = { ...base, type: "visit" as const, status: "planned" as const, start: "2022-02-07", dateBasis: "publication" as const };
    expect(datesCompatible(plannedVisit, { ...plannedVisit, start: "2022-02-14", dateBasis: "stated" }, true, "2022-02-07")).toBe(true);
    expect(datesCompatible(plannedVisit, { ...plannedVisit, start: "2022-01-14", dateBasis: "stated" }, true, "2022-02-07")).toBe(false);
  });

  it("matches actors by slug or by country", () => {
    const people = { ...base, actors: [{ slug: "vladimir-putin", country: "RUS" }, { slug: "emmanuel-macron", country: "FRA" }] };
    const states = { ...base, actors: [{ slug: "russia", country: "RUS" }, { slug: "france", country: "FRA" }] };
    const other = { ...base, actors: [{ slug: "vladimir-putin", country: "RUS" }, { slug: "olaf-scholz", country: "DEU" }] };
    expect(isSameEvent(people, states, { sameArticle: false })).toBe(true);
    expect(isSameEvent(people, other, { sameArticle: false })).toBe(false);
  });

  it("directed events merge on the source's country with compatible targets", () => {
    const a = { ...base, type: "deployment" as const, actors: [{ slug: "us-military", country: "USA", part: "source" }, { slug: "poland", country: "POL", part: "target" }] };
    const b = { ...base, type: "deployment" as const, actors: [{ slug: "united-states", country: "USA", part: "source" }] };
    const c = { ...base, type: "deployment" as const, actors: [{ slug: "russia", country: "RUS", part: "source" }] };
    expect(isSameEvent(a, b, { sameArticle: false })).toBe(true);
    expect(isSameEvent(a, c, { sameArticle: false })).toBe(false);
  });

  it("an undated headline call joins the latest dated call, not the earlier one (the seed)", () => {
    const headline = ev({ evidence: [{ sentenceIndex: 0, start: 0, end: 5, quote: "h", datePhrase: null }] });
    const sunday = ev({ start: "2022-02-06", dateBasis: "relative", datePhrase: "on Sunday", evidence: [{ sentenceIndex: 2, start: 50, end: 60, quote: "s", datePhrase: "on Sunday" }] });
    const wednesday = ev({ start: "2022-02-02", dateBasis: "relative", datePhrase: "on Wednesday", evidence: [{ sentenceIndex: 5, start: 90, end: 99, quote: "w", datePhrase: "on Wednesday" }] });
    const merged = mergeDuplicateEvents([headline, sunday, wednesday], "2022-02-07");
    expect(merged.map((e) => [e.start, e.evidence.length])).toEqual([
      ["2022-02-06", 2],
      ["2022-02-02", 1],
    ]);
  });

  it("an explicit planned cue beats a default status", () => {
    const planned = ev({ type: "meeting", status: "planned", statusCue: "explicit", dateBasis: "relative", start: "2022-02-07" });
    const plain = ev({ type: "visit", status: "occurred", statusCue: "default" });
    expect(mergeDuplicateEvents([planned, plain], "2022-02-07")[0]!.status).toBe("planned");
  });
});
