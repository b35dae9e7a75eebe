// The date stage on real sentences: the seed article, then tables of sentences taken from the
// dev corpus (kremlin.ru, president.gov.ua, Guardian) and news-wire style, each with its
// publication date and the value, span, precision and tense the phrase must get.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readArticle } from "../read-article";
import { splitSentences } from "../split-sentences";
import { tagDates, tagDatesInText } from "./tag-dates";
import { type DateCase, checkCase, expressionFor } from "./test-helpers";

const SEED = path.resolve(__dirname, "../../../../shared/corpus/seed/000_a17601c295468a63.txt");

describe("the seed article (UrduPoint / Sputnik, Monday 2022-02-07)", () => {
  const article = readArticle(readFileSync(SEED, "utf8"));
  const sentences = splitSentences(article);
  const dates = tagDates(article.text, sentences, article.date);
  const inSentence = (fragment: string, phrase: string) => {
    const sentence = sentences.find((s) => s.text.includes(fragment));
    if (!sentence) throw new Error(`no sentence with "${fragment}"`);
    return expressionFor(
      dates.filter((d) => d.sentenceIndex === sentence.index),
      phrase,
      `sentence ${sentence.index}`,
    );
  };

  it("reads the publication date from line 1", () => {
    expect(article.date).toBe("2022-02-07");
  });

  it.each([
    ["Philippe Etienne said on Monday.", "Monday", { value: "2022-02-07", tense: "past", basis: "relative", precision: "day" }],
    ["by phone on Sunday", "Sunday", { value: "2022-02-06", first: "2022-02-06", last: "2022-02-06", tense: "past" }],
    ["The first took place on Wednesday", "Wednesday", { value: "2022-02-02", tense: "past", precision: "day" }],
    ["Macron will meet with Putin in Moscow on Monday", "Monday", { value: "2022-02-07", tense: "future", precision: "day" }],
    ["approved by Biden in December", "December", { value: "2021-12", first: "2021-12-01", last: "2021-12-31", precision: "month", tense: "past" }],
    ["Sputnik - 07th February, 2022", "07th February, 2022", { value: "2022-02-07", basis: "stated", precision: "day", tense: null }],
  ] as const)("%s → %s", (fragment, phrase, expected) => {
    expect(inSentence(fragment, phrase)).toMatchObject({ type: "DATE", ...expected });
  });

  it("resolves 'on Monday' in the headline (sentence 0) as the publication day", () => {
    const headline = dates.find((d) => d.sentenceIndex === 0 && d.text === "Monday");
    expect(headline).toMatchObject({ value: "2022-02-07", tense: "past" });
  });

  it("reads 'in a week' as a duration, not a date", () => {
    expect(inSentence("second conversation in a week", "a week")).toMatchObject({ type: "DURATION", value: "P1W", first: null, precision: null });
  });

  it("keeps 'a day before Macron's visit' anchored to the visit for the event stage", () => {
    const e = inSentence("a day before Macron's visit", "a day before");
    expect(e).toMatchObject({ type: "DATE", value: "2022-02-06", precision: "day" });
    expect(e.anchor).toEqual({ kind: "event", offset: -1, unit: "day", offsetDays: -1, phrase: "Macron's visit to Russia", from: "2022-02-07" });
  });

  it("finds no date in the text about troops and money", () => {
    const tail = sentences.filter((s) => /3,000 American troops|\$200 million/.test(s.text)).map((s) => s.index);
    expect(dates.filter((d) => tail.includes(d.sentenceIndex) && d.type === "DATE").map((d) => d.text)).toEqual(["December"]);
  });
});

// ---------------------------------------------------------------- weekdays by tense

