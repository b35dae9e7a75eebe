// Assemble the project's actor data (lib/pipeline/actors/data) into ActorEntry records: states,
// organisations, institutions, groups, hand-curated persons and the generated Wikidata persons.
// Titles of standard offices are generated here ("President of France"), partial dates are
// widened with their precision recorded, and a curated person always wins over a Wikidata record
// for the same name.
import type { ActorEntry, ActorRole, LeaderOffice } from "./actor-entry";
import { STATES, stateNameInTitle, type StateFact } from "./data/states";
import { ORGANISATIONS, INSTITUTIONS, GROUPS, type OrganisationFact } from "./data/organisations";
import type { PersonFact, RoleFact } from "./data/person-dsl";
import { EURASIA_PERSONS } from "./data/persons-eurasia";
import { EUROPE_PERSONS } from "./data/persons-europe";
import { WORLD_PERSONS } from "./data/persons-world";
import { ORGANISATION_PERSONS } from "./data/persons-organisations";
import wikidata from "./data/wikidata-persons.json";
import { asciiName, foldDiacritics, slugify, widenDate } from "./normalise";

export const CURATED_PERSONS: PersonFact[] = [...EURASIA_PERSONS, ...EUROPE_PERSONS, ...WORLD_PERSONS, ...ORGANISATION_PERSONS];

const STATE_BY_CODE = new Map(STATES.map((s) => [s.code, s]));
const LEADER: Record<StateFact["leader"], LeaderOffice> = { P: "president", G: "head-of-government", M: "monarch" };

/** Organisation code → slug of the main body with that code ("NATO" → "nato"). */
const MAIN_BODY: Record<string, string> = Object.fromEntries(
  ORGANISATIONS.filter((o, i, all) => all.findIndex((x) => x.code === o.code) === i).map((o) => [o.code, o.slug]),
);
MAIN_BODY.EU = "eu";
MAIN_BODY.UN = "un";

export function stateSlug(state: StateFact): string {
  return slugify(state.name);
}

/** Title for the standard offices of a state; other offices must carry their own title. */
function standardTitle(r: RoleFact): string {
  const state = STATE_BY_CODE.get(r.where);
  if (!state) throw new Error(`role "${r.office}" at ${r.where} needs an explicit title`);
  const of = stateNameInTitle(state);
  switch (r.office) {
    case "president":
      return `President of ${of}`;
    case "vice-president":
      return `Vice President of ${of}`;
    case "head-of-government":
      if (r.where === "DEU" || r.where === "AUT") return `Federal Chancellor of ${of}`;
      return `Prime Minister of ${of}`;
    case "foreign-minister":
      if (r.where === "USA") return "Secretary of State of the United States";
      if (r.where === "GBR") return "Foreign Secretary of the United Kingdom";
      return `Minister of Foreign Affairs of ${of}`;
    case "defence-minister":
      if (r.where === "USA") return "Secretary of Defense of the United States";
      if (r.where === "GBR") return "Defence Secretary of the United Kingdom";
      return `Minister of Defence of ${of}`;
    default:
      throw new Error(`role "${r.office}" at ${r.where} needs an explicit title`);
  }
}

export function toActorRole(r: RoleFact): ActorRole {
  const from = r.from ? widenDate(r.from, false) : null;
  const to = r.to ? widenDate(r.to, true) : null;
  const rank = { day: 0, month: 1, year: 2 } as const;
  const coarsest = [from?.precision ?? "day", to?.precision ?? "day"].sort((a, b) => rank[b] - rank[a])[0]!;
  const isOrg = !STATE_BY_CODE.has(r.where);
  const body = r.body ?? (isOrg ? MAIN_BODY[r.where] : undefined);
  return {
    title: r.title ?? standardTitle(r),
    country: r.where,
    from: from?.date ?? null,
    to: to?.date ?? null,
    office: r.office,
    ...(body ? { body } : {}),
    ...(coarsest !== "day" ? { precision: coarsest } : {}),
  };
}

