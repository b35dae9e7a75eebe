// Stage 3 of the pipeline: find the actors an article mentions and say how each was recognised.
//
// Each sentence is tokenised and matched against the dictionary trie (match-tokens.ts); title
// phrases are parsed around title words (title-phrase.ts); then the sentence's units — title
// phrases, remaining dictionary hits, group expressions ("the two leaders") and capitalised words
// — are read left to right while a Discourse remembers who has been introduced. Resolutions:
//   name         full name or alias ("Emmanuel Macron", "Zelensky")
//   surname      a short form after the full name, after a title/honorific, or of a well-known leader
//   title        "the Russian President" → the holder on the article date; "the President" → the
//                most salient president (the site's own leader breaks ties: kremlin.ru → Putin)
//   institution  White House → United States (venues after "in"/"at" are places, not actors)
//   metonym      a capital as grammatical subject: "Moscow has denied" → Russia
//   demonym      an adjective with a collective noun: "the Russian side", "American troops"
//   coreference  "his US counterpart" → the US holder of the possessor's office; "the two leaders"
//                → the two people named before (two mentions with the same span)
//   ad-hoc       a person not in the dictionary, introduced with a title ("the French ambassador in
//                Washington, Philippe Etienne"): an ActorRecord is made from the name and title and
//                returned in `actors`; the surname then works as for dictionary people
//   user-alias   an alias the user added (buildActorDictionary's extraAliases)
// Pronouns ("he", "his" alone) are not resolved: doing it safely needs a parser.
import type { ActorMention, ActorRecord, ActorResolution, ParsedArticle, Sentence } from "../types";
import type { ActorEntry } from "./actor-entry";
import { defaultActorDictionary, roleOn, type ActorDictionary, type LexEntry } from "./dictionary";
import { Discourse, hostStateOf } from "./discourse";
import {
  LEADING_OFFICES, holdsOfficeOn, mainOffice, officesFor, singleHolder, whereOf, type Where,
} from "./holders";
import {
  PRECEDER_BLOCKERS, CLAUSE_OPENERS, HONORIFICS, LOCATIVE_PREPOSITIONS, MONTHS, NAME_FOLLOWER_BLOCKERS, NAME_LIKE_STATE_NAMES,
  PREPOSITIONS, RESOLVABLE_OFFICES, SUBJECT_ADVERBS, SUBJECT_VERBS, WEEKDAYS, type TitleOffice,
} from "./lexicon";
import { asciiName, slugify } from "./normalise";
import { officeOf, rolesOn } from "./roles";
import { PERSON_LIKE, entriesOf, has, viewSentence, type SentenceView } from "./sentence-view";
import { nameRun, parseTitle, type TitleParse } from "./title-phrase";
import { Gap, Shape, tokenise } from "./tokenise";
import type { Office } from "./actor-entry";
import { findGroups, findPluralTitles, type GroupExpression, type PluralTitle } from "./group-expressions";
import { METONYM_OVERRIDES } from "./data/organisations";

export interface ActorMentions {
  mentions: ActorMention[];
  /** Records of every actor mentioned, including ad-hoc people (`adHoc: true`). */
  actors: ActorRecord[];
}

export function findActorMentions(article: ParsedArticle, sentences: Sentence[], dict: ActorDictionary = defaultActorDictionary()): ActorMentions {
  const d = new Discourse(dict, article.date, hostStateOf(article), article.text);
  for (const s of sentences) new SentenceReader(d, article.text, viewSentence(dict, article.text, s.start, s.end, s.index)).read();
  const mentions = [...d.mentions].sort((a, b) => a.start - b.start || a.end - b.end || a.slug.localeCompare(b.slug));
  return { mentions, actors: d.actors() };
}

type Unit =
  | { kind: "title"; at: number; parse: TitleParse }
  | { kind: "hit"; at: number; hit: number }
  | { kind: "group"; at: number; group: GroupExpression }
  | { kind: "word"; at: number }
  | { kind: "plural"; at: number; plural: PluralTitle }
  | { kind: "first-person"; at: number };

/** How many sentences back "the President" may look for its referent. */
const SALIENCE_WINDOW = 3;

/** Offices "the President" alone may resolve to by salience. */
const BARE_OFFICES = new Set<TitleOffice>(["president", "head-of-state", "head-of-government", "leader", "monarch"]);

class SentenceReader {
  constructor(
    private readonly d: Discourse,
    private readonly text: string,
    private readonly v: SentenceView,
  ) {}

  read(): void {
    const firstPerson: number[] = [];
    for (const unit of this.units()) {
      switch (unit.kind) {
        case "title":
          this.readTitle(unit.parse);
          break;
        case "hit":
          this.readHit(unit.hit);
          break;
        case "group":
          this.readGroup(unit.group);
          break;
        case "word":
          this.readWord(unit.at);
          break;
        case "plural":
          this.readPlural(unit.plural);
          break;
        case "first-person":
          firstPerson.push(unit.at);
          break;
      }
    }
    // "I" after the sentence's own speaker label ("Vladimir Putin: No, I cannot.") is that speaker.
    this.readSpeakerLabel();
    for (const i of firstPerson) this.readFirstPerson(i);
  }

