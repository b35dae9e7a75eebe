import { describe, expect, it } from "vitest";
import { activeFilterCount, explorerHref, parseExplorerParams } from "./url-state";

const parse = (qs: string) => parseExplorerParams(new URLSearchParams(qs));

describe("the timeline page's URL", () => {
  it("reads filters, rows, window, selection, order and list scope", () => {
    const { state, notices } = parse("actor=emmanuel-macron&actor=joe-biden&type=call&status=occurred&q=phone&groupBy=country&window=2022-01-20..2022-03-10&event=dc9mbzhgdf&sort=desc&list=all");
    expect(notices).toEqual([]);
    expect(state).toEqual({
      criteria: { actor: ["emmanuel-macron", "joe-biden"], actorMode: "all", type: ["call"], status: "occurred", q: "phone" },
      groupBy: "country",
      window: { from: "2022-01-20", to: "2022-03-10" },
      event: "dc9mbzhgdf",
      sort: "desc",
      list: "all",
    });
  });

  it("round-trips through explorerHref, parameters in a fixed order", () => {
    const { state } = parse("window=2022-01-20..2022-03-10&type=call&actor=joe-biden&actorMode=any&actor=emmanuel-macron");
    const href = explorerHref(state);
    expect(href).toBe("/?actor=joe-biden&actor=emmanuel-macron&actorMode=any&type=call&window=2022-01-20..2022-03-10");
    expect(parse(href.slice(2)).state).toEqual(state);
    expect(explorerHref(parse("").state)).toBe("/");
  });

  it("drops what it cannot read, names it, and keeps the rest", () => {
    const { state, notices } = parse("type=party&actor=vladimir-putin&window=2022-03-10..2022-01-20&groupBy=planet&event=DROP%20TABLE");
    expect(state.criteria.actor).toEqual(["vladimir-putin"]);
    expect(state.criteria.type).toEqual([]);
    expect(state.window).toBeNull();
    expect(state.groupBy).toBe("actor");
    expect(state.event).toBeNull();
    expect(notices).toHaveLength(4);
    expect(notices[0]).toContain("`type`");
  });

  it("ignores parameters that are not its own (utm_source and the like)", () => {
    expect(parse("utm_source=newsletter&actor=joe-biden")).toMatchObject({ notices: [], state: { criteria: { actor: ["joe-biden"] } } });
  });

  it("treats the empty fields of the no-JavaScript form as absent", () => {
    const { state, notices } = parse("q=&status=&from=&to=&type=call");
    expect(notices).toEqual([]);
    expect(state.criteria).toEqual({ actor: [], actorMode: "all", type: ["call"] });
  });

  it("counts active filters as the Filters button shows them", () => {
    expect(activeFilterCount(parse("actor=a-b&actor=c-d&type=call&from=2022&q=x").state.criteria)).toBe(5);
  });
});
