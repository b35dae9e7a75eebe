// Helpers for the date-stage tests: find the expression a table row is about and compare only
// the fields the row states, so each row reads like the sentence it tests.
import { expect } from "vitest";
import type { DateExpression } from "../types";
import { tagDatesInText } from "./tag-dates";

export interface DateCase {
  /** Publication date. */
  dct: string;
  text: string;
  /** The expression's exact text; the row fails if no expression has it. */
  phrase: string;
  expected: Partial<DateExpression>;
}

export function expressionFor(expressions: DateExpression[], phrase: string, where: string): DateExpression {
  const found = expressions.find((e) => e.text === phrase);
  if (!found) {
    throw new Error(`no expression "${phrase}" in ${where}; found: ${expressions.map((e) => `"${e.text}"=${e.value}`).join(", ") || "none"}`);
  }
  return found;
}

export function checkCase(c: DateCase): void {
  const expression = expressionFor(tagDatesInText(c.text, c.dct), c.phrase, JSON.stringify(c.text));
  expect(expression).toMatchObject(c.expected);
  expect(c.text.slice(expression.start, expression.end)).toBe(expression.text);
}
