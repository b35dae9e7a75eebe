// Dated roles: which office an actor held on a given day. Roles known only to the month or year
// are widened (see normalise.widenDate) and lose to day-precise roles when both match.
import type { ActorRecord, DatedRole } from "../types";
import type { ActorRole, Office } from "./actor-entry";

function held(role: DatedRole, date: string): boolean {
  return (role.from === null || role.from <= date) && (role.to === null || date <= role.to);
}

const PRECISION_RANK = { day: 0, month: 1, year: 2 } as const;

/** Leading offices first, so a president who also chairs a council is shown as president. */
const OFFICE_RANK: Partial<Record<Office, number>> = {
  president: 0, monarch: 0, pope: 0, "head-of-government": 1, "crown-prince": 2, "secretary-general": 2, "high-representative": 2,
  "director-general": 2, "vice-president": 3, "foreign-minister": 3, "defence-minister": 4, "deputy-head-of-government": 5,
};

/** Roles held on `date` (YYYY-MM-DD), most precise and most senior first. */
export function rolesOn(actor: ActorRecord, date: string): ActorRole[] {
  return (actor.roles as ActorRole[])
    .filter((r) => held(r, date))
    .sort(
      (a, b) =>
        PRECISION_RANK[a.precision ?? "day"] - PRECISION_RANK[b.precision ?? "day"] ||
        (OFFICE_RANK[officeOf(a)] ?? 9) - (OFFICE_RANK[officeOf(b)] ?? 9),
    );
}

/** The title an actor held on `date`, or null: "President of France" for Macron on 2022-02-07. */
export function roleOn(actor: ActorRecord, date: string): string | null {
  return rolesOn(actor, date)[0]?.title ?? null;
}

/**
 * The office of a role: its `office` field, or read from a free-text title (roles of records the
 * app stores without one). Order matters: "Deputy Foreign Minister" is not a foreign minister.
 */
export function officeOf(role: DatedRole & { office?: Office }): Office {
  if (role.office) return role.office;
  const t = role.title.toLowerCase();
  if (/\b(deputy|vice|first deputy|under|assistant)\b/.test(t)) {
    if (/prime minister|premier|chancellor/.test(t)) return "deputy-head-of-government";
    if (/vice[- ]president/.test(t)) return "vice-president";
    if (/foreign|secretary of state/.test(t)) return "deputy-foreign-minister";
    if (/secretary[- ]general/.test(t)) return "deputy-secretary-general";
    return "other";
  }
  if (/defen[cs]e/.test(t)) return "defence-minister";
  if (/foreign|external affairs|secretary of state|relations with states/.test(t)) return "foreign-minister";
  if (/prime minister|premier|chancellor|taoiseach|chairman of the (council|cabinet) of ministers/.test(t)) return "head-of-government";
  if (/^president\b/.test(t)) return "president";
  if (/^(king|queen|emir|amir|sultan|emperor|grand duke|monarch)\b/.test(t)) return "monarch";
  if (/crown prince/.test(t)) return "crown-prince";
  if (/^pope\b/.test(t)) return "pope";
  if (/secretary[- ]general/.test(t)) return "secretary-general";
  if (/director[- ]general|managing director/.test(t)) return "director-general";
  if (/spokes|press secretary/.test(t)) return "spokesperson";
  if (/ambassador|permanent representative|chargé|charge d/.test(t)) return "ambassador";
  if (/minister/.test(t)) return "minister";
  return "other";
}

/** The key under which holders of an office are indexed: a body slug (EU bodies) or a code. */
export function roleKey(role: ActorRole): string {
  return role.body ?? role.country ?? "";
}
