// The shipped actor data: well-formed records, dates of office that are right, and coverage of the
// actors the gold file names.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildActorRecords, CURATED_PERSONS, defaultShortNames, toActorRole } from "./actor-records";
import { STATES } from "./data/states";
import { defaultActorDictionary, lookupActor, roleOn } from "./dictionary";
import { foldDiacritics } from "./normalise";
import { readCsvRecords } from "@/lib/export/read-csv";

const records = buildActorRecords();
const DATE = /^\d{4}-\d{2}-\d{2}$/;

describe("records are well-formed", () => {
  it("slugs are unique kebab-case ASCII", () => {
    const slugs = records.map((r) => r.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const s of slugs) expect(s).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it("canonical names carry no diacritics; persons keep them as aliases", () => {
    for (const r of records) expect(foldDiacritics(r.name)).toBe(r.name);
    expect(lookupActor("sauli-niinisto")!.aliases).toContain("Sauli Niinistö");
    expect(lookupActor("recep-tayyip-erdogan")!.aliases).toContain("Recep Tayyip Erdoğan");
  });

  it("every role has a title and ordered, valid day dates", () => {
    for (const r of records) {
      for (const role of r.roles) {
        expect(role.title.length, r.slug).toBeGreaterThan(2);
        if (role.from) expect(role.from, r.slug).toMatch(DATE);
        if (role.to) expect(role.to, r.slug).toMatch(DATE);
        if (role.from && role.to) expect(role.from <= role.to, `${r.slug} ${role.title}`).toBe(true);
      }
    }
  });

  it("states: every UN member and the four others, each with a unique alpha-3 code", () => {
    expect(STATES).toHaveLength(197);
    const codes = STATES.map((s) => s.code);
    expect(new Set(codes).size).toBe(197);
    for (const c of ["XKX", "TWN", "VAT", "PSE", "USA", "RUS", "UKR", "GBR", "FRA", "DEU", "CHN"]) expect(codes).toContain(c);
    expect(lookupActor("finland")!.aliases).toContain("Republic of Finland");
    expect(lookupActor("china")!.aliases).toContain("People's Republic of China");
    expect(lookupActor("greece")!.aliases).toContain("Hellenic Republic");
    expect(lookupActor("france")!.demonyms).toContain("French");
  });

  it("no two people share a full name or alias", () => {
    const owner = new Map<string, string>();
    for (const r of records.filter((x) => x.kind === "person")) {
      for (const n of new Set([r.name, ...r.aliases].map((x) => foldDiacritics(x).toLowerCase()))) {
        expect(owner.get(n), `"${n}": ${owner.get(n)} and ${r.slug}`).toBeUndefined();
        owner.set(n, r.slug);
      }
    }
  });

  it("institutions stand for an existing actor", () => {
    for (const r of records.filter((x) => x.standsFor)) expect(lookupActor(r.standsFor!), r.slug).not.toBeNull();
    expect(lookupActor("kremlin")!.standsFor).toBe("russia");
    expect(lookupActor("white-house")!.standsFor).toBe("united-states");
  });
});

describe("dates of office", () => {
  // [slug, a date, the expected title on that date (null = no office)]
  const cases: Array<[string, string, string | null]> = [
    ["olaf-scholz", "2021-12-08", "Federal Chancellor of Germany"],
    ["olaf-scholz", "2021-12-07", "Vice-Chancellor and Minister of Finance of Germany"],
    ["angela-merkel", "2021-12-07", "Federal Chancellor of Germany"],
    ["angela-merkel", "2021-12-09", null],
    ["mario-draghi", "2021-02-13", "Prime Minister of Italy"],
    ["mario-draghi", "2022-10-23", null],
    ["boris-johnson", "2019-07-24", "Prime Minister of the United Kingdom"],
    ["boris-johnson", "2022-09-07", null],
    ["liz-truss", "2022-10-01", "Prime Minister of the United Kingdom"],
    ["liz-truss", "2022-09-05", "Foreign Secretary of the United Kingdom"],
    ["volodymyr-zelenskyy", "2019-05-20", "President of Ukraine"],
    ["volodymyr-zelenskyy", "2019-05-19", null],
    ["petro-poroshenko", "2019-05-19", "President of Ukraine"],
    ["joe-biden", "2021-01-20", "President of the United States"],
    ["joe-biden", "2016-06-01", "Vice President of the United States"],
    ["donald-trump", "2017-01-20", "President of the United States"],
    ["donald-trump", "2021-01-21", null],
    ["fumio-kishida", "2021-10-04", "Prime Minister of Japan"],
    ["naftali-bennett", "2022-06-30", "Prime Minister of Israel"],
    ["yair-lapid", "2022-07-01", "Prime Minister of Israel"],
    ["kiril-petkov", "2021-12-13", "Prime Minister of Bulgaria"],
    ["kiril-petkov", "2022-08-03", null],
    ["ruslan-stefanchuk", "2022-02-07", "Chairman of the Verkhovna Rada of Ukraine"],
    ["antony-blinken", "2021-01-26", "Secretary of State of the United States"],
    ["dmytro-kuleba", "2020-03-04", "Minister of Foreign Affairs of Ukraine"],
    ["annalena-baerbock", "2021-12-08", "Minister of Foreign Affairs of Germany"],
    ["jens-stoltenberg", "2022-02-07", "Secretary General of NATO"],
    ["ursula-von-der-leyen", "2022-02-07", "President of the European Commission"],
    ["pope-francis", "2022-02-07", "Pope"],
  ];
  it.each(cases)("%s on %s", (slug, date, title) => {
    const actor = lookupActor(slug);
    expect(actor, slug).not.toBeNull();
    expect(roleOn(actor!, date)).toBe(title);
  });

  it("a partial date is widened and keeps its precision", () => {
    expect(toActorRole({ office: "other", where: "UKR", from: "2019", to: "2021-06", title: "X" })).toMatchObject({
      from: "2019-01-01",
      to: "2021-06-30",
      precision: "year",
    });
  });

  it("short names skip particles into the surname", () => {
    expect(defaultShortNames("Marcelo Rebelo de Sousa")).toEqual(["de Sousa"]);
    expect(defaultShortNames("Alexander Van der Bellen")).toEqual(["Van der Bellen"]);
    expect(defaultShortNames("Emmanuel Macron")).toEqual(["Macron"]);
  });
});

describe("coverage of the field", () => {
  const must = [
    "vladimir-putin", "dmitry-peskov", "yury-ushakov", "andriy-yermak", "jake-sullivan", "jens-stoltenberg", "ursula-von-der-leyen",
    "charles-michel", "josep-borrell", "antonio-guterres", "rafael-grossi", "pope-francis", "ebrahim-raisi", "kassym-jomart-tokayev",
    "alexander-lukashenko", "sergey-lavrov", "lloyd-austin", "ben-wallace", "catherine-colonna", "jean-yves-le-drian",
  ];
  it.each(must)("%s is curated", (slug) => expect(lookupActor(slug)).not.toBeNull());

  it("has hundreds of curated people, and Wikidata fills in the rest", () => {
    expect(CURATED_PERSONS.length).toBeGreaterThan(650);
    expect(records.filter((r) => r.kind === "person" && (r as { wikidata?: string }).wikidata).length).toBeGreaterThan(200);
  });

  const GOLD = path.resolve(__dirname, "../../../../shared/gold/dev_diplomatic_events.csv");
  it.runIf(existsSync(GOLD))("names every actor of the gold file except lower-level diplomats left to ad-hoc detection", () => {
    const names = new Set<string>();
    for (const row of readCsvRecords(readFileSync(GOLD, "utf8"))) for (const n of row.actors!.split(";")) if (n.trim()) names.add(n.trim());
    const known = new Set<string>();
    for (const r of defaultActorDictionary().records.values()) for (const n of [r.name, ...r.aliases]) known.add(foldDiacritics(n).toLowerCase());
    const missing = [...names].filter((n) => !known.has(foldDiacritics(n).toLowerCase())).sort();
    // Ambassadors, attachés and advisers of other states: found as ad-hoc people from their titles.
    expect(missing).toEqual([
      "Barbara Kaudel-Jensen", "Brittany Stewart", "Claude Wild", "Danut-Sebastian Neculaescu", "Eleni Sourani", "Fernando Morgado",
      "Geoffrey van Leeuwen", "Isabelle Dumont", "Jean-Charles Ellermann-Kingombe", "Liis Lipre-Jarma", "Luminita-Teodora Odobescu",
      "Sandra McCardell", "Simon Pidoux", "Tobias Thyberg", "Undine Ruge", "Vladimir Drobnjak", "Vojko Volk",
    ]);
  });
});