  /**
   * A transcript's speaker label: capitalised words (a title, a name) and a colon opening the
   * sentence. A known person becomes the speaker of the following "I"; an unknown one ("Oleg
   * Kuzmin: Good afternoon, I am ...") stops "I" from being read as the site's leader.
   */
  private readSpeakerLabel(): void {
    const { tokens } = this.v;
    let k = 0;
    while (k < tokens.length && k < 12) {
      const t = tokens[k]!;
      if (t.shape === Shape.Lower && t.norm !== "of" && t.norm !== "the" && t.norm !== "and") return;
      if (this.text[t.end] === ":") break;
      k++;
    }
    if (k >= tokens.length || k >= 12 || this.text[tokens[k]!.end] !== ":") return;
    const labelEnd = tokens[k]!.end;
    const label = this.text.slice(tokens[0]!.start, labelEnd);
    const person = [...this.d.mentions]
      .reverse()
      .find((m) => m.sentenceIndex === this.v.index && m.end <= labelEnd && this.d.record(m.slug)?.kind === "person");
    if (person) this.d.setSpeaker(person.slug, label);
    else this.d.setUnknownSpeaker(label);
  }

  /** Title phrases, free hits, group expressions and uncovered capitalised words, in text order. */
  private units(): Unit[] {
    const { v } = this;
    const units: Unit[] = [];
    const used = new Set<number>();
    const covered = new Uint8Array(v.tokens.length);
    const nested = new Set<number>();
    const parses: TitleParse[] = [];
    v.hits.forEach((h, k) => {
      if (!has(h, "title") || nested.has(k)) return;
      const parse = parseTitle(v, k);
      for (const n of parse.nested) nested.add(n);
      parses.push(parse);
    });
    for (const parse of parses) {
      if (nested.has(parse.hit)) continue;
      for (const u of parse.used) used.add(u);
      units.push({ kind: "title", at: parse.titleFrom, parse });
      if (parse.name && "from" in parse.name) {
        for (let i = parse.name.from; i < parse.name.to; i++) covered[i] = 1;
        // Words of an unknown name are not read again ("Volodomyr Zelenskiy": not also "Zelenskiy").
        v.hits.forEach((h, k) => {
          if (h.from >= (parse.name as { from: number }).from && h.to <= (parse.name as { to: number }).to) used.add(k);
        });
      }
    }
    for (const pl of findPluralTitles(v)) {
      for (const u of pl.used) used.add(u);
      units.push({ kind: "plural", at: pl.from, plural: pl });
    }
    v.hits.forEach((h, k) => {
      for (let i = h.from; i < h.to; i++) covered[i] = 1;
      if (!used.has(k) && !has(h, "title")) units.push({ kind: "hit", at: h.from, hit: k });
    });
    for (const g of findGroups(v)) units.push({ kind: "group", at: g.from, group: g });
    v.tokens.forEach((t, i) => {
      if (!covered[i] && t.shape === Shape.Capitalised && this.d.adHocShort.size) units.push({ kind: "word", at: i });
      if (t.raw === "I" && !this.d.insideQuotes(t.start)) units.push({ kind: "first-person", at: i });
    });
    return units.sort((a, b) => a.at - b.at);
  }

  // ------------------------------------------------------------------ emitting

  private emit(slug: string, from: number, to: number, via: ActorResolution, why: string, extra: Partial<ActorMention> = {}): void {
    const start = this.v.tokens[from]!.start;
    const end = this.v.tokens[to - 1]!.end;
    this.d.add({ slug, start, end, text: this.text.slice(start, end), sentenceIndex: this.v.index, via, why, ...extra });
  }

  private phraseText(from: number, to: number): string {
    return this.text.slice(this.v.tokens[from]!.start, this.v.tokens[to - 1]!.end);
  }

  private describe(actor: ActorEntry): string {
    const role = actor.kind === "person" ? roleOn(actor, this.d.date) : null;
    return role ? `${actor.name} (${role} on ${this.d.date})` : actor.name;
  }

  // ------------------------------------------------------------------ title phrases

