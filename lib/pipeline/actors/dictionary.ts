// The compiled actor dictionary: one token trie over every alias (names, short names, state
// names, adjectives, capitals, organisations, institutions, groups, titles and collective nouns),
// plus indexes for the questions the mention finder asks: who is this slug, who held office X at
// Y on date D, which state does "French" stand for.
//
// Case rules, per alias token: a token with capitals after its first letter (NATO, US, EaP, G7)
// must match exactly; a capitalised token must meet a capitalised or upper-case word; a lower-case
// token ("von", "of", titles) matches any case. Diacritics never matter.
import type { ActorRecord } from "../types";
import type { ActorEntry, ActorRole, Office } from "./actor-entry";
import { buildActorRecords } from "./actor-records";
import { COLLECTIVE_NOUNS, TITLE_PHRASES, type TitlePhrase } from "./lexicon";
import { officeOf, roleKey, roleOn, rolesOn } from "./roles";
import { Shape, tokenise, type Token } from "./tokenise";

export { roleOn, rolesOn, officeOf };

export type EntryKind =
  | "person" // full name or alias of a person
  | "short" // surname/short form of a person
  | "state" // name of a state (or an unrecognised entity kept as an organisation)
  | "adjective" // "French"
  | "capital" // "Moscow"
  | "organisation"
  | "institution" // stands for a state/organisation
  | "title" // "President", "Foreign Minister"
  | "collective" // "side", "forces"
  | "user-alias";

export const enum CaseRule {
  Any = 0,
  Capitalised = 1,
  Exact = 2,
}

export interface LexEntry {
  kind: EntryKind;
  /** Actor slug; null for titles and collective nouns. */
  slug: string | null;
  /** The alias as written in the data. */
  alias: string;
  title?: TitlePhrase;
  rules: CaseRule[];
  /** Folded alias tokens (case kept) for exact comparison. */
  folded: string[];
}

interface TrieNode {
  next: Map<string, TrieNode> | null;
  entries: LexEntry[] | null;
}

export interface ActorDictionary {
  readonly records: ReadonlyMap<string, ActorEntry>;
  readonly root: TrieNode;
  /** State by alpha-3 code. */
  readonly stateByCode: ReadonlyMap<string, ActorEntry>;
  /** Holders of an office: key `${where}|${office}` where `where` is a code or body slug. */
  readonly holders: ReadonlyMap<string, Array<{ actor: ActorEntry; role: ActorRole }>>;
  /** First words of people's names ("emmanuel", "volodymyr"): evidence that a word starts a name. */
  readonly givenNames: ReadonlySet<string>;
  /** Aliases that could not be added (unknown slug, empty alias). */
  readonly warnings: string[];
}

function newNode(): TrieNode {
  return { next: null, entries: null };
}

function caseRuleOf(token: Token): CaseRule {
  const letters = token.folded.replace(/[^A-Za-z]/g, "");
  if (/\d/.test(token.raw)) return CaseRule.Exact;
  if (letters.length > 1 && /[A-Z]/.test(letters.slice(1))) return CaseRule.Exact;
  if (token.shape === Shape.Capitalised || token.shape === Shape.Upper) return CaseRule.Capitalised;
  return CaseRule.Any;
}

function insert(root: TrieNode, alias: string, kind: EntryKind, slug: string | null, title?: TitlePhrase, anyCase = false): boolean {
  const tokens = tokenise(alias);
  if (tokens.length === 0) return false;
  let node = root;
  for (const t of tokens) {
    if (!node.next) node.next = new Map();
    let child = node.next.get(t.norm);
    if (!child) {
      child = newNode();
      node.next.set(t.norm, child);
    }
    node = child;
  }
  const entry: LexEntry = {
    kind,
    slug,
    alias,
    rules: tokens.map((t) => (anyCase ? CaseRule.Any : caseRuleOf(t))),
    folded: tokens.map((t) => t.folded),
    ...(title ? { title } : {}),
  };
  node.entries ??= [];
  // The same alias twice adds nothing; "NATO" (exact) and "Nato" (capitalised) are both kept.
  const same = (e: LexEntry) =>
    e.kind === kind && e.slug === slug && e.title?.office === title?.office && e.rules.join() === entry.rules.join() && e.folded.join() === entry.folded.join();
  if (!node.entries.some(same)) node.entries.push(entry);
  return true;
}

