// Mention finding on real sentences: the seed article, press-release and news-wire sentences from
// the corpus (quoted verbatim), and sentences that must NOT produce an actor.
import { readFileSync, existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { articleTextFromRecord, decodeArticleBytes, readArticle } from "../read-article";
import { splitSentences } from "../split-sentences";
import type { ActorMention, ActorResolution } from "../types";
import { buildActorDictionary, defaultActorDictionary } from "./dictionary";
import { buildActorRecords } from "./actor-records";
import { findActorMentions } from "./find-actor-mentions";

function run(body: string, opts: { date?: string; url?: string; headline?: string } = {}) {
  const article = readArticle(articleTextFromRecord({ date: opts.date ?? "2022-02-07", headline: opts.headline ?? "Headline", url: opts.url ?? null, body }));
  return { ...findActorMentions(article, splitSentences(article)), article };
}

/** Mentions outside the headline (sentence 0), as "slug/via" strings. */
function found(ms: ActorMention[]): string[] {
  return ms.filter((m) => m.sentenceIndex > 0).map((m) => `${m.slug}/${m.via}`);
}

const SEED = path.resolve(__dirname, "../../../../shared/corpus/seed/000_a17601c295468a63.txt");

describe("the seed article", () => {
  const seed = existsSync(SEED) ? readFileSync(SEED) : null;
  it.runIf(seed)("finds every actor the brief lists, resolved the right way", () => {
    const { text, warnings } = decodeArticleBytes(seed!);
    const article = readArticle(text, warnings);
    const sentences = splitSentences(article);
    const { mentions, actors } = findActorMentions(article, sentences);
    const by = (slug: string, via?: ActorResolution) => mentions.filter((m) => m.slug === slug && (!via || m.via === via));

    expect(by("emmanuel-macron", "name")[0]?.text).toBe("Emmanuel Macron");
    expect(by("joe-biden", "name")[0]?.text).toBe("Joe Biden");
    expect(by("joe-biden", "coreference").map((m) => m.text)).toContain("his US counterpart");
    expect(by("philippe-etienne", "ad-hoc")[0]?.text).toBe("Philippe Etienne");
    expect(by("philippe-etienne", "surname").length).toBeGreaterThanOrEqual(2);
    expect(by("vladimir-putin").length).toBeGreaterThan(0);
    expect(by("dmitry-peskov", "name")).toHaveLength(1);
    expect(by("united-states", "institution").map((m) => m.text)).toEqual(["White House"]);
    expect(by("us-department-of-defense").map((m) => m.text)).toEqual(["Pentagon"]);
    expect(by("russia", "metonym").map((m) => m.text)).toEqual(["Moscow", "Moscow"]);
    expect(by("ukraine").length).toBeGreaterThan(0);
    expect(by("nato")).toHaveLength(1);

    // Actors' records: Macron and Biden with their titles, Etienne ad hoc with France.
    const record = (slug: string) => actors.find((a) => a.slug === slug)!;
    expect(record("emmanuel-macron").country).toBe("FRA");
    expect(record("joe-biden").country).toBe("USA");
    expect(record("philippe-etienne")).toMatchObject({ adHoc: true, country: "FRA", kind: "person" });
    expect(record("philippe-etienne").roles[0]).toMatchObject({ title: "French ambassador in Washington", from: "2022-02-07", to: "2022-02-07" });

    // "the two leaders" → Macron and Biden; "the two presidents" (about the Moscow meeting) → Macron and Putin.
    const group = (phrase: string) => mentions.filter((m) => m.text === phrase && m.via === "coreference").map((m) => m.slug).sort();
    expect(group("the two leaders")).toEqual(["emmanuel-macron", "joe-biden"]);
    expect(group("the two presidents")).toEqual(["emmanuel-macron", "vladimir-putin"]);
    expect(group("The two")).toEqual(["emmanuel-macron", "joe-biden"]);

    // Negatives from the seed: "in Moscow" is a place, "Washington Post Live" is not the US, the
    // French in "French President" and the US in "his US counterpart" are not separate mentions.
    const sentenceOf = (needle: string) => sentences.find((s) => s.text.includes(needle))!.index;
    expect(mentions.filter((m) => m.sentenceIndex === sentenceOf("Macron will meet with Putin in Moscow") && m.slug === "russia")).toEqual([]);
    expect(mentions.filter((m) => m.sentenceIndex === sentenceOf("Washington Post Live") && m.slug === "united-states")).toEqual([]);
    expect(mentions.filter((m) => m.slug === "france")).toEqual([]);
    expect(mentions.filter((m) => m.text === "US" && m.sentenceIndex <= 1)).toEqual([]);
  });

  it.runIf(seed)("explains every mention and keeps offsets verbatim", () => {
    const { text } = decodeArticleBytes(seed!);
    const article = readArticle(text);
    for (const m of findActorMentions(article, splitSentences(article)).mentions) {
      expect(article.text.slice(m.start, m.end)).toBe(m.text);
      expect(m.why.length).toBeGreaterThan(10);
    }
  });
});

describe("names and titles", () => {
  const cases: Array<[string, string, string[]]> = [
    ["kremlin title + name", "Vladimir Putin had a telephone conversation with Prime Minister of the United Kingdom Boris Johnson.", ["vladimir-putin/name", "boris-johnson/name"]],
    ["long official state name", "President of Ukraine Volodymyr Zelenskyy had a phone conversation with President of the Republic of Finland Sauli Niinistö.", ["volodymyr-zelenskyy/name", "sauli-niinisto/name"]],
    ["UK long form", "Prime Minister of the United Kingdom of Great Britain and Northern Ireland Boris Johnson arrived in Kyiv.", ["boris-johnson/name"]],
    ["spelling variants", "Volodymyr Zelensky spoke with Recep Tayyip Erdoğan and Alyaksandr Lukashenka.", ["volodymyr-zelenskyy/name", "recep-tayyip-erdogan/name", "alexander-lukashenko/name"]],
    ["Guardian style lowercase title", "Ukraine’s president, Volodymyr Zelenskiy, has called a Russian strike on a maternity hospital in Mariupol “the ultimate evidence of genocide”.", ["volodymyr-zelenskyy/name"]],
    ["possessive state + title + comma name", "a statement Russia’s foreign minister, Sergei Lavrov, confirmed during a visit to India.", ["sergey-lavrov/name", "india/name"]],
    ["kremlin spokesman", "According to Kremlin spokesman Dmitry Peskov, the talks will continue.", ["dmitry-peskov/name"]],
    ["EU bodies", "President of the European Council Charles Michel and President of the European Commission Ursula von der Leyen arrived.", ["charles-michel/name", "ursula-von-der-leyen/name"]],
    ["honorific surname", "Vladimir Putin met Alexander Lukashenko. Mr Lukashenko thanked his colleague.", ["vladimir-putin/name", "alexander-lukashenko/name", "alexander-lukashenko/surname"]],
    ["title + well-known surname", "I talked about it again with President Biden last night.", ["joe-biden/surname"]],
    ["Pope with honorific", "In the morning I spoke with His Holiness Pope Francis about the search for peace for Ukraine.", ["pope-francis/name", "ukraine/name"]],
    ["user-facing org names", "Jens Stoltenberg said NATO and the Collective Security Treaty Organisation are not comparable.", ["jens-stoltenberg/name", "nato/name", "csto/name"]],
    ["Guardian Nato", "Nato allies met in Brussels.", ["nato/name"]],
  ];
  it.each(cases)("%s", (_label, body, expected) => {
    expect(found(run(body).mentions)).toEqual(expect.arrayContaining(expected));
  });

  it("the person, not the country, in a title", () => {
    const ms = run("French President Emmanuel Macron arrived in Moscow.").mentions;
    expect(found(ms)).toEqual(["emmanuel-macron/name"]);
  });

  it("chooses the holder by date for an ambiguous surname", () => {
    const before = run("President Berdimuhamedov received the delegation.", { date: "2021-10-01" }).mentions;
    const after = run("President Berdimuhamedov received the delegation.", { date: "2022-06-10" }).mentions;
    expect(found(before)).toEqual(["gurbanguly-berdimuhamedov/surname"]);
    expect(found(after)).toEqual(["serdar-berdimuhamedov/surname"]);
  });

  it("a misspelt known leader is the leader, not an ad-hoc person", () => {
    const { mentions, actors } = run("Ukrainian president Volodomyr Zelenskiy called for more weapons.", { date: "2022-04-01" });
    expect(found(mentions)).toEqual(["volodymyr-zelenskyy/name"]);
    expect(actors.some((a) => a.adHoc)).toBe(false);
  });
});

describe("title-only mentions", () => {
  it("resolves an office to its holder on the article date", () => {
    const ms = run("The Russian President and the British Prime Minister exchanged assessments of bilateral relations.", { date: "2021-10-25" }).mentions;
    expect(found(ms)).toEqual(["vladimir-putin/title", "boris-johnson/title"]);
    const later = run("The British Prime Minister spoke to the press.", { date: "2022-09-20" }).mentions;
    expect(found(later)).toEqual(["liz-truss/title"]);
  });

  it("Chancellor Merkel until 2021-12-08, Scholz after", () => {
    expect(found(run("The German Chancellor called.", { date: "2021-11-01" }).mentions)).toEqual(["angela-merkel/title"]);
    expect(found(run("The German Chancellor called.", { date: "2021-12-20" }).mentions)).toEqual(["olaf-scholz/title"]);
  });

  it("organisation heads", () => {
    expect(found(run("The NATO Secretary General warned Moscow.").mentions)).toContain("jens-stoltenberg/title");
    expect(found(run("the IAEA chief arrived in Zaporizhzhia.", { date: "2022-08-30" }).mentions)).toContain("rafael-grossi/title");
  });

  it('"the President" on the leader\'s own site is that leader; elsewhere the most salient president', () => {
    const kremlin = run("That same day, the President will take part in a meeting of the Security Council.", { url: "http://en.kremlin.ru/events/president/news/67060" }).mentions;
    expect(found(kremlin)).toEqual(["vladimir-putin/title"]);
    const ua = run("President of Ukraine Volodymyr Zelenskyy met with President of the Republic of Azerbaijan Ilham Aliyev. The President of Ukraine thanked him. In this regard, the President proposed to hold a summit in Kyiv.", {
      url: "https://www.president.gov.ua/en/news/x-72053",
    }).mentions;
    expect(ua.filter((m) => m.text === "the President").map((m) => m.slug)).toEqual(["volodymyr-zelenskyy"]);
    expect(found(run("the President will speak tomorrow.").mentions)).toEqual([]);
  });

  it("plural titles with a list of states", () => {
    const ms = run("First, the Prime Ministers of Spain and Denmark have arrived in Kyiv.", { date: "2022-04-21" }).mentions;
    expect(found(ms).filter((x) => x.endsWith("/title")).sort()).toEqual(["mette-frederiksen/title", "pedro-sanchez/title"]);
    const delegations = run("Ukrainian and Russian delegations held the first round of negotiations.", { date: "2022-02-28" }).mentions;
    expect(found(delegations).sort()).toEqual(["russian-delegation/name", "ukrainian-delegation/name"]);
  });
});

describe("coreference", () => {
  it('"his counterpart" without a state is the other party', () => {
    const ms = run("Vladimir Putin had a telephone conversation with Prime Minister of the United Kingdom Boris Johnson. Vladimir Putin informed his counterpart about the outcomes of the consultations.", { date: "2021-10-25" }).mentions;
    expect(ms.find((m) => m.text === "his counterpart")?.slug).toBe("boris-johnson");
  });

  it('"his German counterpart" of a defence minister is the German defence minister', () => {
    const ms = run("Ukraine’s defence minister Oleksiy Reznikov wrote on social media, thanking his German counterpart.", { date: "2022-06-21" }).mentions;
    expect(ms.find((m) => m.text === "his German counterpart")?.slug).toBe("christine-lambrecht");
  });

  it('"the leaders" only after a two-party conversation', () => {
    const two = run("Vladimir Putin had a telephone conversation with Boris Johnson. The leaders reviewed several items.", { date: "2021-10-25" }).mentions;
    expect(two.filter((m) => m.text === "The leaders").map((m) => m.slug).sort()).toEqual(["boris-johnson", "vladimir-putin"]);
    const three = run("Vladimir Putin, Emmanuel Macron and Olaf Scholz spoke. The leaders reviewed several items.").mentions;
    expect(three.filter((m) => m.text === "The leaders")).toEqual([]);
  });

  it("transcript speaker labels decide who \"I\" is, and an unknown speaker is nobody", () => {
    const body = [
      "Vladimir Putin: Good afternoon, colleagues.",
      "Oleg Kuzmin: Good afternoon, I am Oleg Kuzmin from a London-based fund.",
      "Vladimir Putin: I know your fund.",
    ].join("\n");
    const ms = run(body, { url: "http://en.kremlin.ru/events/president/transcripts/67000", date: "2021-10-13" }).mentions;
    const firstPerson = ms.filter((m) => m.text === "I");
    expect(firstPerson.map((m) => m.slug)).toEqual(["vladimir-putin"]);
    expect(firstPerson[0]!.why).toContain('labelled "Vladimir Putin:"');
  });

  it('"the President" inside a quote is not resolved by salience', () => {
    const body = 'Volodymyr Zelenskyy spoke with Joe Biden. "I am convinced that the President can do more," the President said.';
    const { mentions, article } = run(body, { url: "https://www.president.gov.ua/en/news/x-1", date: "2022-03-10" });
    const ms = mentions.filter((m) => m.text === "the President");
    expect(ms).toHaveLength(1);
    expect(ms[0]!.slug).toBe("volodymyr-zelenskyy");
    expect(article.text.slice(ms[0]!.start, ms[0]!.start + 18)).toBe("the President said");
  });

  it('"I" outside quotes on a leader\'s site is the leader; in quotes or elsewhere it is left alone', () => {
    const ua = run('I had a phone conversation with Alexander Lukashenko. "I will be grateful," he said.', { url: "https://www.president.gov.ua/en/news/x-73233", date: "2022-02-27" }).mentions;
    expect(ua.filter((m) => m.text === "I").map((m) => m.slug)).toEqual(["volodymyr-zelenskyy"]);
    expect(found(run("I had a phone conversation with Alexander Lukashenko.").mentions)).toEqual(["alexander-lukashenko/name"]);
  });
});

describe("institutions, capitals and demonyms", () => {
  const cases: Array<[string, string, string[]]> = [
    ["capital as subject", "Kyiv has accused Moscow of planning to stage a fake independence referendum in the occupied south.", ["ukraine/metonym"]],
    ["relative clause subject", "Russia is stepping up attacks on parts of the country that Moscow has admitted it cannot capture.", ["russia/name", "russia/metonym"]],
    ["Brussels is the EU", "Brussels has warned Budapest against a veto.", ["eu/metonym"]],
    ["the Russian side", "The Russian side noted its commitment to international obligations.", ["russia/demonym"]],
    ["institution as speaker", "The two discussed the crisis by phone on Sunday, the White House said.", ["united-states/institution"]],
    ["foreign ministry", "The Russian Foreign Ministry summoned the ambassador.", ["russia/institution"]],
    ["Pentagon", "Following the Pentagon's announcement, troops moved.", ["us-department-of-defense/name"]],
  ];
  it.each(cases)("%s", (_label, body, expected) => {
    expect(found(run(body).mentions)).toEqual(expected);
  });
});

describe("not actors", () => {
  const negatives: Array<[string, string, string[]]> = [
    ["capital as place", "Macron will meet with Putin in Moscow on Monday.", ["russia"]],
    ["court in the capital", "The court in Moscow said that Facebook and Instagram were carrying out extremist activities.", ["russia"]],
    ["newspaper named after the capital", 'Etienne said in a conversation on Washington Post Live.', ["united-states"]],
    ["venue", "The talks took place in the Kremlin.", ["russia"]],
    ["month May is not Theresa May", "In May, the talks resumed. On May 9, parades were held.", ["theresa-may"]],
    ["adjective without a collective noun", "Troops massed near the Ukrainian border and Russian-speaking regions.", ["ukraine", "russia"]],
    ["Latin American", "Latin American leaders met.", ["united-states"]],
    ["a given name is not a state", "Jordan Henderson and Chad Wolf spoke.", ["jordan", "chad"]],
    ["Georgia the US state", "He flew to Atlanta, Georgia, and then to Georgia Tech.", ["georgia"]],
    ["proper noun with Parties", "The conference will open the 26th UN Climate Change Conference of the Parties.", ["vladimir-putin", "boris-johnson"]],
    ["organisation name after a title", "Director General of Russian Helicopters Andrei Boginsky reported.", ["russia"]],
    ["lower-case us", "Let us talk about nato later.", ["united-states", "nato"]],
  ];
  it.each(negatives)("%s", (_label, body, absent) => {
    const slugs = run(body).mentions.filter((m) => m.sentenceIndex > 0).map((m) => m.slug);
    for (const slug of absent) expect(slugs).not.toContain(slug);
  });

  it("a surname alone is not a person unless introduced or very well known", () => {
    expect(found(run("Martin said the plan had failed.").mentions)).toEqual([]);
    expect(found(run("Micheal Martin arrived. Martin said the plan had failed.", { date: "2022-06-21" }).mentions)).toEqual(["micheal-martin/name", "micheal-martin/surname"]);
  });

  it("a country after 'in' is flagged as a possible place", () => {
    const m = run("When discussing the situation in Afghanistan, the leaders agreed.").mentions.find((x) => x.slug === "afghanistan");
    expect(m?.asPlace).toBe(true);
  });
});

describe("ad-hoc people", () => {
  it("creates a record from the title and lets the surname refer back", () => {
    const { mentions, actors } = run(
      "Deputy Head of the Office of the President of Ukraine Ihor Zhovkva had a phone conversation with Adviser of the Romanian President on European Affairs Luminiţa -Teodora Odobescu. Ihor Zhovkva and Odobescu discussed projects.",
      { date: "2022-01-26" },
    );
    const adHoc = actors.find((a) => a.adHoc)!;
    expect(adHoc).toMatchObject({ slug: "luminita-teodora-odobescu", name: "Luminita-Teodora Odobescu", country: "ROU" });
    expect(found(mentions)).toContain("luminita-teodora-odobescu/surname");
    expect(found(mentions)).not.toContain("klaus-iohannis/title");
  });

  it("a hyphenated surname refers back as a whole", () => {
    const { mentions, actors } = run("Vladimir Putin met with Commissioner for Children's Rights Maria Lvova-Belova. Vladimir Putin: Ms Lvova-Belova, I know your proposals.", { date: "2022-02-16" });
    expect(actors.find((a) => a.adHoc)?.name).toBe("Maria Lvova-Belova");
    expect(mentions.filter((m) => m.via === "surname").map((m) => m.text)).toEqual(["Lvova-Belova"]);
  });

  it("a name before an appositive title", () => {
    const { actors } = run(
      "Ihor Zhovkva had a phone conversation with Jean-Charles Ellermann-Kingombe, Head of the Foreign Policy Department of the Office of the Prime Minister of the Kingdom of Denmark.",
      { date: "2022-02-11" },
    );
    expect(actors.filter((a) => a.adHoc).map((a) => [a.name, a.country])).toEqual([["Jean-Charles Ellermann-Kingombe", "DNK"]]);
  });

  it("the name after a complement run is split off when it starts with a known given name", () => {
    const { actors } = run("Minister of Sport Oleg Matytsin attended.", { date: "2022-02-07" });
    expect(actors.filter((a) => a.adHoc).map((a) => a.name)).toEqual(["Oleg Matytsin"]);
  });

  it('"former" titles give no current role', () => {
    const { actors } = run("Former US Ambassador Michael McFaul commented.");
    expect(actors.find((a) => a.slug === "michael-mcfaul")).toMatchObject({ adHoc: true, roles: [] });
  });
});

describe("user aliases", () => {
  it("an alias added by a user resolves to its actor", () => {
    const dict = buildActorDictionary(buildActorRecords(), [{ slug: "volodymyr-zelenskyy", alias: "Ze" }, { slug: "no-such-actor", alias: "Nobody" }]);
    const article = readArticle(articleTextFromRecord({ date: "2022-02-07", headline: "Headline", body: "Ze spoke to the nation." }));
    const ms = findActorMentions(article, splitSentences(article), dict).mentions;
    expect(found(ms)).toEqual(["volodymyr-zelenskyy/user-alias"]);
    expect(dict.warnings).toEqual(['user alias "Nobody": no actor "no-such-actor"']);
    expect(defaultActorDictionary().warnings).toEqual([]);
  });
});
