// Property-based tests of the API's parameter parsing (fast-check): for any query string,
// parseEventFilter returns instead of throwing; a refusal names a parameter that was actually
// sent, in the message too; an acceptance holds only valid values.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { MAX_LIMIT, eventFilterSchema, parseEventFilter } from "@/lib/data/event-filter";
import { EVENT_TYPES } from "@/lib/pipeline/types";

const KNOWN = ["actor", "actorMode", "type", "status", "from", "to", "q", "limit", "cursor"];

// Values: plausible ones (so that some filters pass) mixed with hostile ones.
const value = fc.oneof(
  fc.constantFrom(
    "",
    "emmanuel-macron",
    "joe-biden,olaf-scholz",
    "Emmanuel Macron",
    "call",
    "meeting,visit",
    "party",
    "occurred",
    "planned",
    "all",
    "any",
    "2022",
    "2022-02",
    "2022-02-07",
    "2022-02-30",
    "0000-01-01",
    "1",
    "500",
    "501",
    "0",
    "-1",
    "1e2",
    "0x10",
    " 5",
    "NaN",
    "Infinity",
    "2022-02-07~abc123",
    "<script>alert(1)</script>",
    "' OR 1=1 --",
    "%",
    "_",
    "\u0000",
    "__proto__",
  ),
  fc.string({ maxLength: 30 }),
  fc.string({ unit: "binary", maxLength: 250 }),
);
const key = fc.oneof(fc.constantFrom(...KNOWN), fc.constantFrom(...KNOWN), fc.constantFrom("__proto__", "constructor", "toString", "Limit", "actor[]", ""), fc.string({ maxLength: 10 }));
const query = fc.array(fc.tuple(key, value), { maxLength: 8 });

function paramsOf(pairs: Array<[string, string]>): URLSearchParams {
  const p = new URLSearchParams();
  for (const [k, v] of pairs) p.append(k, v);
  return p;
}

describe("parseEventFilter", () => {
  it("never throws; a refusal names a parameter that was sent, in `param` and in the message", () => {
    fc.assert(
      fc.property(query, (pairs) => {
        const params = paramsOf(pairs);
        const r = parseEventFilter(params);
        if (!r.ok) {
          expect(r.param).not.toBeNull();
          expect([...params.keys()]).toContain(r.param);
          expect(r.error).toContain(`\`${r.param}\``);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it("an accepted filter holds only valid values", () => {
    fc.assert(
      fc.property(query, (pairs) => {
        const r = parseEventFilter(paramsOf(pairs));
        if (!r.ok) return;
        const f = r.value;
        expect(eventFilterSchema.safeParse(f).success).toBe(true);
        expect(Number.isInteger(f.limit) && f.limit >= 1 && f.limit <= MAX_LIMIT).toBe(true);
        for (const t of f.type) expect(EVENT_TYPES).toContain(t);
        for (const a of f.actor) expect(a).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
        if (f.from) expect(f.from).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
        if (f.to) expect(f.to).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
        if (f.q !== undefined) expect(f.q.length).toBeLessThanOrEqual(200);
      }),
      { numRuns: 2000 },
    );
  });

  it("limit accepts exactly the whole numbers 1–500 written in digits", () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: -5, max: 600 }).map(String), fc.string({ maxLength: 6 })), (limit) => {
        const r = parseEventFilter(new URLSearchParams({ limit }));
        const valid = /^[0-9]+$/.test(limit) && Number(limit) >= 1 && Number(limit) <= MAX_LIMIT;
        expect(r.ok).toBe(valid);
        if (r.ok) expect(r.value.limit).toBe(Number(limit));
        else expect(r.param).toBe("limit");
      }),
      { numRuns: 1000 },
    );
  });
});
