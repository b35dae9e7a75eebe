// The events stage on real text: the seed article's events, tables of real sentences with the
// event they report, and sentences that must NOT produce an event (chrono-node's test layout).
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import path from "node:path";
import { decodeArticleBytes, readArticle } from "../read-article";
import { extractArticle } from "../extract-article";
import type { Extraction } from "../types";

const SEED = path.resolve(__dirname, "../../../data/samples/seed/000_a17601c295468a63.txt");

function extractText(date: string, headline: string, body: string, url?: string): Extraction {
  return extractArticle(readArticle(`date ${date} ${headline}\n${url ? `url ${url}\n` : ""}\n${body}\n`));
}

const summary = (x: Extraction) =>
  x.events.map((e) => ({ type: e.type, start: e.start, precision: e.precision, status: e.status, actors: e.actors.map((a) => a.slug).sort() }));

describe("the seed article", () => {
  const { text } = decodeArticleBytes(readFileSync(SEED));
  const x = extractArticle(readArticle(text));
  const find = (type: string, start: string) => x.events.filter((e) => e.type === type && e.start === start);

  it("has the Sunday call, once, with the headline and the 'second conversation' as evidence", () => {
    const calls = find("call", "2022-02-06");
    expect(calls).toHaveLength(1);
    const call = calls[0]!;
    expect(call.actors.map((a) => a.slug).sort()).toEqual(["emmanuel-macron", "joe-biden"]);
    expect(call.status).toBe("occurred");
    expect(call.title).toBe("Emmanuel Macron and Joe Biden speak by phone");
    const quotes = call.evidence.map((e) => e.quote);
    expect(quotes).toContain("The two discussed the Ukraine crisis by phone on Sunday, the White House said.");
    expect(quotes).toContain("It was their second conversation in a week.");
    expect(call.evidence.some((e) => e.sentenceIndex === 0)).toBe(true); // the headline
    for (const ev of call.evidence) expect(x.article.text.slice(ev.start, ev.end)).toBe(ev.quote);
  });

  it("has the Wednesday call as a second, separate call", () => {
    const calls = find("call", "2022-02-02");
    expect(calls).toHaveLength(1);
    expect(calls[0]!.actors.map((a) => a.slug).sort()).toEqual(["emmanuel-macron", "joe-biden"]);
    expect(x.events.filter((e) => e.type === "call")).toHaveLength(2);
  });

  it("has Macron's planned meeting with Putin in Moscow on Monday", () => {
    const [m] = find("meeting", "2022-02-07");
    expect(m).toMatchObject({ status: "planned", place: { name: "Moscow", country: "RUS" } });
    expect(m!.actors.map((a) => a.slug)).toEqual(expect.arrayContaining(["emmanuel-macron", "vladimir-putin"]));
  });

  it("has his planned trip to Kyiv, dated by the publication date and saying so", () => {
    const visit = x.events.find((e) => e.type === "visit" && e.place?.name === "Kyiv");
    expect(visit).toMatchObject({ status: "planned", dateBasis: "publication", start: "2022-02-07" });
    expect(visit!.actors[0]).toMatchObject({ slug: "emmanuel-macron", part: "source", title: "President of France" });
  });

  it("has the December US security assistance to Ukraine at month precision", () => {
    const aid = x.events.find((e) => e.type === "aid");
    expect(aid).toMatchObject({ start: "2021-12-01", precision: "month", cameo: "072" });
    expect(aid!.actors.filter((a) => a.part === "source").map((a) => a.slug)).toEqual(["united-states"]);
    expect(aid!.actors.filter((a) => a.part === "target").map((a) => a.slug)).toEqual(["ukraine"]);
  });

  it("has the US troop deployment once, announced on Wednesday", () => {
    const deployments = x.events.filter((e) => e.type === "deployment");
    expect(deployments).toHaveLength(1);
    expect(deployments[0]!.start).toBe("2022-02-02");
    expect(deployments[0]!.evidence).toHaveLength(2);
  });
});

