// The tense heuristic on its own: which verb governs a phrase, per clause.
import { describe, expect, it } from "vitest";
import { type Tense, detectGoverningTense, tokenizeSentence } from "./detect-tense";

function tenseOf(sentence: string, phrase: string, occurrence = 0): Tense {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = sentence.indexOf(phrase, at + 1);
  if (at < 0) throw new Error(`"${phrase}" not in "${sentence}"`);
  return detectGoverningTense(tokenizeSentence(sentence, 0, sentence.length), sentence, at, at + phrase.length);
}

const cases: Array<[string, string, Tense]> = [
  // the nearest verb group on the left
  ["The first took place on Wednesday.", "Wednesday", "past"],
  ["Macron will meet with Putin in Moscow on Monday.", "Monday", "future"],
  ["Macron'll meet with Putin on Monday.", "Monday", "future"],
  ["The package was approved by Biden in December.", "December", "past"],
  ["The summit is expected to open on Friday.", "Friday", "future"],
  ["The leaders are due to sign the declaration on Friday.", "Friday", "future"],
  ["The visit, which will be followed by a trip to Kyiv, starts on Monday.", "Monday", "present"],
  // a list comma inside the phrase's own relative clause does not close that clause
  ["He succeeds James A. Taylor, who stepped down as chairman, president and chief executive in March.", "March", "past"],
  ["Negotiations have been held on Tuesday.", "Tuesday", "past"],
  ["He had a telephone conversation with Biden on Sunday.", "Sunday", "past"],
  ["Talks are scheduled for Friday.", "Friday", "future"],
  ["Zelenskyy is to visit Warsaw on Friday.", "Friday", "future"],
  // a fronted date takes the verb after it
  ["On February 15, the President held talks with Olaf Scholz.", "February 15", "past"],
  ["On December 15, Vladimir Putin will hold talks with Xi Jinping.", "December 15", "future"],
  ["On February 14, Zelenskyy and Scholz, who will arrive in Kyiv today, will hold talks.", "February 14", "future"],
  ["In late April, we agreed to take special measures.", "late April", "past"],
  // reported speech: each phrase gets the verb of its own clause
  ["He said on Monday that he will travel on Friday.", "Monday", "past"],
  ["He said on Monday that he will travel on Friday.", "Friday", "future"],
  ["The ministry said that the troops left on Sunday.", "Sunday", "past"],
  // infinitives take their time from the verb they hang on
  ["The company expects to report results on Friday.", "Friday", "future"],
  ["They extended their offers to acquire the company Friday.", "Friday", "past"],
  ["The board has decided to admit the three countries in early March.", "early March", "future"],
  // prepositions that outweigh the verb
  ["The pipeline has been complete since December.", "December", "past"],
  ["The deadline was extended to Nov. 16.", "Nov. 16", "future"],
  ["The dividend is payable Dec. 7 to holders of record.", "Dec. 7", "future"],
  // no verb group at all
  ["Talks in Geneva on Monday.", "Monday", "present"],
];

describe("detectGoverningTense", () => {
  it.each(cases)("%s [%s] → %s", (sentence, phrase, tense) => {
    expect(tenseOf(sentence, phrase)).toBe(tense);
  });

  it("tells a name in -ed from a past verb", () => {
    expect(tenseOf("Mohammed will visit Riyadh on Friday.", "Friday")).toBe("future");
  });

  it("does not read 'the armed forces' as a past verb", () => {
    expect(tenseOf("The armed forces will hold drills on Monday.", "Monday")).toBe("future");
  });
});

describe("tokenizeSentence", () => {
  it("keeps offsets into the whole text and contractions whole", () => {
    const text = "Intro. He won't go on Monday.";
    const start = text.indexOf("He");
    const tokens = tokenizeSentence(text, start, text.length);
    expect(tokens.words).toEqual(["he", "won't", "go", "on", "monday", "."]);
    expect(text.slice(tokens.starts[4], tokens.ends[4])).toBe("Monday");
  });
});
