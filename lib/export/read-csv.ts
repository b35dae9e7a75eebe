// Reads CSV as RFC 4180 describes it and spreadsheets read it: fields separated by commas, rows
// by CRLF (or a bare LF or CR), a field that starts with a double quote runs to the matching
// quote, with "" standing for one quote inside it. The app writes CSV (csv.ts); this reader is
// for the checks of that output and for the CSV data the scripts read (gold events, actor lists).

export class CsvError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CsvError";
  }
}

/** Every row's fields. A trailing line break adds no empty row; an unclosed quote is a CsvError. */
export function readCsvRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c !== '"') field += c;
      else if (text[i + 1] === '"') {
        field += '"';
        i++;
      } else quoted = false;
    } else if (c === '"' && field === "") quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\r" || c === "\n") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += c;
  }
  if (quoted) throw new CsvError("a quoted field is not closed");
  if (field || row.length) rows.push([...row, field]);
  return rows;
}

/** Rows as records keyed by the header row (missing fields are ""); blank lines are skipped. */
export function readCsvRecords(text: string): Array<Record<string, string>> {
  const [header, ...body] = readCsvRows(text.replace(/^\uFEFF/, "")).filter((r) => r.length > 1 || r[0]);
  if (!header) return [];
  return body.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ""])));
}