const weekdays: DateCase[] = [
  // Publication on Monday 2022-02-07.
  { dct: "2022-02-07", text: "The two discussed the Ukraine crisis by phone on Sunday, the White House said.", phrase: "Sunday", expected: { value: "2022-02-06", tense: "past" } },
  { dct: "2022-02-07", text: "Scholz will travel to Kyiv on Wednesday.", phrase: "Wednesday", expected: { value: "2022-02-09", tense: "future" } },
  { dct: "2022-02-07", text: "Talks between the two foreign ministers are scheduled for Friday.", phrase: "Friday", expected: { value: "2022-02-11", tense: "future" } },
  { dct: "2022-02-07", text: "The ministers met in Geneva on Friday and agreed to continue.", phrase: "Friday", expected: { value: "2022-02-04", tense: "past" } },
  { dct: "2022-02-07", text: "Last Friday, the Kremlin confirmed the visit.", phrase: "Last Friday", expected: { value: "2022-02-04" } },
  { dct: "2022-02-07", text: "Thursday's meeting ended without an agreement.", phrase: "Thursday's", expected: { value: "2022-02-03", tense: "past" } },
  { dct: "2022-02-07", text: "Diplomats are working on a text ahead of Thursday's meeting in Brussels.", phrase: "Thursday's", expected: { value: "2022-02-10", tense: "future" } },
  // Reported speech: each phrase takes the verb of its own clause.
  { dct: "2022-02-07", text: "Etienne said on Sunday that Macron will travel to Kyiv on Tuesday.", phrase: "Sunday", expected: { value: "2022-02-06", tense: "past" } },
  { dct: "2022-02-07", text: "Etienne said on Sunday that Macron will travel to Kyiv on Tuesday.", phrase: "Tuesday", expected: { value: "2022-02-08", tense: "future" } },
  // A fronted date takes the verb after it.
  { dct: "2022-02-10", text: "On Tuesday, President Zelenskyy held talks with the Prime Minister of Poland.", phrase: "Tuesday", expected: { value: "2022-02-08", tense: "past" } },
  { dct: "2022-02-10", text: "On Monday, the Office of the President will host a meeting of the delegations.", phrase: "Monday", expected: { value: "2022-02-14", tense: "future" } },
  // Publication on a Friday; "Friday night" keeps the day's value.
  { dct: "2022-02-11", text: "Protesters marched in central London on Friday night.", phrase: "Friday night", expected: { type: "DATE", value: "2022-02-11", precision: "day" } },
  // Across a year boundary: Monday 2022-01-03.
  { dct: "2022-01-03", text: "The foreign ministers spoke by phone on Friday.", phrase: "Friday", expected: { value: "2021-12-31", tense: "past" } },
];

describe("weekdays are placed by the tense of their clause", () => {
  it.each(weekdays)("$text [$dct] → $phrase", checkCase);
});

// ---------------------------------------------------------------- calendar dates

