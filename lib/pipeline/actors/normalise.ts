// Text normalisation shared by the dictionary and the matcher: diacritic folding (so "Niinistö"
// and "Niinisto" meet), slugs, and date helpers for dated roles.

const SPECIAL_LETTERS: Record<string, string> = {
  ł: "l", Ł: "L", ø: "o", Ø: "O", đ: "d", Đ: "D", ß: "ss", æ: "ae", Æ: "AE", œ: "oe", Œ: "OE",
  ı: "i", ð: "d", Ð: "D", þ: "th", Þ: "Th", ʻ: "'", ʼ: "'",
};

const NON_ASCII = /[^\u0000-\u007f]/;
const COMBINING_MARKS = /\p{M}+/gu;
const SPECIAL_PATTERN = new RegExp(`[${Object.keys(SPECIAL_LETTERS).join("")}]`, "g");

/** Remove diacritics, keeping case: "Erdoğan" → "Erdogan", "Łukasz" → "Lukasz". */
export function foldDiacritics(text: string): string {
  if (!NON_ASCII.test(text)) return text;
  return text
    .normalize("NFD")
    .replace(COMBINING_MARKS, "")
    .replace(SPECIAL_PATTERN, (ch) => SPECIAL_LETTERS[ch] ?? ch)
    .normalize("NFC");
}

/** kebab-case ASCII slug: "Sauli Niinistö" → "sauli-niinisto", "Côte d'Ivoire" → "cote-d-ivoire". */
export function slugify(text: string): string {
  return foldDiacritics(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** Display form of a name without diacritics (the gold's convention). */
export function asciiName(text: string): string {
  return foldDiacritics(text).replace(/[’`]/g, "'");
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Widen a partial date to a day: "2019" → 2019-01-01 (or 2019-12-31 for an end),
 * "2019-06" → 2019-06-01 / 2019-06-30. Returns the precision that was known.
 */
export function widenDate(value: string, end: boolean): { date: string; precision: "day" | "month" | "year" } {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return { date: value, precision: "day" };
  const month = /^(\d{4})-(\d{2})$/.exec(value);
  if (month) {
    const [y, m] = [Number(month[1]), Number(month[2])];
    const day = end ? daysInMonth(y, m) : 1;
    return { date: `${month[1]}-${month[2]}-${String(day).padStart(2, "0")}`, precision: "month" };
  }
  if (/^\d{4}$/.test(value)) return { date: end ? `${value}-12-31` : `${value}-01-01`, precision: "year" };
  throw new Error(`"${value}" is not a YYYY, YYYY-MM or YYYY-MM-DD date`);
}
