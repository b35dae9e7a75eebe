// The date stage of the pipeline: temporal expressions with TIMEX3 values, resolved against the
// publication date with the tense of their clause. See tag-dates.ts for the steps.
export { tagDates, tagDatesInText } from "./tag-dates";
export { detectGoverningTense, tokenizeSentence, type Tense } from "./detect-tense";
