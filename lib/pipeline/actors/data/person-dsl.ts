// A compact notation for the hand-curated person data (persons-*.ts), so that several hundred
// dated roles stay readable and reviewable line by line.
//
// Dates are YYYY-MM-DD when the day is known. Where only the month or the year is known, write
// "YYYY-MM" or "YYYY": the role is then stored with that precision and widened to the whole month
// or year, so a date-based lookup never claims more than we know.

/** Offices the matcher reasons about; anything else is "other" with an explicit title. */
export type Office =
  | "president"
  | "vice-president"
  | "head-of-government"
  | "deputy-head-of-government"
  | "monarch"
  | "crown-prince"
  | "foreign-minister"
  | "deputy-foreign-minister"
  | "defence-minister"
  | "minister"
  | "secretary-general"
  | "deputy-secretary-general"
  | "director-general"
  | "high-representative"
  | "commissioner"
  | "spokesperson"
  | "adviser"
  | "national-security-adviser"
  | "chief-of-staff"
  | "deputy-chief-of-staff"
  | "speaker"
  | "military-chief"
  | "intelligence-chief"
  | "security-council-secretary"
  | "ambassador"
  | "envoy"
  | "mayor"
  | "regional-head"
  | "pope"
  | "other";

export interface RoleFact {
  office: Office;
  /** Alpha-3 state code or organisation code. */
  where: string;
  /** Written as in the DSL: YYYY-MM-DD, YYYY-MM or YYYY; null = open. */
  from: string | null;
  to: string | null;
  /** Explicit title; standard offices of states get one generated ("President of France"). */
  title?: string;
  /** Slug of the organisation body, when `where` is a code shared by several bodies (EU). */
  body?: string;
}

export interface PersonFact {
  name: string;
  /** The state or organisation the person acts for in 2017–2022 (gold `countries` column). */
  country: string;
  roles: RoleFact[];
  aliases?: string[];
  /** Surnames/short forms for second mentions; default: the last word of the name. */
  short?: string[];
  /** Short forms resolve without an earlier full mention (very well-known leaders). */
  wellKnown?: boolean;
}

export function role(office: Office, where: string, from: string | null, to: string | null, title?: string, body?: string): RoleFact {
  return { office, where, from, to, ...(title ? { title } : {}), ...(body ? { body } : {}) };
}

export const pres = (where: string, from: string | null, to: string | null, title?: string) => role("president", where, from, to, title);
export const vp = (where: string, from: string | null, to: string | null, title?: string) => role("vice-president", where, from, to, title);
export const hog = (where: string, from: string | null, to: string | null, title?: string) => role("head-of-government", where, from, to, title);
export const dhog = (where: string, from: string | null, to: string | null, title?: string) => role("deputy-head-of-government", where, from, to, title);
export const fm = (where: string, from: string | null, to: string | null, title?: string) => role("foreign-minister", where, from, to, title);
export const dm = (where: string, from: string | null, to: string | null, title?: string) => role("defence-minister", where, from, to, title);
export const mon = (where: string, from: string | null, to: string | null, title: string) => role("monarch", where, from, to, title);
export const min = (where: string, from: string | null, to: string | null, title: string) => role("minister", where, from, to, title);
export const other = (where: string, from: string | null, to: string | null, title: string) => role("other", where, from, to, title);

export function p(name: string, country: string, roles: RoleFact[], opts: Omit<PersonFact, "name" | "country" | "roles"> = {}): PersonFact {
  return { name, country, roles, ...opts };
}