const calendarDates: DateCase[] = [
  { dct: "2021-10-29", text: "On October 30–31, Vladimir Putin will take part in the G20 summit via videoconference.", phrase: "October 30–31", expected: { value: "2021-10-30", first: "2021-10-30", last: "2021-10-31", rangeEnd: "2021-10-31", precision: "day", basis: "stated" } },
  { dct: "2021-12-10", text: "On 15-16 December, the President of Ukraine will pay a working visit to Brussels.", phrase: "15-16 December", expected: { value: "2021-12-15", rangeEnd: "2021-12-16", basis: "stated" } },
  { dct: "2022-01-08", text: "On January 6–7, Vladimir Putin had telephone conversations with the CSTO leaders.", phrase: "January 6–7", expected: { value: "2022-01-06", rangeEnd: "2022-01-07", tense: "past" } },
  { dct: "2022-02-16", text: "On February 15, the President held talks with Federal Chancellor Olaf Scholz.", phrase: "February 15", expected: { value: "2022-02-15", basis: "stated", precision: "day", tense: "past" } },
  { dct: "2022-02-20", text: "In addition, in the evening of February 19, after returning from Germany, the President had a phone conversation with the President of France.", phrase: "the evening of February 19", expected: { type: "DATE", value: "2022-02-19", first: "2022-02-19", basis: "stated" } },
  { dct: "2022-02-23", text: "Representatives of diplomatic missions gathered in Kyiv on 23 February 2022.", phrase: "23 February 2022", expected: { value: "2022-02-23", basis: "stated", tense: null } },
  { dct: "2022-02-07", text: "The delegation arrived in Washington on Feb. 7 for consultations.", phrase: "Feb. 7", expected: { value: "2022-02-07" } },
  { dct: "2022-01-31", text: "On Monday, January 31, the Office of the President will host a meeting of the delegations of Ukraine and Poland.", phrase: "Monday, January 31", expected: { value: "2022-01-31", basis: "stated" } },
  { dct: "2021-11-23", text: "On November 26, 2021, Vladimir Putin, Ilham Aliyev and Nikol Pashinyan will meet in Sochi.", phrase: "November 26, 2021", expected: { value: "2021-11-26", basis: "stated" } },
  { dct: "2022-03-02", text: "Russia launched the full-scale invasion on the 24th.", phrase: "the 24th", expected: { value: "2022-02-24", tense: "past", precision: "day" } },
  // A past tense in January points to last December; a future one in December to next January.
  { dct: "2022-01-05", text: "The leaders last spoke on December 30.", phrase: "December 30", expected: { value: "2021-12-30", tense: "past" } },
  { dct: "2021-12-20", text: "The negotiations will take place in Geneva on January 10.", phrase: "January 10", expected: { value: "2022-01-10", tense: "future" } },
  // News style: a bare day this far from another year's is this year's whatever the verb.
  { dct: "2022-05-24", text: "I am grateful to everyone who decided to be with Ukraine on February 24.", phrase: "February 24", expected: { value: "2022-02-24" } },
  { dct: "2022-02-07", text: "The meeting was moved to 2022-02-10 at the request of the French side.", phrase: "2022-02-10", expected: { value: "2022-02-10", basis: "stated" } },
  { dct: "2021-11-03", text: "Trade grew throughout 2020 and in January-June 2021.", phrase: "January-June 2021", expected: { value: "2021-01", first: "2021-01-01", last: "2021-06-30", rangeEnd: "2021-06-30" } },
  { dct: "2021-11-17", text: "The Union State programmes for 2021–2023 include 28 directives.", phrase: "2021–2023", expected: { value: "2021", first: "2021-01-01", last: "2023-12-31", rangeEnd: "2023-12-31", precision: "year", basis: "stated" } },
  { dct: "2022-03-31", text: "Flights are to be performed between April and October of this year.", phrase: "between April and October of this year", expected: { value: "2022-04", last: "2022-10-31" } },
];

describe("calendar dates, ranges and parts of a day", () => {
  it.each(calendarDates)("$text [$dct] → $phrase", checkCase);
});

// ---------------------------------------------------------------- months, years and periods

