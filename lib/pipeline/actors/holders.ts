// Resolve an office to the person who held it: "the Russian President" on 2022-02-07 → Putin,
// "his US counterpart" of Macron → Biden, "the IAEA chief" → Grossi. Only a single holder counts;
// two candidates mean we do not know, and nothing is returned.
import type { ActorEntry, Office } from "./actor-entry";
import { holdersOn, rolesOn, officeOf, type ActorDictionary } from "./dictionary";
import type { TitleOffice } from "./lexicon";

/** Offices that lead an organisation, in the order "the NATO chief" should try them. */
const ORGANISATION_HEADS: Office[] = ["secretary-general", "president", "director-general", "high-representative"];

export interface Where {
  /** Alpha-3 code for a state; organisation code otherwise. */
  code: string;
  /** Actor slug of the state or organisation (body slug for EU bodies). */
  slug: string;
  kind: "state" | "organisation";
}

export function whereOf(actor: ActorEntry): Where | null {
  if (!actor.country) return null;
  return { code: actor.country, slug: actor.slug, kind: actor.kind === "state" ? "state" : "organisation" };
}

/** The offices a title denotes for a given state or organisation, in order of preference. */
export function officesFor(dict: ActorDictionary, office: TitleOffice, where: Where): Office[] {
  if (where.kind === "organisation") {
    if (office === "head" || office === "leader") return ORGANISATION_HEADS;
    if (office === "head-of-state") return [];
    return office === "counterpart" ? [] : [office];
  }
  const leader = dict.stateByCode.get(where.code)?.leader ?? "president";
  switch (office) {
    case "leader":
    case "head":
      return [leader];
    case "head-of-state":
      return ["president", "monarch", "pope"];
    case "counterpart":
      return [];
    default:
      return [office];
  }
}

/** The single holder of the first of `offices` that has exactly one holder on `date`. */
export function singleHolder(dict: ActorDictionary, where: Where, offices: Office[], date: string): ActorEntry | null {
  // An organisation's own body first: "European Commission President" must not also find the
  // European Council's president through the shared code EU.
  const keys = where.kind === "organisation" ? [where.slug, where.code] : [where.code];
  for (const office of offices) {
    for (const key of keys) {
      const found = holdersOn(dict, key, office, date);
      if (found.length === 1) return found[0]!;
      if (found.length > 1) return null;
    }
  }
  return null;
}

/** The main office a person held on `date` (president, foreign minister...), or null. */
export function mainOffice(person: ActorEntry, date: string): { office: Office; where: string } | null {
  const role = rolesOn(person, date)[0];
  return role ? { office: officeOf(role), where: role.country ?? "" } : null;
}

/** Offices that make someone a "leader" for "the two leaders". */
export const LEADING_OFFICES = new Set<Office>(["president", "head-of-government", "monarch", "pope", "crown-prince", "secretary-general", "director-general", "high-representative"]);

export function holdsOfficeOn(person: ActorEntry, offices: ReadonlySet<Office>, date: string): boolean {
  return rolesOn(person, date).some((r) => offices.has(officeOf(r)));
}
