// The compiled dictionary: case rules, longest match, office holders by date, user aliases, and the
// tokeniser and normaliser it is built on.
import { describe, expect, it } from "vitest";
import type { ActorRecord } from "../types";
import { buildActorDictionary, defaultActorDictionary, holdersOn, lookupActor, roleOn } from "./dictionary";
import { matchTokens } from "./match-tokens";
import { foldDiacritics, slugify, widenDate } from "./normalise";
import { officeOf } from "./roles";
import { Gap, tokenise } from "./tokenise";

function matches(text: string, dict = defaultActorDictionary()): string[] {
  const tokens = tokenise(text);
  return matchTokens(dict, tokens).map((h) => `${text.slice(tokens[h.from]!.start, tokens[h.to - 1]!.end)}=${[...new Set(h.entries.map((e) => e.slug ?? e.kind))].join("|")}`);
}

describe("normalisation", () => {
  it("folds diacritics, keeps case", () => {
    expect(foldDiacritics("Niinistö Erdoğan Łukasz Støre Dačić")).toBe("Niinisto Erdogan Lukasz Store Dacic");
    expect(slugify("Côte d'Ivoire")).toBe("cote-d-ivoire");
    expect(slugify("Sauli Niinistö")).toBe("sauli-niinisto");
  });

  it("widens partial dates", () => {
    expect(widenDate("2020", false)).toEqual({ date: "2020-01-01", precision: "year" });
    expect(widenDate("2020-02", true)).toEqual({ date: "2020-02-29", precision: "month" });
    expect(() => widenDate("20-02", true)).toThrow();
  });
});

describe("tokeniser", () => {
  it("keeps offsets, merges dotted acronyms, drops possessive 's", () => {
    const text = "The U.S. and Russia's envoy, Kassym-Jomart";
    const tokens = tokenise(text);
    expect(tokens.map((t) => t.raw)).toEqual(["The", "US", "and", "Russia", "envoy", "Kassym", "Jomart"]);
    expect(text.slice(tokens[1]!.start, tokens[1]!.end)).toBe("U.S.");
    expect(tokens[3]!.poss).toBe(true);
    expect(tokens[5]!.gap).toBe(Gap.Comma);
    expect(tokens[6]!.gap).toBe(Gap.Join);
  });

  it("an initial's dot is not a break", () => {
    expect(tokenise("Joseph R. Biden").map((t) => t.gap)).toEqual([Gap.Start, Gap.Space, Gap.Space]);
  });
});

describe("matching", () => {
  it("acronyms match exactly; names need a capital; titles match any case", () => {
    expect(matches("Let us talk")).toEqual([]);
    expect(matches("The US and NATO")).toEqual(["US=united-states", "NATO=nato"]);
    expect(matches("Nato allies")).toEqual(["Nato=nato"]);
    expect(matches("a turkey for dinner")).toEqual([]);
    expect(matches("the french president")).toEqual(["president=title"]);
  });

  it("takes the longest alias", () => {
    expect(matches("President of the Republic of Finland Sauli Niinistö")).toEqual([
      "President=title",
      "Republic of Finland=finland",
      "Sauli Niinistö=sauli-niinisto",
    ]);
    expect(matches("the Ukrainian delegation")).toEqual(["Ukrainian delegation=ukrainian-delegation"]);
    expect(matches("Papua New Guinea and Guinea-Bissau")).toEqual(["Papua New Guinea=papua-new-guinea", "Guinea-Bissau=guinea-bissau"]);
  });

  it("does not join words across a comma", () => {
    expect(matches("Joe, Biden")).toEqual(["Biden=joe-biden"]);
  });
});

describe("office holders", () => {
  const dict = defaultActorDictionary();
  it("finds the single holder on a date", () => {
    expect(holdersOn(dict, "GBR", "head-of-government", "2022-09-10").map((a) => a.slug)).toEqual(["liz-truss"]);
    expect(holdersOn(dict, "european-commission", "president", "2022-02-07").map((a) => a.slug)).toEqual(["ursula-von-der-leyen"]);
    expect(holdersOn(dict, "DEU", "foreign-minister", "2021-12-07").map((a) => a.slug)).toEqual(["heiko-maas"]);
  });

  it("day-precise roles win over year-precise ones", () => {
    // Wikidata says only "2022" for Armenia's acting president; the curated president is exact.
    expect(holdersOn(dict, "ARM", "president", "2022-06-01").map((a) => a.slug)).toEqual(["vahagn-khachaturyan"]);
  });

  it("reads an office from a free-text title", () => {
    expect(officeOf({ title: "Deputy Foreign Minister of Russia", country: "RUS", from: null, to: null })).toBe("deputy-foreign-minister");
    expect(officeOf({ title: "Secretary of State for Defence", country: "GBR", from: null, to: null })).toBe("defence-minister");
    expect(officeOf({ title: "Federal Chancellor of Austria", country: "AUT", from: null, to: null })).toBe("head-of-government");
  });
});

describe("building from the app's own records", () => {
  const records: ActorRecord[] = [
    { slug: "ruritania", name: "Ruritania", kind: "state", country: "RUR", aliases: [], roles: [] },
    { slug: "rudolf-v", name: "Rudolf V", kind: "person", country: "RUR", aliases: ["King Rudolf"], roles: [{ title: "King of Ruritania", country: "RUR", from: "2020-01-01", to: null }] },
  ];

  it("accepts plain ActorRecords and user aliases", () => {
    const dict = buildActorDictionary(records, [{ slug: "rudolf-v", alias: "the Red King" }]);
    expect(matches("King Rudolf met the Red King of Ruritania", dict)).toEqual(["King Rudolf=rudolf-v", "the Red King=rudolf-v", "Ruritania=ruritania"]);
    expect(lookupActor("rudolf-v", dict)?.name).toBe("Rudolf V");
    expect(roleOn(lookupActor("rudolf-v", dict)!, "2021-05-05")).toBe("King of Ruritania");
    expect(roleOn(lookupActor("rudolf-v", dict)!, "2019-05-05")).toBeNull();
    expect(holdersOn(dict, "RUR", "monarch", "2021-05-05").map((a) => a.slug)).toEqual(["rudolf-v"]);
  });

  it("a later record with the same slug replaces the earlier one", () => {
    const dict = buildActorDictionary([...records, { ...records[1]!, name: "Rudolf the Fifth", aliases: [] }]);
    expect(lookupActor("rudolf-v", dict)?.name).toBe("Rudolf the Fifth");
    expect(matches("King Rudolf", dict)).toEqual(["King=title"]);
  });

  it("the default dictionary is built once", () => {
    expect(defaultActorDictionary()).toBe(defaultActorDictionary());
  });
});
