// One sentence as the mention finder sees it: tokens, dictionary hits, and lookups between the
// two (which hit starts or ends at a token). Built once per sentence and shared by the parsers.
import type { ActorDictionary, EntryKind, LexEntry } from "./dictionary";
import { matchTokens, type Hit } from "./match-tokens";
import { tokenise, type Token } from "./tokenise";

export interface SentenceView {
  index: number;
  tokens: Token[];
  hits: Hit[];
  /** Hit index starting at token i, or -1. */
  startsAt: number[];
  /** Hit index ending at token i (its last token), or -1. */
  endsAt: number[];
  /** Given names of the dictionary's people (folded, lower-case), to tell a name from an organisation's. */
  givenNames: ReadonlySet<string>;
}

export function viewSentence(dict: ActorDictionary, text: string, start: number, end: number, index: number): SentenceView {
  const tokens = tokenise(text, start, end);
  const hits = matchTokens(dict, tokens);
  // Plain arrays: small typed arrays cost more to allocate than they save here.
  const startsAt: number[] = new Array<number>(tokens.length).fill(-1);
  const endsAt: number[] = new Array<number>(tokens.length).fill(-1);
  for (let k = 0; k < hits.length; k++) {
    startsAt[hits[k]!.from] = k;
    endsAt[hits[k]!.to - 1] = k;
  }
  return { index, tokens, hits, startsAt, endsAt, givenNames: dict.givenNames };
}

export function entriesOf(hit: Hit, ...kinds: EntryKind[]): LexEntry[] {
  return hit.entries.filter((e) => kinds.includes(e.kind));
}

export function has(hit: Hit, ...kinds: EntryKind[]): boolean {
  return hit.entries.some((e) => kinds.includes(e.kind));
}

/** Hits that can stand for a state or organisation in front of or after a title. */
export const PLACE_LIKE: EntryKind[] = ["state", "adjective", "organisation", "institution", "capital"];
export const PERSON_LIKE: EntryKind[] = ["person", "short", "user-alias"];