function addActor(root: TrieNode, actor: ActorEntry): void {
  const names = [actor.name, ...actor.aliases];
  switch (actor.kind) {
    case "person":
      for (const n of names) insert(root, n, "person", actor.slug);
      for (const s of actor.shortNames ?? []) insert(root, s, "short", actor.slug);
      break;
    case "state":
      for (const n of names) insert(root, n, "state", actor.slug);
      for (const d of actor.demonyms ?? []) insert(root, d, "adjective", actor.slug);
      for (const c of actor.capitals ?? []) insert(root, c, "capital", actor.slug);
      break;
    case "organisation": {
      const kind: EntryKind = actor.standsFor ? "institution" : "organisation";
      for (const n of names) insert(root, n, kind, actor.slug);
      break;
    }
  }
}

function indexHolders(records: Iterable<ActorEntry>): Map<string, Array<{ actor: ActorEntry; role: ActorRole }>> {
  const index = new Map<string, Array<{ actor: ActorEntry; role: ActorRole }>>();
  for (const actor of records) {
    if (actor.kind !== "person") continue;
    for (const role of actor.roles) {
      // One key per role: the body slug for organisation roles (so the WFP's director is not the
      // UN's), the alpha-3 or organisation code otherwise.
      const where = roleKey(role);
      if (!where) continue;
      const key = `${where}|${officeOf(role)}`;
      let list = index.get(key);
      if (!list) index.set(key, (list = []));
      list.push({ actor, role });
    }
  }
  return index;
}

/**
 * Compile records (and users' own aliases) into a dictionary. Later records with the same slug
 * replace earlier ones, so the app can override a shipped record.
 */
export function buildActorDictionary(records: ActorRecord[], extraAliases: Array<{ slug: string; alias: string }> = []): ActorDictionary {
  const bySlug = new Map<string, ActorEntry>();
  for (const r of records) bySlug.set(r.slug, r as ActorEntry);
  const root = newNode();
  for (const actor of bySlug.values()) addActor(root, actor);
  for (const t of TITLE_PHRASES) insert(root, t.phrase, "title", null, t, true);
  for (const c of COLLECTIVE_NOUNS) insert(root, c, "collective", null, undefined, true);
  const warnings: string[] = [];
  for (const { slug, alias } of extraAliases) {
    if (!bySlug.has(slug)) warnings.push(`user alias "${alias}": no actor "${slug}"`);
    else if (!insert(root, alias.trim(), "user-alias", slug)) warnings.push(`user alias for "${slug}" is empty`);
  }
  const stateByCode = new Map<string, ActorEntry>();
  for (const a of bySlug.values()) if (a.kind === "state" && a.country) stateByCode.set(a.country, a);
  const givenNames = new Set<string>();
  for (const a of bySlug.values()) {
    if (a.kind !== "person") continue;
    for (const n of [a.name, ...a.aliases]) {
      const first = tokenise(n)[0];
      if (first && first.shape === Shape.Capitalised && first.raw.length > 1) givenNames.add(first.norm);
    }
  }
  return { records: bySlug, root, stateByCode, holders: indexHolders(bySlug.values()), givenNames, warnings };
}

let memo: ActorDictionary | null = null;

/** The dictionary of the project's shipped actor data, built once. */
export function defaultActorDictionary(): ActorDictionary {
  memo ??= buildActorDictionary(buildActorRecords());
  return memo;
}

export function lookupActor(slug: string, dict: ActorDictionary = defaultActorDictionary()): ActorEntry | null {
  return dict.records.get(slug) ?? null;
}

/**
 * Who held `office` for `where` (alpha-3, organisation code or body slug) on `date`. Day-precise
 * roles win over roles only known to the month or year, so an approximate record never shadows
 * an exact one.
 */
export function holdersOn(dict: ActorDictionary, where: string, office: Office, date: string): ActorEntry[] {
  const list = dict.holders.get(`${where}|${office}`);
  if (!list) return [];
  const found = list.filter(({ role }) => (role.from === null || role.from <= date) && (role.to === null || date <= role.to));
  const exact = found.filter(({ role }) => (role.precision ?? "day") === "day");
  const chosen = exact.length ? exact : found;
  return [...new Map(chosen.map(({ actor }) => [actor.slug, actor])).values()];
}

/** Check a text token against an entry's case rule for position `i`. */
export function tokenFits(entry: LexEntry, i: number, token: Token): boolean {
  switch (entry.rules[i]) {
    case CaseRule.Exact:
      return token.folded === entry.folded[i];
    case CaseRule.Capitalised:
      return token.shape !== Shape.Lower;
    default:
      return true;
  }
}