const periods: DateCase[] = [
  { dct: "2022-02-07", text: "Macron will visit Kyiv in March.", phrase: "March", expected: { value: "2022-03", precision: "month", tense: "future" } },
  { dct: "2022-02-07", text: "The package was approved in December.", phrase: "December", expected: { value: "2021-12", precision: "month", tense: "past" } },
  { dct: "2022-02-07", text: "The talks will resume in mid-March.", phrase: "mid-March", expected: { value: "2022-03", mod: "MID", first: "2022-03-11", last: "2022-03-20", precision: "month" } },
  { dct: "2022-05-10", text: "The summit is expected to take place in early June.", phrase: "early June", expected: { value: "2022-06", mod: "START", first: "2022-06-01", last: "2022-06-10" } },
  { dct: "2022-02-20", text: "The two presidents spoke by phone earlier this month.", phrase: "earlier this month", expected: { value: "2022-02", first: "2022-02-01", last: "2022-02-20", precision: "month" } },
  { dct: "2022-02-07", text: "Russia annexed Crimea in 2014.", phrase: "2014", expected: { value: "2014", first: "2014-01-01", last: "2014-12-31", precision: "year", basis: "stated" } },
  { dct: "2021-11-30", text: "We had such drops in the 1990s.", phrase: "the 1990s", expected: { value: "199", first: "1990-01-01", last: "1999-12-31", precision: null } },
  { dct: "2022-02-07", text: "The minister visited Moscow last month.", phrase: "last month", expected: { value: "2022-01", basis: "relative" } },
  { dct: "2022-02-07", text: "The Chancellor will also come next week.", phrase: "next week", expected: { value: "2022-W07", first: "2022-02-14", last: "2022-02-20", precision: "month" } },
  { dct: "2022-02-07", text: "We met two weeks ago in Brussels.", phrase: "two weeks ago", expected: { value: "2022-W04", first: "2022-01-24", last: "2022-01-30" } },
  { dct: "2021-12-15", text: "I am ready to review the results of our relations this year.", phrase: "this year", expected: { value: "2021", precision: "year" } },
  { dct: "2021-11-01", text: "We are helping them with oxygen supplies, as you instructed last year.", phrase: "last year", expected: { value: "2020" } },
  { dct: "2022-02-07", text: "The exercises took place last summer.", phrase: "last summer", expected: { value: "2021-SU", first: "2021-06-01", last: "2021-08-31", precision: "year" } },
  { dct: "2022-05-10", text: "Output fell by 3% in the first quarter.", phrase: "the first quarter", expected: { value: "2022-Q1", first: "2022-01-01", last: "2022-03-31" } },
  { dct: "2022-02-07", text: "Deliveries resumed in Q3 2021.", phrase: "Q3 2021", expected: { value: "2021-Q3", basis: "stated" } },
  { dct: "2022-02-10", text: "The summit will be held in the second half of 2022.", phrase: "the second half of 2022", expected: { value: "2022-H2", first: "2022-07-01", last: "2022-12-31" } },
  // Russian and Ukrainian sources keep Orthodox feasts: a plain "Christmas" spans both readings.
  { dct: "2021-12-20", text: "The leaders will speak again before Christmas.", phrase: "Christmas", expected: { value: "2021-12-25", first: "2021-12-25", last: "2022-01-07", precision: null } },
  { dct: "2021-12-30", text: "Putin sent his New Year and Orthodox Christmas greetings.", phrase: "Orthodox Christmas", expected: { value: "2022-01-07", precision: "day" } },
  { dct: "2022-04-24", text: "Vladimir Putin attended the Orthodox Easter service.", phrase: "Orthodox Easter", expected: { value: "2022-04-24", precision: "day" } },
  { dct: "2022-04-24", text: "Putin greeted all Russians celebrating Easter Sunday.", phrase: "Easter Sunday", expected: { value: "2022-04-17", first: "2022-04-17", last: "2022-04-24", precision: null } },
  { dct: "2022-05-12", text: "Only recently, we marked Victory Day, Russia's most important holiday.", phrase: "Victory Day", expected: { value: "2022-05-09", precision: "day" } },
];

describe("months, years, weeks, seasons and quarters", () => {
  it.each(periods)("$text [$dct] → $phrase", checkCase);
});

// ---------------------------------------------------------------- relative to the publication date

const relativeDays: DateCase[] = [
  { dct: "2022-02-07", text: "I had a telephone conversation with the Prime Minister of Armenia yesterday.", phrase: "yesterday", expected: { value: "2022-02-06", basis: "relative", precision: "day" } },
  { dct: "2021-11-19", text: "Over 35 agreements were signed at the education forum the day before yesterday.", phrase: "the day before yesterday", expected: { value: "2021-11-17" } },
  { dct: "2022-02-07", text: "The ministers will meet again tomorrow.", phrase: "tomorrow", expected: { value: "2022-02-08" } },
  { dct: "2022-03-05", text: "I talked about it again with President Biden last night.", phrase: "last night", expected: { type: "TIME", value: "2022-03-04TNI", first: "2022-03-04", precision: "day" } },
  { dct: "2022-02-16", text: "Mr Putin, a partial troop withdrawal has been reported this morning.", phrase: "this morning", expected: { type: "TIME", value: "2022-02-16TMO", first: "2022-02-16" } },
  { dct: "2022-04-22", text: "Today, the Prime Ministers of Spain and Denmark arrived in Kyiv.", phrase: "Today", expected: { value: "2022-04-22" } },
  { dct: "2022-02-07", text: "Negotiations are now under way.", phrase: "now", expected: { value: "PRESENT_REF", first: null, precision: null } },
  { dct: "2022-02-07", text: "Relations have deteriorated recently.", phrase: "recently", expected: { value: "PAST_REF" } },
  { dct: "2022-02-07", text: "He can come to Moscow in the near future.", phrase: "the near future", expected: { value: "FUTURE_REF" } },
  { dct: "2000-04-03", text: "The service has given the relatives until 9 a.m. Tuesday to sign a paper.", phrase: "9 a.m. Tuesday", expected: { type: "TIME", value: "2000-04-04T09:00", first: "2000-04-04" } },
];