  /** The state or organisation a title belongs to: its modifier, else its "of" complement, else implied. */
  private whereOfTitle(p: TitleParse): { where: Where; actor: ActorEntry; via: ActorResolution } | null {
    const fromHit = (k: number) => {
      const hit = this.v.hits[k]!;
      for (const e of hit.entries) {
        if (!e.slug) continue;
        let actor = this.d.dict.records.get(e.slug);
        if (e.kind === "institution" && actor?.standsFor) actor = this.d.dict.records.get(actor.standsFor);
        const where = actor && whereOf(actor);
        if (actor && where) return { where, actor, via: (e.kind === "adjective" ? "demonym" : e.kind === "institution" ? "institution" : "name") as ActorResolution };
      }
      return null;
    };
    for (let i = p.modifiers.length - 1; i >= 0; i--) {
      const w = fromHit(p.modifiers[i]!);
      if (w) return w;
    }
    for (const c of p.complements) {
      if (c.prep !== "of" && c.prep !== "for") continue;
      const w = fromHit(c.hit);
      if (w) return w;
    }
    const implied = p.phrase.body ?? p.phrase.implies;
    if (implied) {
      const actor = this.d.dict.records.get(implied) ?? this.d.dict.stateByCode.get(implied);
      const where = actor && whereOf(actor);
      if (actor && where) return { where, actor, via: "title" };
    }
    return null;
  }

  private readTitle(p: TitleParse): void {
    const titleText = this.phraseText(p.titleFrom, p.to);
    const w = this.whereOfTitle(p);
    if (p.name && "hit" in p.name) {
      const slug = this.readNamedPerson(p.name.hit, `introduced as "${titleText}"`, { office: p.office, where: w?.where ?? null });
      if (slug && p.office === "counterpart") this.emitCounterpart(p, slug, `named right after it`);
      return;
    }
    if (p.name) {
      const slug = this.readAdHocPerson(p, p.name, titleText, w);
      if (slug && p.office === "counterpart") this.emitCounterpart(p, slug, `named right after it`);
      return;
    }
    if (p.office === "counterpart") {
      this.readCounterpart(p, w?.where ?? null);
      return;
    }
    const appositive = this.appositiveName(p);
    if (appositive) {
      this.readAdHocPerson(p, appositive, titleText, w);
      return;
    }
    const quoted = this.phraseText(p.from, p.to);
    const current = !p.notCurrent && !p.deputy && !(p.det && ["a", "an", "our", "my", "your"].includes(p.det));
    if (current && RESOLVABLE_OFFICES.has(p.office) && this.definite(p)) {
      if (w) {
        const holder = singleHolder(this.d.dict, w.where, officesFor(this.d.dict, p.office, w.where), this.d.date);
        if (holder) {
          this.emit(holder.slug, p.from, p.to, "title", `"${quoted}" on ${this.d.date} was ${this.describe(holder)}`);
          return;
        }
      } else if (
        BARE_OFFICES.has(p.office) && p.det === "the" && !p.unknownComplement && !this.followedByComplementOrName(p.to) &&
        // Inside a quote "the President" is usually someone else than the narrator's president.
        !this.d.insideQuotes(this.v.tokens[p.from]!.start)
      ) {
        if (this.readBareTitle(p, quoted)) return;
      }
    }
    // An unnamed official still stands for their state: "a Russian diplomat", "the French ambassador".
    if (w && (w.where.kind === "state" || w.actor.kind === "organisation")) {
      this.emit(w.actor.slug, p.from, p.to, w.via === "title" ? "name" : w.via, `"${quoted}": an unnamed office-holder of ${w.actor.name}`);
    }
  }

  /**
   * A title-only mention must refer to one definite person: "the Russian President", "Russia's
   * president", or a press release's "President of Ukraine thanked ..." at the start of a
   * sentence or after "with/by/to". "a former prime minister and foreign minister of Sweden" does
   * not; nor does "the Premier League".
   */
  private definite(p: TitleParse): boolean {
    const next = this.v.tokens[p.to];
    if (next && next.gap === Gap.Space && next.shape === Shape.Capitalised && this.v.startsAt[p.to] === -1) return false;
    // "Lithuania's chief diplomatic representative": "chief" as an adjective.
    if (
      p.phrase.phrase.toLowerCase() === "chief" && next && next.gap === Gap.Space && next.shape === Shape.Lower &&
      !["of", "for", "to"].includes(next.norm) && !SUBJECT_VERBS.has(next.norm) && !/ed$/.test(next.norm)
    ) return false;
    if (p.det === "the" || p.modifiers.some((k) => this.v.tokens[this.v.hits[k]!.to - 1]!.poss)) return true;
    if (p.det !== null) return false;
    const prev = this.v.tokens[p.from - 1];
    return !prev || this.v.tokens[p.from]!.gap === Gap.Hard || ["with", "by", "to", "from", "between", "for"].includes(prev.norm);
  }

  /** "the leader of the centre-left party": an unparsed complement means a different office. */
  private followedByComplementOrName(to: number): boolean {
    const next = this.v.tokens[to];
    return !!next && next.gap === Gap.Space && (next.norm === "of" || next.norm === "for" || next.shape === Shape.Capitalised);
  }

