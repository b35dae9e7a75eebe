// The evaluation harness on small hand-written documents: the TimeML and MEANTIME readers give
// exact offsets, and the metrics count what the README of temporal.ts says they count.
import { describe, expect, it } from "vitest";
import { evaluateCorpus, sameValue } from "./temporal";
import { parseMeantime, parseTml } from "./timeml-corpora";

const TML = `<?xml version="1.0" ?>
<TimeML>
<DOCID>T1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08" temporalFunction="false" functionInDocument="CREATION_TIME">19980108</TIMEX3></DCT>
<TEXT>
AT&amp;T <EVENT eid="e1">said</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-01-07">Wednesday</TIMEX3> that profit <EVENT eid="e2">rose</EVENT> for <TIMEX3 tid="t2" type="DURATION" value="P3Y">three years</TIMEX3>. Results are due <TIMEX3 tid="t3" type="DATE" value="1998-01-16">Jan. 16</TIMEX3> and in <TIMEX3 tid="t4" type="DATE" value="1998-Q1">the first quarter</TIMEX3>.
</TEXT>
</TimeML>`;

describe("parseTml", () => {
  const doc = parseTml(TML, "T1");

  it("reads the DCT and strips the tags, decoding entities", () => {
    expect(doc.dct).toBe("1998-01-08");
    expect(doc.text.trim().startsWith("AT&T said Wednesday that profit rose")).toBe(true);
  });

  it("gives each TIMEX3 its offsets in the plain text", () => {
    expect(doc.timexes.map((t) => [doc.text.slice(t.start, t.end), t.type, t.value])).toEqual([
      ["Wednesday", "DATE", "1998-01-07"],
      ["three years", "DURATION", "P3Y"],
      ["Jan. 16", "DATE", "1998-01-16"],
      ["the first quarter", "DATE", "1998-Q1"],
    ]);
  });
});

const MEANTIME = `<?xml version="1.0" ?><Document doc_id="1" doc_name="x" lang="en">
<token number="0" sentence="0" t_id="1">Boeing</token>
<token number="1" sentence="0" t_id="2">wins</token>
<token number="2" sentence="1" t_id="3">March</token>
<token number="3" sentence="1" t_id="4">01</token>
<token number="4" sentence="1" t_id="5">,</token>
<token number="5" sentence="1" t_id="6">2008</token>
<token number="6" sentence="2" t_id="7">It</token>
<token number="7" sentence="2" t_id="8">said</token>
<token number="8" sentence="2" t_id="9">&quot;</token>
<token number="9" sentence="2" t_id="10">yes</token>
<token number="10" sentence="2" t_id="11">&quot;</token>
<token number="11" sentence="2" t_id="12">on</token>
<token number="12" sentence="2" t_id="13">Friday</token>
<token number="13" sentence="2" t_id="14">.</token>
<token number="14" sentence="3" t_id="15">Later</token>
<token number="15" sentence="3" t_id="16">text</token>
<Markables>
<TIMEX3 functionInDocument="CREATION_TIME" m_id="1" type="DATE" value="2008-03-01"><token_anchor t_id="3"/><token_anchor t_id="4"/><token_anchor t_id="5"/><token_anchor t_id="6"/></TIMEX3>
<TIMEX3 functionInDocument="NONE" m_id="2" type="DATE" value="2008-02-29"><token_anchor t_id="13"/></TIMEX3>
<TIMEX3 functionInDocument="NONE" m_id="3" type="DATE" value="2058"/>
<EVENT_MENTION m_id="4"><token_anchor t_id="8"/></EVENT_MENTION>
</Markables>
</Document>`;

describe("parseMeantime", () => {
  const doc = parseMeantime(MEANTIME, "M1");

  it("rebuilds the text a line per sentence with English spacing", () => {
    expect(doc.text).toBe("Boeing wins\nMarch 01, 2008\nIt said “yes” on Friday.\nLater text");
  });

  it("anchors timexes to the rebuilt text, marks the DCT and skips empty markables", () => {
    expect(doc.dct).toBe("2008-03-01");
    expect(doc.timexes.map((t) => [t.text, t.value, t.isDct])).toEqual([
      ["March 01, 2008", "2008-03-01", true],
      ["Friday", "2008-02-29", false],
    ]);
  });

  it("takes the DCT from the dateline the CREATION_TIME markable annotates when its value is mistyped", () => {
    const typo = MEANTIME.replace('value="2008-03-01"', 'value="03-01-2008"');
    expect(parseMeantime(typo, "M2").dct).toBe("2008-03-01");
    expect(parseMeantime(MEANTIME.replace('value="2008-03-01"', 'value="2008-03-11"'), "M3").dct).toBe("2008-03-01");
  });

  it("ends the annotated part with the last sentence holding a markable", () => {
    expect(doc.text.slice(0, doc.annotatedEnd).endsWith("on Friday.")).toBe(true);
  });
});

describe("evaluateCorpus", () => {
  it("counts headline and overlap accuracy, misses and precision", () => {
    // Gold: "Wednesday" (right), "Jan. 16" (we read it as this year's: right), "the first
    // quarter" (right), plus an invented gold DATE over "profit" that we cannot find (missed).
    const doc = parseTml(TML, "T1");
    const profit = doc.text.indexOf("profit");
    doc.timexes.push({ start: profit, end: profit + 6, text: "profit", type: "DATE", value: "1998", isDct: false });
    const r = evaluateCorpus("tiny", [doc], 1);
    expect(r.goldDates).toBe(4);
    expect(r.missed).toBe(1);
    expect(r.overlapped).toBe(3);
    expect(r.correct).toBe(3);
    expect(r.headlineAccuracy).toBeCloseTo(0.75);
    expect(r.overlapAccuracy).toBeCloseTo(1);
    expect(r.ourDates).toBe(3);
    expect(r.precision).toBeCloseTo(1);
    expect(r.errors.map((e) => e.gold)).toEqual(["profit"]);
  });

  it("counts a wrong value as an error with what we said", () => {
    const doc = parseTml(TML.replace('value="1998-01-07"', 'value="1998-01-01"'), "T2");
    const r = evaluateCorpus("tiny", [doc], 1);
    expect(r.correct).toBe(2);
    expect(r.errors[0]).toMatchObject({ gold: "Wednesday", goldValue: "1998-01-01", ours: "Wednesday", ourValue: "1998-01-07" });
  });
});

describe("sameValue", () => {
  it("ignores case and week zero-padding, nothing else", () => {
    expect(sameValue("2000-W07", "2000-W7")).toBe(true);
    expect(sameValue("present_ref", "PRESENT_REF")).toBe(true);
    expect(sameValue("199", "199X")).toBe(false);
    expect(sameValue("1998-01", "1998-01-01")).toBe(false);
  });
});
