// Display names of the country and organisation codes stored on actors, events and places
// ("RUS" → "Russia", "NATO" → "NATO", "EU" → "European Union"), from the actor dictionary's facts.
import { STATES } from "@/lib/pipeline/actors/data/states";
import { ORGANISATIONS } from "@/lib/pipeline/actors/data/organisations";

const NAMES = new Map<string, string>();
for (const s of STATES) NAMES.set(s.code, s.name);
// An organisation code names the organisation whose slug is the code ("EU" → the EU itself, not
// one of its bodies); otherwise the first organisation listed with that code.
for (const o of ORGANISATIONS) if (!NAMES.has(o.code) && o.slug === o.code.toLowerCase()) NAMES.set(o.code, o.code === "EU" ? "European Union" : o.name);
for (const o of ORGANISATIONS) if (!NAMES.has(o.code)) NAMES.set(o.code, o.name);

/** The name of a country or organisation code, or the code itself when it is not known. */
export function countryName(code: string): string {
  return NAMES.get(code) ?? code;
}