  /**
   * "the President" with no state: a holder of that office named in the last few sentences, the
   * most mentioned and most recent first; on a leader's own site, that leader breaks ties and is
   * the default.
   */
  private readBareTitle(p: TitleParse, quoted: string): boolean {
    const offices: Office[] = p.office === "head-of-government" ? ["head-of-government"] : p.office === "monarch" ? ["monarch"] : p.office === "leader" ? ["president", "head-of-government", "monarch"] : ["president", "monarch", "pope"];
    const wanted = new Set<Office>(offices);
    const start = this.v.tokens[p.from]!.start;
    let best: { slug: string; score: number; last: number } | null = null;
    const recent = new Map<string, { count: number; last: number; lastSentence: number }>();
    for (const x of this.d.persons) {
      if (x.start >= start || x.sentence < this.v.index - SALIENCE_WINDOW) continue;
      const r = recent.get(x.slug) ?? { count: 0, last: -1, lastSentence: -1 };
      recent.set(x.slug, { count: r.count + 1, last: x.start, lastSentence: x.sentence });
    }
    for (const [slug, { count, last, lastSentence }] of recent) {
      const actor = this.d.record(slug);
      if (!actor || !holdsOfficeOn(actor, wanted, this.d.date)) continue;
      const onHostSite = this.d.hostState !== null && rolesOn(actor, this.d.date).some((r) => r.country === this.d.hostState && wanted.has(officeOf(r)));
      const score = count + (lastSentence >= this.v.index - 1 ? 2 : 0) + (onHostSite ? 2 : 0);
      if (!best || score > best.score || (score === best.score && last > best.last)) best = { slug, score, last };
    }
    if (best) {
      const actor = this.d.record(best.slug)!;
      const site = this.d.hostState ? `; the article is from the ${this.d.hostState} leader's site` : "";
      this.emit(best.slug, p.from, p.to, "title", `"${quoted}": the most salient ${offices[0]} of the last sentences is ${this.describe(actor)}${site}`);
      return true;
    }
    if (this.d.hostState) {
      const host = this.d.dict.stateByCode.get(this.d.hostState);
      const where = host && whereOf(host);
      const holder = where && singleHolder(this.d.dict, where, offices, this.d.date);
      if (holder) {
        this.emit(holder.slug, p.from, p.to, "title", `"${quoted}" on the ${host!.name} leader's own site: ${this.describe(holder)}`);
        return true;
      }
    }
    return false;
  }

  /** "Jean-Charles Ellermann-Kingombe, Head of the Foreign Policy Department of ...": a name before ", Title". */
  private appositiveName(p: TitleParse): { from: number; to: number } | null {
    const { v } = this;
    if (v.tokens[p.from]?.gap !== Gap.Comma || (p.det !== null && p.det !== "the") || p.notCurrent) return null;
    if (p.modifiers.length === 0 && p.complements.length === 0) return null;
    for (let start = Math.max(0, p.from - 4); start <= p.from - 2; start++) {
      if (start > 0 && v.tokens[start]!.gap !== Gap.Hard && v.tokens[start]!.gap !== Gap.Comma && v.tokens[start - 1]!.shape !== Shape.Lower) continue;
      const run = nameRun(v, start, 4);
      if (run && run.to === p.from) return run;
    }
    return null;
  }

  /**
   * "Volodomyr Zelenskiy", "Leonid Makarovych Kravchuk": an unknown full name whose surname is a
   * known person's and whose given name is that person's (or a misspelling of it).
   */
  private knownSpelling(span: { from: number; to: number }, w: { where: Where } | null): ActorEntry | null {
    const surname = this.v.tokens[span.to - 1]!.norm;
    const given = this.v.tokens[span.from]!.norm;
    const node = this.d.dict.root.next?.get(surname);
    const slugs = unique((node?.entries ?? []).filter((e) => e.kind === "short").map((e) => e.slug!));
    const fits = slugs
      .map((s) => this.d.record(s)!)
      .filter((a) => !w || a.country === w.where.code || a.roles.some((r) => r.country === w.where.code))
      .filter((a) => [a.name, ...a.aliases].some((n) => editDistance(tokenise(n)[0]?.norm ?? "", given) <= 2));
    return fits.length === 1 ? fits[0]! : null;
  }

