// Text that must NOT produce a DATE expression (in the manner of chrono-node's negative cases):
// durations, counts that look like years, "May" the modal, "March" the verb, names built on a
// weekday or season, ages, labels and ordinals. A duration or time may still be found — it must
// just not be mistaken for a calendar date.
import { describe, expect, it } from "vitest";
import { tagDatesInText } from "./tag-dates";

const DCT = "2022-02-07";

const noDate: string[] = [
  // durations
  "It was their second conversation in a week.",
  "The talks lasted for two days.",
  "He spent 24 hours in custody before being released.",
  "The sanctions will stay in force for three years.",
  "Ukraine asked for a 10-day ceasefire.",
  "The 72-year-old leader did not comment.",
  "Over the past three years, trade has doubled.",
  "The reconstruction could take decades.",
  // numbers that look like years
  "The US is sending 2022 troops to Poland.",
  "Ukraine received 1,500 articles of protective equipment.",
  "About 1990 people were evacuated from the village.",
  "The convoy was 2019 metres long.",
  "UN Security Council Resolution 2202 endorsed the Minsk package.",
  "Prices rose by 2.5 percent, to $2,022 per tonne.",
  "Flight 1492 landed safely.",
  // May, March, seasons and weekdays that are not dates
  "The measures may be extended if the situation worsens.",
  "May the peace talks succeed.",
  "Protesters will march on the parliament building.",
  "Thousands joined the March on Rome commemoration.",
  "The Sunday Times reported that the plan was ready.",
  "Black Friday sales fell sharply.",
  "The fall of Kabul changed the region.",
  "Energy prices fall when supply grows.",
  "The Arab Spring began in Tunisia.",
  "She competed at the Winter Olympics.",
  "Manchester survived the Christmas Blitz.",
  "Ukraine celebrated Independence Day with a parade.",
  "The summer camp was closed.",
  // ordinals, ages and labels
  "Putin sent greetings to the participants of the 3rd Russian–Chinese Energy Business Forum.",
  "The office is on the 24th floor.",
  "A man in his seventies was injured.",
  "He is in his 70s and still working.",
  "They discussed Article 5 of the Washington Treaty.",
  "Russia registered the Sputnik V vaccine.",
  "The Su-35 and MiG-29 jets were deployed.",
  "COVID-19 cases rose sharply.",
  "The G20 leaders met by video link.",
  "The first half of the match was goalless.",
  "A quarter of the population lives in rural areas.",
  "Each of the 27 member states must agree.",
];

describe("text that holds no date", () => {
  it.each(noDate)("%s", (text) => {
    const dates = tagDatesInText(text, DCT).filter((e) => e.type === "DATE");
    expect(dates.map((e) => `${e.text}=${e.value}`)).toEqual([]);
  });
});

describe("durations stay durations", () => {
  it.each([
    ["It was their second conversation in a week.", "a week", "P1W"],
    ["The talks lasted for two days.", "two days", "P2D"],
    ["He spent 24 hours in custody.", "24 hours", "PT24H"],
    ["The sanctions will stay in force for three years.", "three years", "P3Y"],
    ["Ukraine asked for a 10-day ceasefire.", "10-day", "P10D"],
    ["The reconstruction could take decades.", "decades", "PXDE"],
  ])("%s → %s = %s", (text, phrase, value) => {
    const e = tagDatesInText(text, DCT).find((x) => x.text === phrase);
    expect(e).toMatchObject({ type: "DURATION", value, first: null, last: null, precision: null });
  });
});

describe("look-alikes next to real dates", () => {
  it("keeps the year and drops the count in one sentence", () => {
    const dates = tagDatesInText("In 2021, about 3000 soldiers took part in the drills.", DCT).filter((e) => e.type === "DATE");
    expect(dates.map((e) => e.text)).toEqual(["2021"]);
  });

  it("reads May as the month only where it is one", () => {
    const dates = tagDatesInText("Elections may be held in May, officials said.", DCT).filter((e) => e.type === "DATE");
    expect(dates.map((e) => [e.text, e.value])).toEqual([["May", "2022-05"]]);
  });

  it("reads a weekday inside a name as no date, and the real one as a date", () => {
    const text = "The Sunday Times said on Sunday that the talks had failed.";
    const dates = tagDatesInText(text, DCT).filter((e) => e.type === "DATE");
    expect(dates.map((e) => [e.start, e.value])).toEqual([[text.lastIndexOf("Sunday"), "2022-02-06"]]);
  });
});
