// TimeML conventions the annotated news corpora (TimeBank, AQUAINT, MEANTIME) follow beyond plain
// calendar arithmetic: anaphoric times take their antecedent's value, apposition restates a date,
// the reported period of "for a third straight day", attributive "recent", and so on. One table
// per convention, with sentences from the corpora or written in their style; each row states the
// publication date and the value the phrase must get. Rows under "stays as it was" guard the
// limits of each rule.
import { describe, expect, it } from "vitest";
import { tagDatesInText } from "./tag-dates";
import { type DateCase, checkCase } from "./test-helpers";

const conventions: Record<string, DateCase[]> = {
  "attributive 'recent' is PAST_REF": [
    { dct: "1989-10-30", text: "The offer was automatically triggered by the recent sale of Control Data's disk-drive business.", phrase: "recent", expected: { type: "DATE", value: "PAST_REF", first: null } },
    { dct: "2009-02-03", text: "The automobile manufacturers have been hard hit in the recent economic downturn.", phrase: "recent", expected: { value: "PAST_REF" } },
    { dct: "2022-02-07", text: "Recent talks in Geneva brought no breakthrough.", phrase: "Recent", expected: { value: "PAST_REF" } },
  ],
  "'a week ago' is the day seven days back": [
    { dct: "2011-03-18", text: "Stocks fell after the earthquake and tsunami hit the country a week ago.", phrase: "a week ago", expected: { value: "2011-03-11", precision: "day" } },
    { dct: "1991-02-25", text: "Then, a week or so ago, Gen. Schwarzkopf secretly picked Saturday night.", phrase: "a week or so ago", expected: { value: "1991-02-18" } },
  ],
  "anaphoric 'until then' / 'by that time' take the antecedent's value": [
    { dct: "1989-10-30", text: "All conversion rights on the stock will terminate on Nov. 30. Until then, Conseco said the stock remains convertible.", phrase: "then", expected: { value: "1989-11-30", precision: "day" } },
    { dct: "2011-05-29", text: "The deal will be finalized by June 10. If a price is not agreed on by that time, Fiat will pay the average of the estimates.", phrase: "that time", expected: { value: "2011-06-10" } },
    { dct: "2022-02-07", text: "Russia wants an answer in January. By then, the troops will be in place.", phrase: "then", expected: { value: "2022-01" } },
  ],
  "a counted phrase in apposition to a date restates it": [
    { dct: "1989-10-30", text: "Eight trading days after Oct. 12, the day before the stock market plunge, the index had fallen.", phrase: "the day before", expected: { value: "1989-10-12", anchor: null } },
    { dct: "2005-11-05", text: "The plane will arrive on November 11, three days later than originally planned.", phrase: "three days later", expected: { value: "2005-11-11" } },
  ],
  "the Nth consecutive day (week) is the reported one": [
    { dct: "2008-09-17", text: "Trading on Russia's major stock markets has been suspended for a second consecutive day due to the ongoing turmoil.", phrase: "a second consecutive day", expected: { value: "2008-09-17", precision: "day" } },
    { dct: "2009-04-04", text: "US stocks log gains for fourth week in a row", phrase: "fourth week in a row", expected: { value: "2009-W14" } },
    { dct: "1990-08-15", text: "In Saudi Arabia, today is the eighth day of Desert Shield, the operation designed to deter an attack.", phrase: "the eighth day", expected: { value: "1990-08-15" } },
    { dct: "1998-03-06", text: "It's the second day of an offensive by the security forces against villages.", phrase: "the second day", expected: { value: "1998-03-06" } },
    { dct: "2009-04-07", text: "Prices rose for the third straight session on Monday.", phrase: "the third straight session", expected: { value: "2009-04-06" } },
    { dct: "2022-06-22", text: "Goods exports to the EU rose for the third consecutive month to £16.4bn in April.", phrase: "the third consecutive month", expected: { value: "2022-04" } },
  ],
  "'the previous/following <weekday>' counts from the day last named": [
    { dct: "1989-10-30", text: "London share prices closed sharply lower Friday. The index shed 47.3 points, down 4.5% from the previous Friday.", phrase: "the previous Friday", expected: { value: "1989-10-20" } },
    { dct: "2022-02-10", text: "The talks opened on Wednesday, February 2, and ended the following Monday.", phrase: "the following Monday", expected: { value: "2022-02-07" } },
    // no day named before: as "last Friday"
    { dct: "2022-02-09", text: "The previous Friday was calm.", phrase: "The previous Friday", expected: { value: "2022-02-04" } },
    // "following" without "the" is the preposition
    { dct: "2022-08-05", text: "Moscow is ready to talk about a prisoner swap following Wednesday's jail sentence.", phrase: "Wednesday's", expected: { value: "2022-08-03" } },
  ],
  "'will one day' is FUTURE_REF": [
    { dct: "1998-03-03", text: "According to the institute, Islam will one day be the second largest religion in the country.", phrase: "one day", expected: { value: "FUTURE_REF" } },
  ],
  "generic 'today's' is PRESENT_REF": [
    { dct: "2013-12-10", text: "This is an exciting time at today's GM. I'm honored to lead the best team.", phrase: "today's", expected: { value: "PRESENT_REF" } },
    { dct: "2000-01-07", text: "The case of Elian is for today's youth what 40 years of the blockade were.", phrase: "today's", expected: { value: "PRESENT_REF" } },
    { dct: "2022-02-07", text: "Today's Security Council meeting ended without a vote.", phrase: "Today's", expected: { value: "2022-02-07" } },
    { dct: "2022-02-07", text: "Today's Washington Post reported the plan.", phrase: "Today's", expected: { value: "2022-02-07" } },
  ],
  "the year-ago period compares with a quarter already reported": [
    {
      dct: "1989-10-26",
      text: "Bethlehem Steel posted a 54% drop in third-quarter profit. Analysts expect the trend to continue into the fourth quarter. He thinks steelmakers will report losses through the third quarter of 1990. In the year-ago period, Bethlehem earned $101.4 million.",
      phrase: "the year-ago period",
      expected: { value: "1988-Q3" },
    },
  ],
  "the year-ago period compares with the quarter whose results are reported": [
    {
      dct: "1989-11-01",
      text: "Kimberly-Clark posted a 20% gain in third-quarter net income. After a flat second quarter tied to lower newsprint earnings, the company attributed the gain to its consumer businesses. The comparison was enhanced by charges taken in the year-earlier period.",
      phrase: "the year-earlier period",
      expected: { value: "1988-Q3" },
    },
  ],
  "'single-day' is a one-day duration": [
    { dct: "2007-02-27", text: "It was the 7th largest single-day decline in U.S. history.", phrase: "single-day", expected: { type: "DURATION", value: "P1D" } },
  ],
  "counted decades and centuries are durations in years": [
    { dct: "2009-02-24", text: "US stock market indexes closed at their lowest levels in over a decade on Monday.", phrase: "over a decade", expected: { type: "DURATION", value: "P10Y" } },
    { dct: "1998-02-06", text: "Unemployment is at its lowest in almost two decades.", phrase: "almost two decades", expected: { value: "P20Y" } },
  ],
  "a bare 'spring'/'fall' after a time preposition is the season": [
    { dct: "2009-04-01", text: "The plant will reopen in spring.", phrase: "spring", expected: { value: "2009-SP" } },
    { dct: "2021-06-10", text: "The talks are expected to resume by fall.", phrase: "fall", expected: { value: "2021-FA" } },
  ],
};