describe("events in real sentences", () => {
  it.each([
    [
      "2021-11-09",
      "Telephone conversation with President of Belarus Alexander Lukashenko",
      "Vladimir Putin had a telephone conversation with President of the Republic of Belarus Alexander Lukashenko.",
      { type: "call", start: "2021-11-09", status: "occurred", actors: ["alexander-lukashenko", "vladimir-putin"] },
    ],
    [
      "2021-11-29",
      "On November 30, Vladimir Putin will have talks with President of Vietnam Nguyen Xuan Phuc",
      "The presidents will discuss topical issues of the comprehensive strategic partnership between Russia and Vietnam.",
      { type: "meeting", start: "2021-11-30", status: "planned", actors: ["nguyen-xuan-phuc", "vladimir-putin"] },
    ],
    [
      "2022-02-15",
      "President of Ukraine had a phone conversation with the Prime Minister of Italy",
      "President of Ukraine Volodymyr Zelenskyy had a phone conversation with Prime Minister of the Italian Republic Mario Draghi.",
      { type: "call", start: "2022-02-15", status: "occurred", actors: ["mario-draghi", "volodymyr-zelenskyy"] },
    ],
    [
      "2021-12-31",
      "Telephone conversation with US President Joseph Biden",
      "On December 30, Vladimir Putin had a telephone conversation with President of the Untied States of America Joseph Biden.",
      { type: "call", start: "2021-12-30", status: "occurred", actors: ["joe-biden", "vladimir-putin"] },
    ],
    [
      "2022-02-24",
      "Meeting with Prime Minister of Pakistan Imran Khan",
      "Vladimir Putin met at the Kremlin with Prime Minister of the Islamic Republic of Pakistan Imran Khan, who is in Russia on a working visit.",
      { type: "meeting", start: "2022-02-24", status: "occurred", actors: ["imran-khan", "vladimir-putin"] },
    ],
  ])("%s %s", (date, headline, body, expected) => {
    const events = summary(extractText(date, headline, body));
    expect(events).toContainEqual(expect.objectContaining({ ...expected, actors: expect.arrayContaining(expected.actors) }));
  });

  it("puts a meeting in the Kremlin in Moscow", () => {
    const x = extractText("2022-02-24", "Meeting with Imran Khan", "Vladimir Putin met at the Kremlin with Prime Minister of Pakistan Imran Khan. The talks were held in the Kremlin.");
    expect(x.events.find((e) => e.type === "meeting")?.place).toEqual({ name: "Moscow", country: "RUS" });
  });

  it("dates 'took place on Wednesday' to the previous Wednesday and 'will meet on Monday' to that Monday", () => {
    const x = extractText(
      "2022-02-07",
      "Leaders talk",
      "Olaf Scholz and Emmanuel Macron spoke by phone on Wednesday. Olaf Scholz will meet with Joe Biden in Washington on Monday.",
    );
    const s = summary(x);
    expect(s).toContainEqual(expect.objectContaining({ type: "call", start: "2022-02-02", status: "occurred" }));
    expect(s).toContainEqual(expect.objectContaining({ type: "meeting", start: "2022-02-07", status: "planned" }));
  });
});

it("an appeal for aid is an appeal, not aid", () => {
  const x = extractText("2022-03-24", "News of the day", "President of Ukraine Volodymyr Zelenskyy called on NATO to provide our country with military assistance.");
  expect(summary(x)).toEqual([expect.objectContaining({ type: "appeal", actors: ["nato", "volodymyr-zelenskyy"] })]);
});

describe("sentences that are not diplomatic events", () => {
  it.each([
    ["a domestic working meeting", "Vladimir Putin had a working meeting with CEO of the Russian Direct Investment Fund Kirill Dmitriev."],
    ["a meeting with the government", "Vladimir Putin held a meeting with Government members via videoconference."],
    ["greetings", "Vladimir Putin sent greetings to participants of the congress of the Russian Association of Farmers."],
    ["a decree", "Volodymyr Zelenskyy signed a decree on awarding state awards to servicemen."],
    ["'in a week' as a duration", "The ministry expects the report in a week."],
    ["a negated threat", "Moscow insists it is not threatening anyone."],
    ["talk about sanctions", "The leaders discussed the need to impose new sanctions on Russia."],
    ["a background reference", "You will remember, at that time we signed a strategic agreement with Russia."],
    ["naming", "The so-called Normandy format was discussed by experts."],
    ["'the call for peace' is an appeal's noun, not a phone call", "Vladimir Putin said that instead of responding to the call for peace in Ukrainian society, the Ukrainian leadership chose not to keep its promises."],
  ])("%s", (_label, body) => {
    const x = extractText("2022-02-10", "News of the day", body);
    // The headline "News of the day" names no one; nothing here is an event.
    expect(summary(x)).toEqual([]);
  });
});