describe("days and references relative to publication", () => {
  it.each(relativeDays)("$text [$dct] → $phrase", checkCase);
});

// ---------------------------------------------------------------- anchored phrases

describe("phrases counted from another time keep their anchor", () => {
  it("counts 'the next day' from the last date of the article", () => {
    const text = "On January 6, the CSTO leaders held a video conference. The next day, the first troops arrived in Almaty.";
    const e = expressionFor(tagDatesInText(text, "2022-01-10"), "The next day", text);
    expect(e).toMatchObject({ value: "2022-01-07", precision: "day", basis: "relative" });
    expect(e.anchor).toMatchObject({ kind: "previous-date", offset: 1, offsetDays: 1, unit: "day", from: "2022-01-06", phrase: null });
  });

  it("counts 'That same day' from the date before it", () => {
    const text = "On November 4, the President will hold talks with Alexander Lukashenko. That same day, the President will take part in a meeting of the Supreme State Council.";
    const e = expressionFor(tagDatesInText(text, "2021-11-03"), "That same day", text);
    expect(e).toMatchObject({ value: "2021-11-04" });
    expect(e.anchor).toMatchObject({ kind: "previous-date", offset: 0 });
  });

  it("counts 'two days later' from the last date", () => {
    const text = "The talks opened in Geneva on January 10. Two days later, the NATO-Russia Council met in Brussels.";
    expect(expressionFor(tagDatesInText(text, "2022-01-14"), "Two days later", text)).toMatchObject({ value: "2022-01-12" });
  });

  it("falls back to the publication date when no date came before, and says so", () => {
    const text = "The day before, the ministers spoke by phone.";
    const e = expressionFor(tagDatesInText(text, "2022-02-07"), "The day before", text);
    expect(e).toMatchObject({ value: "2022-02-06" });
    expect(e.anchor).toMatchObject({ kind: "publication", offsetDays: -1, from: "2022-02-07" });
  });

  it("counts from a date named in the event phrase", () => {
    const text = "The day before last Tuesday's court hearing, Manuel went to Lazaro's house.";
    const e = expressionFor(tagDatesInText(text, "2000-02-24"), "The day before", text);
    expect(e).toMatchObject({ value: "2000-02-21" });
    expect(e.anchor).toMatchObject({ kind: "named-date", from: "2000-02-22", phrase: "last Tuesday's court hearing" });
  });

  it("does not let a value counted from an undated event anchor the next phrase", () => {
    const text = "Results will be ready 42 days after we start. The next day, the report was sent.";
    const e = expressionFor(tagDatesInText(text, "2021-11-24"), "The next day", text);
    expect(e.anchor?.kind).toBe("publication");
  });
});

describe("the expression list", () => {
  it("gives offsets into the text and the index of the sentence", () => {
    const text = "Peace talks were held on Monday. The next round will start on Friday.";
    const out = tagDatesInText(text, "2022-03-02");
    expect(out.map((e) => [e.text, e.sentenceIndex, text.slice(e.start, e.end)])).toEqual([
      ["Monday", 0, "Monday"],
      ["Friday", 1, "Friday"],
    ]);
  });

  it("only searches the sentences it is given, and uses their indexes", () => {
    const text = "url https://example.org/2022/01/15\n\nTalks resumed on Monday.";
    const start = text.indexOf("Talks");
    const sentence = { index: 4, start, end: text.length, text: text.slice(start), isHeadline: false, paragraph: 1 };
    const out = tagDates(text, [sentence], "2022-01-19");
    expect(out.map((e) => [e.text, e.value, e.sentenceIndex])).toEqual([["Monday", "2022-01-17", 4]]);
  });

  it("keeps the longest of overlapping matches and the ones around it", () => {
    const text = "On Monday, January 31, 2022, talks began; on Friday they ended, two weeks ago.";
    const out = tagDatesInText(text, "2022-02-14");
    expect(out.map((e) => [e.text, e.value])).toEqual([
      ["Monday, January 31, 2022", "2022-01-31"],
      ["Friday", "2022-02-11"],
      ["two weeks ago", "2022-W05"],
    ]);
  });

  it("rejects a publication date that is not a calendar day", () => {
    expect(() => tagDatesInText("On Monday.", "2022-02-30")).toThrow(/not a calendar date/);
  });
});