  private readAdHocPerson(p: TitleParse, span: { from: number; to: number }, titleText: string, w: { where: Where; actor: ActorEntry } | null): string | null {
    const written = this.phraseText(span.from, span.to);
    const variant = this.knownSpelling(span, w);
    if (variant) {
      this.emit(variant.slug, span.from, span.to, "name", `"${written}", introduced as "${titleText}", is a spelling of ${this.describe(variant)} (same surname, near-same given name)`);
      return variant.slug;
    }
    const name = asciiName(written).replace(/\s*-\s*/g, "-").replace(/\s+/g, " ");
    let slug = slugify(name);
    const known = this.d.dict.records.get(slug);
    if (known && known.name !== name) slug = `${slug}-ad-hoc`;
    if (!this.d.adHoc.has(slug) && !known) {
      const title = titleText.replace(/^(the|his|her|their|its)\s+/i, "");
      const record: ActorEntry = {
        slug,
        name,
        kind: "person",
        country: w?.where.code ?? null,
        aliases: written !== name ? [written] : [],
        roles: p.notCurrent ? [] : [{ title, country: w?.where.code ?? null, from: this.d.date, to: this.d.date }],
        adHoc: true,
      };
      this.d.adHoc.set(slug, record);
      // The surname with its hyphenated parts: "Lvova-Belova", not "Belova".
      let first = span.to - 1;
      while (first > span.from && this.v.tokens[first]!.gap === Gap.Join) first--;
      const surname = this.compoundKey(first, span.to);
      if (!this.d.adHocShort.has(surname)) this.d.adHocShort.set(surname, slug);
    }
    const target = known ? known.slug : slug;
    const note = p.notCurrent ? " (a former office)" : "";
    this.emit(target, span.from, span.to, "ad-hoc", `"${written}" introduced as "${titleText}"${note}: not in the dictionary, recorded as an ad-hoc person${w ? ` of ${w.actor.name}` : ""}`);
    return target;
  }

  // ------------------------------------------------------------------ counterparts and groups

  private emitCounterpart(p: TitleParse, slug: string, how: string): void {
    const actor = this.d.record(slug);
    if (!actor) return;
    this.emit(slug, p.from, p.to, "coreference", `"${this.phraseText(p.from, p.to)}": ${this.describe(actor)}, ${how}`);
  }

  /** "his US counterpart": the holder, in the named state, of the possessor's office. */
  private readCounterpart(p: TitleParse, where: Where | null): void {
    // "their counterpart": several possessors, no single counterpart.
    if (p.det === "their" || p.det === "its") return;
    const start = this.v.tokens[p.from]!.start;
    const recent = this.d.recentPersons(start, this.v.index, 3);
    const possessorSlug = recent[0];
    const possessor = possessorSlug ? this.d.record(possessorSlug) : null;
    if (!possessor) return;
    const quoted = this.phraseText(p.from, p.to);
    if (where) {
      const po = mainOffice(possessor, this.d.date);
      if (!po) return;
      const leading = po.office === "president" || po.office === "head-of-government" || po.office === "monarch";
      const offices = leading ? officesFor(this.d.dict, "leader", where) : [po.office];
      const holder = singleHolder(this.d.dict, where, offices, this.d.date);
      if (holder && holder.slug !== possessor.slug) {
        this.emit(holder.slug, p.from, p.to, "coreference", `"${quoted}": counterpart of ${this.describe(possessor)} in ${where.code} on ${this.d.date} → ${this.describe(holder)}`);
      }
      return;
    }
    // No state named: the other party of the conversation being reported.
    const other = recent.slice(1).map((s) => this.d.record(s)).find((a) => a && rolesOn(a, this.d.date).length > 0);
    if (other) this.emit(other.slug, p.from, p.to, "coreference", `"${quoted}": the other party to ${this.describe(possessor)} named before → ${this.describe(other)}`);
  }

  private readGroup(g: GroupExpression): void {
    const start = this.v.tokens[g.from]!.start;
    const window = g.needsTwoExactly ? 2 : 4;
    const recent = this.d.recentPersons(start, this.v.index, window).map((s) => this.d.record(s)!).filter(Boolean);
    const fits = (a: ActorEntry) => (g.offices ? holdsOfficeOn(a, g.offices, this.d.date) : true);
    let chosen = recent.filter(fits);
    if (g.preferLeaders) {
      const leaders = recent.filter((a) => holdsOfficeOn(a, LEADING_OFFICES, this.d.date));
      chosen = leaders.length >= 2 ? leaders : recent;
    }
    if (g.needsTwoExactly ? chosen.length !== 2 : chosen.length < 2) return;
    const pair = chosen.slice(0, 2).reverse();
    const quoted = this.phraseText(g.from, g.to);
    const names = pair.map((a) => a.name).join(" and ");
    for (const a of pair) this.emit(a.slug, g.from, g.to, "coreference", `"${quoted}": the two people named before — ${names}`);
  }

  /** "the Presidents of Poland and Lithuania", "Ukrainian and Russian delegations". */
  private readPlural(pl: PluralTitle): void {
    const quoted = this.phraseText(pl.from, pl.to);
    for (const stateSlug of pl.states) {
      const state = this.d.record(stateSlug);
      const where = state && whereOf(state);
      if (!state || !where) continue;
      if (pl.office === "delegation") {
        const group = [...this.d.dict.records.values()].find((r) => r.kind === "organisation" && r.country === state.country && /delegation$/i.test(r.name));
        if (group) this.emit(group.slug, pl.from, pl.to, "name", `"${quoted}": one of them is the ${group.name}`);
        else this.emit(state.slug, pl.from, pl.to, "demonym", `"${quoted}": one of them is the delegation of ${state.name}`);
        continue;
      }
      const holder = singleHolder(this.d.dict, where, officesFor(this.d.dict, pl.office, where), this.d.date);
      if (holder) this.emit(holder.slug, pl.from, pl.to, "title", `"${quoted}" on ${this.d.date}: for ${state.name}, ${this.describe(holder)}`);
    }
  }