/** Particles that belong to a surname: "von der Leyen", "Van der Bellen", "al-Assad". */
const SURNAME_PARTICLES = new Set(["von", "van", "der", "de", "den", "da", "di", "du", "dos", "del", "la", "le", "al", "el", "bin", "ibn"]);

/** Default short name: the last word, with a preceding particle ("de Sousa"). */
export function defaultShortNames(name: string): string[] {
  const words = name.replace(/\s+/g, " ").trim().split(" ");
  if (words.length < 2) return [];
  let i = words.length - 1;
  while (i > 1 && SURNAME_PARTICLES.has(words[i - 1]!.toLowerCase())) i--;
  return [words.slice(i).join(" ")];
}

function personEntry(fact: PersonFact, wikidataId?: string): ActorEntry {
  const name = asciiName(fact.name);
  const shortNames = fact.short ?? defaultShortNames(name);
  const first = name.split(" ")[0]!;
  // "Volodymyr Zelensky": the given name with each surname variant is a full-name alias too.
  // Not for family-name-first names ("Xi Jinping" → "Xi"), where it would make "Xi Xi".
  const generated = name.includes(" ") ? shortNames.filter((s) => !name.endsWith(s) && !name.startsWith(`${s} `)).map((s) => `${first} ${s}`) : [];
  const aliases = unique([...(fact.aliases ?? []), ...generated, ...(name !== fact.name ? [fact.name] : [])]).filter((a) => a !== name);
  return {
    slug: slugify(name),
    name,
    kind: "person",
    country: fact.country,
    aliases,
    roles: fact.roles.map(toActorRole),
    ...(shortNames.length ? { shortNames } : {}),
    ...(fact.wellKnown ? { wellKnown: true } : {}),
    ...(wikidataId ? { wikidata: wikidataId } : {}),
  };
}

function stateEntry(s: StateFact): ActorEntry {
  return {
    slug: stateSlug(s),
    name: s.name,
    kind: "state",
    country: s.code,
    aliases: unique(s.names.filter((n) => n !== s.name)),
    roles: [],
    demonyms: s.adjectives,
    capitals: s.capitals,
    leader: LEADER[s.leader],
  };
}

function organisationEntry(o: OrganisationFact, standsFor?: string): ActorEntry {
  return {
    slug: o.slug,
    name: o.name,
    kind: "organisation",
    country: o.code,
    aliases: unique(o.aliases),
    roles: [],
    ...(standsFor ? { standsFor } : {}),
  };
}

function unique<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}

function nameKey(name: string): string {
  return foldDiacritics(name).toLowerCase().replace(/[^a-z0-9]+/g, " ").trim();
}

/** Every record the project ships: states, organisations, institutions, groups and persons. */
export function buildActorRecords(): ActorEntry[] {
  const records: ActorEntry[] = [
    ...STATES.map(stateEntry),
    ...ORGANISATIONS.map((o) => organisationEntry(o)),
    ...INSTITUTIONS.map((i) => organisationEntry(i, i.standsFor)),
    ...GROUPS.map((g) => organisationEntry(g)),
  ];
  const curated = CURATED_PERSONS.map((p) => personEntry(p));
  const curatedNames = new Set(curated.flatMap((p) => [p.name, ...p.aliases].map(nameKey)));
  const slugs = new Set([...records, ...curated].map((r) => r.slug));
  const generated: ActorEntry[] = [];
  for (const w of (wikidata as { persons: Array<PersonFact & { wikidata: string }> }).persons) {
    const entry = personEntry(w, w.wikidata);
    if ([entry.name, ...entry.aliases].some((n) => curatedNames.has(nameKey(n)))) continue;
    if (slugs.has(entry.slug)) entry.slug = `${entry.slug}-${w.wikidata.toLowerCase()}`;
    slugs.add(entry.slug);
    generated.push(entry);
  }
  return [...records, ...curated, ...generated];
}
