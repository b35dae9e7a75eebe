import { describe, expect, it } from "vitest";
import { CsvError, readCsvRecords, readCsvRows } from "./read-csv";
import { csvCell } from "./csv";

describe("readCsvRows", () => {
  it("reads quoted fields, doubled quotes, commas and line breaks inside quotes", () => {
    expect(readCsvRows('a,"b ""x"", y","line\r\nbreak"\r\n1,2,3\r\n')).toEqual([
      ["a", 'b "x", y', "line\r\nbreak"],
      ["1", "2", "3"],
    ]);
  });

  it("ends rows at CRLF, LF or CR, and keeps empty fields", () => {
    expect(readCsvRows("a,,c\nd\re,")).toEqual([["a", "", "c"], ["d"], ["e", ""]]);
  });

  it("reads back what the export writes", () => {
    const cells = ["plain", 'say "hi"', "a, b", "two\nlines", "=1+1", " @x"];
    expect(readCsvRows(cells.map(csvCell).join(",") + "\r\n")).toEqual([cells.map((c) => (/^[ ]*[=@]/.test(c) ? `'${c}` : c))]);
  });

  it("refuses an unclosed quote", () => {
    expect(() => readCsvRows('a,"b')).toThrow(CsvError);
  });
});

describe("readCsvRecords", () => {
  it("keys rows by the header, skips blank lines and a BOM", () => {
    expect(readCsvRecords("\uFEFFid,name\r\n1,Kyiv\r\n\r\n2\r\n")).toEqual([
      { id: "1", name: "Kyiv" },
      { id: "2", name: "" },
    ]);
  });
});