  /** "I" on a leader's own site, outside quotes: the current speaker, or the site's leader. */
  private readFirstPerson(i: number): void {
    const speaker = this.d.speaker();
    if (!speaker) return;
    const actor = this.d.record(speaker.slug);
    if (!actor) return;
    this.emit(actor.slug, i, i + 1, "coreference", `"I" outside quotes: ${this.describe(actor)}, ${speaker.why}`);
  }

  // ------------------------------------------------------------------ dictionary hits

  private readHit(k: number): void {
    const hit = this.v.hits[k]!;
    const kinds = new Set(hit.entries.map((e) => e.kind));
    if (kinds.has("user-alias")) return void this.readUserAlias(k);
    if (kinds.has("person") || kinds.has("short")) {
      const prev = this.v.tokens[hit.from - 1];
      const honorific = prev && HONORIFICS.has(prev.norm) && this.v.startsAt[hit.from - 1] === -1;
      this.readNamedPerson(k, honorific ? `after "${prev.raw}"` : null, honorific ? { office: null, where: null } : null);
      return;
    }
    if (kinds.has("state")) return void this.readStateName(k);
    if (kinds.has("organisation")) return void this.readOrganisation(k);
    if (kinds.has("institution")) return void this.readInstitution(k);
    if (kinds.has("adjective")) return void this.readAdjective(k);
    if (kinds.has("capital")) return void this.readCapital(k);
  }

  private readUserAlias(k: number): void {
    const hit = this.v.hits[k]!;
    const e = entriesOf(hit, "user-alias")[0]!;
    const actor = this.d.record(e.slug!);
    if (actor) this.emit(actor.slug, hit.from, hit.to, "user-alias", `"${e.alias}" is a user-defined alias of ${this.describe(actor)}`);
  }

  /**
   * A person's name or short name. `licence` is set when a title or honorific introduces it,
   * which lets a surname resolve without an earlier full mention ("President Biden", "Mr Putin").
   */
  private readNamedPerson(k: number, context: string | null, licence: { office: TitleOffice | null; where: Where | null } | null): string | null {
    const hit = this.v.hits[k]!;
    const ctx = context ? `, ${context}` : "";
    if (has(hit, "user-alias")) {
      this.readUserAlias(k);
      return entriesOf(hit, "user-alias")[0]!.slug;
    }
    const full = unique(entriesOf(hit, "person").map((e) => e.slug!));
    if (full.length) {
      const slug = full.length === 1 ? full[0]! : this.pickByRole(full, licence);
      if (!slug) return null;
      const actor = this.d.record(slug)!;
      this.emit(slug, hit.from, hit.to, "name", `"${this.phraseText(hit.from, hit.to)}" is a name of ${this.describe(actor)}${ctx}`);
      return slug;
    }
    const resolved = this.resolveShort(k, licence);
    if (resolved) {
      const actor = this.d.record(resolved.slug)!;
      this.emit(resolved.slug, hit.from, hit.to, "surname", `"${this.phraseText(hit.from, hit.to)}" = ${this.describe(actor)}: ${resolved.why}${ctx}`);
      return resolved.slug;
    }
    return this.readWord(hit.from);
  }

  /** Of several people with one name, the one holding the title's office (or any office) on the date. */
  private pickByRole(slugs: string[], licence: { office: TitleOffice | null; where: Where | null } | null): string | null {
    const fits = (s: string, strict: boolean) => {
      const roles = rolesOn(this.d.record(s)!, this.d.date);
      return roles.some(
        (r) =>
          (!licence?.where || r.country === licence.where.code || r.body === licence.where.slug) &&
          (!strict || !licence?.office || officeOf(r) === licence.office),
      );
    };
    for (const strict of [true, false]) {
      const holding = slugs.filter((s) => fits(s, strict));
      if (holding.length === 1) return holding[0]!;
      if (holding.length > 1) return null;
    }
    return null;
  }

  private resolveShort(k: number, licence: { office: TitleOffice | null; where: Where | null } | null): { slug: string; why: string } | null {
    const hit = this.v.hits[k]!;
    if (this.looksLikeDate(hit.from, hit.to)) return null;
    const candidates = unique(entriesOf(hit, "short").map((e) => e.slug!));
    // 1. Someone with this short name was introduced earlier: the most recently mentioned one.
    const introduced = candidates.filter((s) => this.d.introduced.has(s));
    if (introduced.length) {
      const last = (s: string) => Math.max(...this.d.persons.filter((p) => p.slug === s).map((p) => p.start));
      const slug = introduced.sort((a, b) => last(b) - last(a))[0]!;
      return { slug, why: `named earlier in the article (sentence ${this.d.introduced.get(slug)})` };
    }
    // 2. A title says which office: the candidate holding it ("President Berdimuhamedov" in 2022).
    if (licence && candidates.length > 1) {
      const slug = this.pickByRole(candidates, licence);
      if (slug) return { slug, why: "the one holding that office on the article date" };
    }
    // 3. A very well-known leader.
    const famous = candidates.filter((s) => this.d.record(s)?.wellKnown);
    if (famous.length === 1) return { slug: famous[0]!, why: "a well-known leader, unambiguous by surname" };
    // 4. Introduced by a title or honorific and unambiguous.
    if (licence && candidates.length === 1) return { slug: candidates[0]!, why: "the only person in the dictionary with this name" };
    return null;
  }

