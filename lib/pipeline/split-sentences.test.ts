import { describe, expect, it } from "vitest";
import { splitSpan } from "./split-sentences";

const split = (text: string) => splitSpan(text, 0, text.length).map((s) => text.slice(s.start, s.end));

describe("splitSpan", () => {
  it.each([
    ["The call took place on Wednesday. It was their second conversation.", ["The call took place on Wednesday.", "It was their second conversation."]],
    ["The U.S. President spoke with Macron. The call lasted an hour.", ["The U.S. President spoke with Macron.", "The call lasted an hour."]],
    ["Troops arrived in the U.S. The next day they left.", ["Troops arrived in the U.S.", "The next day they left."]],
    ["He met Mr. Smith on Feb. 7 in Kyiv. Talks followed.", ["He met Mr. Smith on Feb. 7 in Kyiv.", "Talks followed."]],
    ['"We will meet again," Etienne said. Macron agreed.', ['"We will meet again," Etienne said.', "Macron agreed."]],
    ['He said: "It is over." Then he left.', ['He said: "It is over."', "Then he left."]],
    ["Declaration adopted.*** President of Russia Vladimir Putin: Colleagues.", ["Declaration adopted.", "President of Russia Vladimir Putin: Colleagues."]],
    ["First paragraph ends\nSecond paragraph.", ["First paragraph ends", "Second paragraph."]],
    ["J. Biden met E. Macron. Fine.", ["J. Biden met E. Macron.", "Fine."]],
    ["Sales rose 3.5 percent. No. 10 said so.", ["Sales rose 3.5 percent.", "No. 10 said so."]],
  ])("%j", (text, expected) => {
    expect(split(text)).toEqual(expected);
  });

  it("keeps exact offsets", () => {
    const text = "  One.  Two?\n\nThree!";
    for (const s of splitSpan(text, 0, text.length)) expect(text.slice(s.start, s.end).trim()).toBe(text.slice(s.start, s.end));
  });
});
