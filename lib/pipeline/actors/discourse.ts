// What the mention finder remembers while it reads an article left to right: which people have
// been introduced (so their surnames may be used), who was mentioned how often (salience for "the
// President"), the ad-hoc people created from titles, and the mentions found so far.
import type { ActorMention, ActorRecord, ParsedArticle } from "../types";
import type { ActorEntry } from "./actor-entry";
import type { ActorDictionary } from "./dictionary";
import { singleHolder, whereOf } from "./holders";

/** Sites whose own voice is one leader's: "the President" on kremlin.ru is Putin. */
const HOST_STATES: Array<[RegExp, string]> = [
  [/(^|\.)kremlin\.ru$/, "RUS"],
  [/(^|\.)president\.gov\.ua$/, "UKR"],
  [/(^|\.)whitehouse\.gov$/, "USA"],
  [/(^|\.)elysee\.fr$/, "FRA"],
  [/(^|\.)bundesregierung\.de$/, "DEU"],
  [/(^|\.)president\.pl$/, "POL"],
  [/(^|\.)akorda\.kz$/, "KAZ"],
  [/(^|\.)president\.az$/, "AZE"],
];

export function hostStateOf(article: ParsedArticle): string | null {
  if (!article.url) return null;
  let host: string;
  try {
    host = new URL(article.url).hostname.toLowerCase();
  } catch {
    return null;
  }
  return HOST_STATES.find(([re]) => re.test(host))?.[1] ?? null;
}

export interface PersonMentionRef {
  slug: string;
  sentence: number;
  start: number;
}

export class Discourse {
  readonly mentions: ActorMention[] = [];
  readonly persons: PersonMentionRef[] = [];
  readonly counts = new Map<string, number>();
  /** Slug → sentence where the person was introduced by full name, title or coreference. */
  readonly introduced = new Map<string, number>();
  readonly adHoc = new Map<string, ActorEntry>();
  /** Folded lower-case surname → ad-hoc slug. */
  readonly adHocShort = new Map<string, string>();
  private readonly seen = new Set<string>();

  /** [start, end) ranges of quoted speech, sorted. */
  private readonly quotes: Array<[number, number]>;
  /** The current transcript speaker: a known person, or null for an unknown one; undefined = none yet. */
  private labelledSpeaker: { slug: string; why: string } | null | undefined = undefined;

  constructor(
    readonly dict: ActorDictionary,
    readonly date: string,
    readonly hostState: string | null,
    text = "",
  ) {
    this.quotes = quoteRanges(text);
  }

  insideQuotes(offset: number): boolean {
    let lo = 0;
    let hi = this.quotes.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const [s, e] = this.quotes[mid]!;
      if (offset < s) hi = mid - 1;
      else if (offset >= e) lo = mid + 1;
      else return true;
    }
    return false;
  }

  /** A transcript's speaker label ("Vladimir Putin: Mr President, ..."). */
  setSpeaker(slug: string, label: string): void {
    this.labelledSpeaker = { slug, why: `the speaker labelled "${label}:"` };
  }

  /** A speaker label naming someone we cannot identify: "I" is then nobody we know. */
  setUnknownSpeaker(_label: string): void {
    this.labelledSpeaker = null;
  }

  /**
   * Who "I" is outside quotes. Only on a leader's own site (kremlin.ru, president.gov.ua...),
   * where unquoted first person is the leader's speech or a labelled speaker's: elsewhere "I"
   * is a columnist or an unattributed quote, and is left alone.
   */
  speaker(): { slug: string; why: string } | null {
    if (!this.hostState) return null;
    if (this.labelledSpeaker !== undefined) return this.labelledSpeaker;
    const state = this.dict.stateByCode.get(this.hostState);
    const where = state && whereOf(state);
    const holder = where && singleHolder(this.dict, where, [state!.leader ?? "president"], this.date);
    return holder ? { slug: holder.slug, why: `the article is from the ${state!.name} leader's own site` } : null;
  }

  record(slug: string): ActorEntry | null {
    return this.dict.records.get(slug) ?? this.adHoc.get(slug) ?? null;
  }

  add(m: ActorMention): void {
    const key = `${m.slug}|${m.start}|${m.end}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.mentions.push(m);
    const actor = this.record(m.slug);
    if (actor?.kind === "person") {
      this.persons.push({ slug: m.slug, sentence: m.sentenceIndex, start: m.start });
      this.counts.set(m.slug, (this.counts.get(m.slug) ?? 0) + 1);
      if (!this.introduced.has(m.slug)) this.introduced.set(m.slug, m.sentenceIndex);
    }
  }

  /** Distinct persons mentioned before `offset`, most recent first, within `window` sentences. */
  recentPersons(offset: number, sentence: number, window: number): string[] {
    const out: string[] = [];
    for (let i = this.persons.length - 1; i >= 0; i--) {
      const p = this.persons[i]!;
      if (p.start >= offset) continue;
      if (p.sentence < sentence - window) break;
      if (!out.includes(p.slug)) out.push(p.slug);
    }
    return out;
  }

  /** Every actor mentioned, dictionary and ad-hoc records alike, in order of first mention. */
  actors(): ActorRecord[] {
    const out = new Map<string, ActorRecord>();
    for (const m of this.mentions) {
      if (out.has(m.slug)) continue;
      const r = this.record(m.slug);
      if (r) out.set(m.slug, r);
    }
    return [...out.values()];
  }
}

/**
 * Ranges of quoted text: straight quotes toggle, curly and guillemet quotes open and close. A
 * quote left open runs to the end of its paragraph (the typographic convention for long quotes).
 */
export function quoteRanges(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === "\n") {
      if (open !== -1) out.push([open, i]);
      open = -1;
    } else if (c === '"') {
      if (open === -1) open = i;
      else {
        out.push([open, i + 1]);
        open = -1;
      }
    } else if (c === "“" || c === "«") {
      if (open === -1) open = i;
    } else if ((c === "”" || c === "»") && open !== -1) {
      out.push([open, i + 1]);
      open = -1;
    }
  }
  if (open !== -1) out.push([open, text.length]);
  return out;
}