  /** "May 9", "in May": a short name that is also a month or weekday is read as a date. */
  private looksLikeDate(from: number, to: number): boolean {
    const t = this.v.tokens[from]!;
    if (to - from !== 1 || !(MONTHS.has(t.norm) || WEEKDAYS.has(t.norm))) return false;
    const next = this.v.tokens[to];
    const prev = this.v.tokens[from - 1];
    if (next && next.shape === Shape.Digit) return true;
    return !!prev && ["in", "on", "of", "since", "until", "till", "by", "early", "late", "mid", "last", "next", "this", "from", "through", "during", "to", "before", "after", "each", "every"].includes(prev.norm);
  }

  private compoundKey(from: number, to: number): string {
    return this.v.tokens.slice(from, to).map((t) => t.norm).join("-");
  }

  /** A capitalised word (or hyphenated compound) not in the dictionary: an ad-hoc person's surname. */
  private readWord(i: number): string | null {
    if (i > 0 && this.v.tokens[i]!.gap === Gap.Join && this.v.tokens[i - 1]!.shape === Shape.Capitalised) return null;
    let to = i + 1;
    while (to < this.v.tokens.length && this.v.tokens[to]!.gap === Gap.Join && this.v.tokens[to]!.shape === Shape.Capitalised) to++;
    const slug = this.d.adHocShort.get(this.compoundKey(i, to));
    if (!slug || this.looksLikeDate(i, to)) return null;
    const actor = this.d.record(slug)!;
    this.emit(slug, i, to, "surname", `"${this.phraseText(i, to)}" = ${actor.name}, introduced earlier in the article (ad-hoc person)`);
    return slug;
  }

  private precededByLocative(from: number): boolean {
    let i = from - 1;
    if (this.v.tokens[i]?.norm === "the") i--;
    const prev = this.v.tokens[i];
    return !!prev && LOCATIVE_PREPOSITIONS.has(prev.norm) && this.v.tokens[i + 1]!.gap === Gap.Space;
  }

  private blocked(e: LexEntry, from: number, to: number): boolean {
    const prev = this.v.tokens[from - 1];
    const next = this.v.tokens[to];
    const before = PRECEDER_BLOCKERS[e.alias];
    if (before && prev && this.v.tokens[from]!.gap !== Gap.Hard && before.includes(prev.norm)) return true;
    const after = NAME_FOLLOWER_BLOCKERS[e.alias];
    if (after && next && after.includes(next.norm)) return true;
    // "Jordan Peterson", "Chad Wolf": a state name followed by an unknown capitalised word is a person.
    if (NAME_LIKE_STATE_NAMES.has(e.alias) && next && next.gap === Gap.Space && next.shape === Shape.Capitalised) {
      const nh = this.v.startsAt[to]!;
      if (nh === -1 || has(this.v.hits[nh]!, ...PERSON_LIKE)) return true;
    }
    return false;
  }

  private readStateName(k: number): void {
    const hit = this.v.hits[k]!;
    const e = entriesOf(hit, "state")[0]!;
    if (this.blocked(e, hit.from, hit.to)) return;
    const actor = this.d.record(e.slug!)!;
    const asPlace = this.precededByLocative(hit.from);
    const to = hit.to;
    const place = asPlace ? ` after "${this.v.tokens[hit.from - 1]!.raw}": may be a place` : "";
    this.emit(actor.slug, hit.from, to, "name", `"${this.phraseText(hit.from, hit.to)}" is a name of ${actor.name}${place}`, asPlace ? { asPlace: true } : {});
  }

  private readOrganisation(k: number): void {
    const hit = this.v.hits[k]!;
    const e = entriesOf(hit, "organisation")[0]!;
    const actor = this.d.record(e.slug!)!;
    this.emit(actor.slug, hit.from, hit.to, "name", `"${this.phraseText(hit.from, hit.to)}" is a name of ${actor.name}`);
  }

  private readInstitution(k: number): void {
    const hit = this.v.hits[k]!;
    // "in the Kremlin", "at the White House": a venue, left to the event stage as a place.
    if (this.precededByLocative(hit.from)) return;
    const e = entriesOf(hit, "institution")[0]!;
    const inst = this.d.record(e.slug!)!;
    const target = inst.standsFor ? this.d.record(inst.standsFor) : null;
    if (!target) return;
    this.emit(target.slug, hit.from, hit.to, "institution", `"${this.phraseText(hit.from, hit.to)}" (${inst.name}) stands for ${target.name}`);
  }

