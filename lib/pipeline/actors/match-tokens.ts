// Walk a sentence's tokens through the dictionary trie and return the longest alias match at
// each position, left to right (a matched span is not searched again). A match may only run
// across soft gaps (space, hyphen, apostrophe): "Joe, Biden" is two words, not a name.
import { tokenFits, type ActorDictionary, type LexEntry } from "./dictionary";
import { Gap, type Token } from "./tokenise";

export interface Hit {
  /** Token index of the first token, and one past the last. */
  from: number;
  to: number;
  entries: LexEntry[];
}

function fitting(entries: LexEntry[], tokens: Token[], from: number): LexEntry[] {
  let out: LexEntry[] | null = null;
  for (const e of entries) {
    let ok = true;
    for (let k = 0; k < e.rules.length; k++) {
      if (!tokenFits(e, k, tokens[from + k]!)) {
        ok = false;
        break;
      }
    }
    if (ok) (out ??= []).push(e);
  }
  return out ?? NONE;
}
const NONE: LexEntry[] = [];

/** The longest dictionary match starting at token `i`, or null. */
export function matchAt(dict: ActorDictionary, tokens: Token[], i: number): Hit | null {
  let node = dict.root.next?.get(tokens[i]!.norm);
  let best: Hit | null = null;
  let j = i;
  while (node) {
    if (node.entries) {
      const entries = fitting(node.entries, tokens, i);
      if (entries.length) best = { from: i, to: j + 1, entries };
    }
    const next = tokens[j + 1];
    // A possessive may sit inside an alias ("People's Republic of China"); the trie decides.
    if (!next || (next.gap !== Gap.Space && next.gap !== Gap.Join) || !node.next) break;
    node = node.next.get(next.norm);
    j++;
  }
  return best;
}

/** All longest matches of a sentence, left to right, non-overlapping. */
export function matchTokens(dict: ActorDictionary, tokens: Token[]): Hit[] {
  const hits: Hit[] = [];
  let i = 0;
  while (i < tokens.length) {
    const hit = matchAt(dict, tokens, i);
    if (hit) {
      hits.push(hit);
      i = hit.to;
    } else i++;
  }
  return hits;
}