for (const [name, cases] of Object.entries(conventions)) {
  describe(name, () => {
    it.each(cases)("$text [$dct] → $phrase", checkCase);
  });
}

const DCT = "2022-02-07";

describe("stays as it was", () => {
  it.each([
    // superlative "most recent" is the latest one, not a time; predicative "recent" neither
    ["The most recent iPhone model has a new antenna.", "recent"],
    ["The damage is recent and severe.", "recent"],
    // "since then" after no date, and a "then" that is not an end point
    ["Since then, relations have improved.", "then"],
    ["He then left for Moscow.", "then"],
    ["Until then, nothing will change.", "then"],
    // an ordinal day in a past clause, and an ordinal day of office still to come
    ["It was the third consecutive month that job growth exceeded forecasts.", "the third consecutive month"],
    ["He vowed to do so on his first day in office.", "first day"],
    // "spring" and "fall" elsewhere are a source and a drop
    ["Prices will fall sharply, officials warned.", "fall"],
    ["The resort is built around a hot spring.", "spring"],
  ])("%s (no DATE for %s)", (text, phrase) => {
    const dates = tagDatesInText(text, DCT).filter((e) => e.type === "DATE");
    expect(dates.filter((e) => e.text.includes(phrase)).map((e) => `${e.text}=${e.value}`)).toEqual([]);
  });

  it("keeps 'two weeks ago' the week, and 'The next day' counted from the date before it", () => {
    const text = "We met two weeks ago. On January 6, the talks opened. The next day, they ended.";
    const values = tagDatesInText(text, DCT).map((e) => [e.text, e.value]);
    expect(values).toContainEqual(["two weeks ago", "2022-W04"]);
    expect(values).toContainEqual(["The next day", "2022-01-07"]);
  });
});