  /** Token index after a collective noun directly following `at`, or null. */
  private collectiveAfter(at: number): number | null {
    const h = this.v.startsAt[at] ?? -1;
    if (h === -1 || this.v.tokens[at]!.gap !== Gap.Space) return null;
    const hit = this.v.hits[h]!;
    return has(hit, "collective") ? hit.to : null;
  }

  /** "the Russian side", "American troops": an adjective is an actor only with a collective noun. */
  private readAdjective(k: number): void {
    const hit = this.v.hits[k]!;
    const e = entriesOf(hit, "adjective")[0]!;
    if (this.blocked(e, hit.from, hit.to)) return;
    const to = this.collectiveAfter(hit.to);
    if (to === null) return;
    const actor = this.d.record(e.slug!)!;
    const from = this.v.tokens[hit.from - 1]?.norm === "the" ? hit.from - 1 : hit.from;
    this.emit(actor.slug, from, to, "demonym", `"${this.phraseText(from, to)}": "${this.v.tokens[hit.from]!.raw}" stands for ${actor.name}`);
  }

  /** "Moscow has denied": a capital at subject position before a verb stands for its state. */
  private readCapital(k: number): void {
    const hit = this.v.hits[k]!;
    const e = entriesOf(hit, "capital")[0]!;
    if (this.blocked(e, hit.from, hit.to) || this.v.tokens[hit.to - 1]!.poss) return;
    if (!this.atSubjectPosition(hit.from)) return;
    const verb = this.verbAfter(hit.to) ?? this.conjoinedVerbAfter(hit.to);
    if (!verb) return;
    const state = this.d.record(e.slug!)!;
    const override = METONYM_OVERRIDES[e.alias];
    const target = (override && this.d.record(override)) || state;
    this.emit(target.slug, hit.from, hit.to, "metonym", `"${e.alias}" is the subject of "${verb}": the capital stands for ${target.name}`);
  }

  private atSubjectPosition(from: number): boolean {
    const t = this.v.tokens[from]!;
    if (from === 0 || t.gap === Gap.Hard || t.gap === Gap.Comma) return true;
    const prev = this.v.tokens[from - 1]!;
    return CLAUSE_OPENERS.has(prev.norm) && !PREPOSITIONS.has(this.v.tokens[from - 2]?.norm ?? "");
  }

  private verbAfter(to: number): string | null {
    let i = to;
    for (let skipped = 0; skipped <= 2; skipped++) {
      const t = this.v.tokens[i];
      if (!t || t.gap !== Gap.Space || t.shape !== Shape.Lower) return null;
      // "Berlin is the largest city": a copula describes the place; "Moscow is ready to" acts.
      if (COPULAS.has(t.norm) && !this.actsAfterCopula(i + 1)) return null;
      if (SUBJECT_VERBS.has(t.norm)) {
        // "has denied", "will respond": show the auxiliary with its verb.
        const after = this.v.tokens[i + 1];
        const withVerb = AUXILIARIES.has(t.norm) && after && after.gap === Gap.Space && after.shape === Shape.Lower;
        return this.phraseText(to, withVerb ? i + 2 : i + 1);
      }
      if (!SUBJECT_ADVERBS.has(t.norm)) return null;
      i++;
    }
    return null;
  }

  private actsAfterCopula(i: number): boolean {
    const t = this.v.tokens[i];
    return !!t && t.gap === Gap.Space && t.shape === Shape.Lower && (/ing$/.test(t.norm) || ACTING_AFTER_COPULA.has(t.norm));
  }

  /** "Moscow and Kyiv have agreed": a capital joined by "and" to another subject. */
  private conjoinedVerbAfter(to: number): string | null {
    const and = this.v.tokens[to];
    if (!and || and.norm !== "and") return null;
    const h = this.v.startsAt[to + 1] ?? -1;
    if (h === -1 || !has(this.v.hits[h]!, "capital", "state")) return null;
    return this.verbAfter(this.v.hits[h]!.to);
  }
}

const COPULAS = new Set(["is", "was", "are", "were"]);
const ACTING_AFTER_COPULA = new Set(["ready", "prepared", "willing", "unwilling", "determined", "reluctant", "keen", "open", "committed", "concerned", "not", "also", "still", "now", "trying", "unlikely", "likely", "expected", "believed", "said", "reported", "thought", "understood", "set", "poised", "due"]);
const AUXILIARIES = new Set(["has", "have", "had", "is", "was", "will", "would", "could", "should", "must", "may", "might", "can", "cannot", "does", "did"]);

/** Levenshtein distance, for telling a misspelt given name from another person's. */
function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length]!;
}

function unique<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}
