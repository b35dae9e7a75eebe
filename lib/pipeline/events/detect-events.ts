// Stage 5a: find events in sentences. For each trigger (triggers.ts) the stage decides who takes
// part and in which role, when it happened (or will), whether it is planned, where, and how sure
// we are. Mentions of one real event are merged afterwards (../merge.ts).
//
// Heuristics, in the order they apply, with the reason for each:
// - Attribution is not participation: in "…, the White House said" the White House reports the
//   call; it did not take part. Dates in that clause ("said on Monday") date the report.
// - A state named as a topic ("the Ukraine crisis") or a place ("in Ukraine") is not an actor.
// - A person stands for their state: with Macron present, "France" adds nothing.
// - Anaphora: "the call", "the two", "their second conversation", "The first took place" refer
//   to the latest event of the article; they inherit its actors (and for "the first", its type).
// - Press releases omit their own protagonist ("Telephone conversation with President of
//   France Emmanuel Macron"): a one-sided call or meeting gets the article's most-mentioned person.
import type {
  ActorMention,
  ActorPart,
  ActorRecord,
  DateExpression,
  EventActorRef,
  EventType,
  ExtractedEvent,
  ParsedArticle,
  Sentence,
} from "../types";
import { eventKey } from "../ids";
import { typeFamily } from "../merge";
import { roleOn as roleOnDate } from "../actors/roles";
import { lookupPlace, placeSpellings, type Place } from "../places";
import { buildEventTitle } from "./title";
import { BACKGROUND_BEFORE_NOUN, TRIGGERS, TRIGGER_VETO, WISHED_BEFORE_NOUN, type Trigger } from "./triggers";
import { ACCORDING_TO, INVERTED_ATTRIBUTION, ORG_TOPIC_AFTER, ORG_TOPIC_BEFORE, FUTURE_CUE, PAST_CUE, PLACE_PREPOSITION_BEFORE, REPORTING_VERB, TALK_ABOUT_CUE, TOPIC_AFTER, UNREAL_CUE } from "./cues";

export interface EventContext {
  article: ParsedArticle;
  sentences: Sentence[];
  mentions: ActorMention[];
  dates: DateExpression[];
  actors: ActorRecord[];
}

interface TriggerHit {
  trigger: Trigger;
  type: EventType;
  start: number; // offset in article text
  end: number;
  anaphoric: boolean;
}

const SYMMETRIC: ReadonlySet<EventType> = new Set(["call", "meeting", "summit", "statement", "agreement"]);
const DIRECTED_NEEDS_TARGET: ReadonlySet<EventType> = new Set(["aid", "sanction", "accusation", "warning", "appeal"]);

/** An article about a trip or a conference: "spoke with" there means in person. */
const IN_PERSON = /\b(?:following the [\w-]+ summit|on the sidelines of|on the margins of|during (?:his|her|the|a) (?:working |official |state )?(?:visit|trip)|in person|face-to-face|arrived in|is on a (?:working |official |state )?visit|(?:official|state) reception|(?:Conference|Summit|Forum) in [A-Z])/i;
/** Conversations that are phone calls only when nothing says they were in person. */
const IN_PERSON_NOTES = new Set(["spoke with", "conversation with", "had a conversation with"]);

const ANAPHORA = /\b(?:the two|both (?:leaders|presidents|sides|men|ministers)|their|the parties|the sides|the call|the talks|the meeting|the conversation|the first|the second|the latter)\b/i;
const FIRST_TOOK_PLACE = /\b(?:The|the) (?:first|second|third|previous|earlier|other|latest) (?:one )?(?:took place|was held|happened|came)\b/g;

export function detectEvents(ctx: EventContext): ExtractedEvent[] {
  const records = new Map(ctx.actors.map((a) => [a.slug, a]));
  const mentionsBySentence = groupBy(ctx.mentions, (m) => m.sentenceIndex);
  const datesBySentence = groupBy(ctx.dates, (d) => d.sentenceIndex);
  const protagonist = findProtagonist(ctx.mentions, records, ctx.sentences, ctx.article.text);
  const dateline = ctx.article.dateline?.span ?? null;
  const events: ExtractedEvent[] = [];

  // The setting of the article: its headline and lead say whether "spoke with" was in person.
  const setting = ctx.sentences.slice(0, 2).map((x) => x.text).join(" ");
  const inPerson = IN_PERSON.test(setting) && !/\bvideo|phone\b/i.test(setting);
  let frame: Frame | null = null;
  for (const s of ctx.sentences) {
    const hits = findTriggers(s, inPerson || IN_PERSON.test(s.text));
    const opened = openFrame(s, datesBySentence.get(s.index) ?? []);
    if (opened) frame = opened;
    else if (frame && (s.paragraph !== frame.paragraph || s.index - frame.sentence > 30)) frame = null;
    if (!hits.length) {
      const framed = frame && !opened ? framedEvent(ctx, s, frame, mentionsBySentence.get(s.index) ?? [], records, protagonist) : null;
      if (framed) events.push(framed);
      continue;
    }
    const mentions = (mentionsBySentence.get(s.index) ?? []).filter((m) => !(dateline && m.start >= dateline.start && m.end <= dateline.end));
    const dates = (datesBySentence.get(s.index) ?? []).filter(
      (d) => !(dateline && d.start >= dateline.start && d.end <= dateline.end) && (d.type === "DATE" || d.type === "TIME") && d.first !== null,
    );
    const attribution = attributionSpan(s, mentions, ctx.article.text);
    for (const hit of hits) {
      const destinations = hit.type === "visit" ? visitDestinations(ctx.article.text, s, hit, mentions, records) : [null];
      for (const destination of destinations) {
        const e = buildEvent(ctx, s, hit, mentions, dates, attribution, records, protagonist, events, destination);
        if (e) events.push(e);
      }
    }
  }
  return events;
}

// ---------------------------------------------------------------- frames

/**
 * A sentence that announces a series ("almost a marathon of phone conversations", "held a series
 * of meetings with leaders") frames the sentences after it in the paragraph: each that names a
 * foreign leader ("Lithuania. I thanked President Nausėda …") reports one of those contacts.
 */
interface Frame {
  type: "call" | "meeting";
  paragraph: number;
  sentence: number;
  date: DateExpression | null;
}

const FRAME = /\b(?:marathon|series|number|round|lot|day) of (?:\w+ ){0,2}?(?:(phone|telephone) )?(?:conversations|calls|talks|meetings|negotiations)\b|\bheld (?:several|many|numerous|a number of|a series of) (?:(phone|telephone) )?(?:conversations|calls|talks|meetings)\b/i;
const FRAMED_CONTACT = /\b(?:I|we|We|he|He|the President|The President)\b|\b(?:thanked|agreed|coordinated|invited|discussed|informed|conversation|talked|spoke|expressed gratitude|noted)\b/;

function openFrame(s: Sentence, dates: DateExpression[]): Frame | null {
  const m = FRAME.exec(s.text);
  if (!m) return null;
  const date = dates.find((d) => (d.type === "DATE" || d.type === "TIME") && d.first && d.precision === "day") ?? null;
  return { type: m[1] || m[2] ? "call" : "meeting", paragraph: s.paragraph, sentence: s.index, date };
}

function framedEvent(
  ctx: EventContext,
  s: Sentence,
  frame: Frame,
  mentions: ActorMention[],
  records: Map<string, ActorRecord>,
  protagonist: string | null,
): ExtractedEvent | null {
  if (!protagonist || !FRAMED_CONTACT.test(s.text)) return null;
  const home = records.get(protagonist)?.country ?? null;
  const leaders = [...new Map(mentions.filter((m) => records.get(m.slug)?.kind === "person" && records.get(m.slug)?.country !== home).map((m) => [m.slug, m])).values()];
  if (!leaders.length || leaders.length > 3) return null;
  // "I was happy to see in Kyiv …": in person, whatever the frame says.
  const type = frame.type === "call" && /\b(?:see|saw|welcome|welcomed|met|in Kyiv|visit(?:ed)?)\b/.test(s.text) && !/\binvited\b/.test(s.text) ? "meeting" : frame.type;
  const d = frame.date;
  const actors: EventActorRef[] = [{ slug: protagonist, part: "source", title: null }, ...leaders.map((m) => ({ slug: m.slug, part: "target" as ActorPart, title: null }))];
  const start = d?.first ?? ctx.article.date;
  const e: ExtractedEvent = {
    key: "",
    type,
    cameo: type === "call" ? "041" : "040",
    title: "",
    status: "occurred",
    statusCue: "explicit",
    start,
    end: null,
    precision: "day",
    dateBasis: d ? d.basis : "publication",
    datePhrase: d?.text ?? null,
    place: null,
    actors: actors.map((a) => ({ ...a, title: roleOn(records.get(a.slug), start) })),
    evidence: [{ sentenceIndex: s.index, start: s.start, end: s.end, quote: s.text, datePhrase: null }],
    confidence: 0.6,
  };
  e.key = eventKey(e);
  return e;
}

// ---------------------------------------------------------------- triggers

function findTriggers(s: Sentence, inPerson: boolean): TriggerHit[] {
  const hits: TriggerHit[] = [];
  const taken: Array<[number, number]> = [];
  const overlaps = (a: number, b: number) => taken.some(([x, y]) => a < y && x < b);
  for (const trigger of TRIGGERS) {
    trigger.pattern.lastIndex = 0;
    for (let m = trigger.pattern.exec(s.text); m; m = trigger.pattern.exec(s.text)) {
      const a = m.index;
      const b = a + m[0].length;
      if (overlaps(a, b)) continue;
      if (vetoed(trigger, s.text, a, b)) continue;
      taken.push([a, b]);
      hits.push({ trigger, type: trigger.type, start: s.start + a, end: s.start + b, anaphoric: /^the\b/i.test(m[0]) || /conversation$/i.test(m[0]) && /\b(?:second|third|first|latest|previous|new)\b/i.test(m[0]) });
    }
  }
  FIRST_TOOK_PLACE.lastIndex = 0;
  for (let m = FIRST_TOOK_PLACE.exec(s.text); m; m = FIRST_TOOK_PLACE.exec(s.text)) {
    const a = m.index;
    if (overlaps(a, a + m[0].length)) continue;
    hits.push({
      trigger: { type: "meeting", cameo: "040", pattern: FIRST_TOOK_PLACE, strength: "verb", note: "“the first took place”: type of the previous event" },
      type: "meeting",
      start: s.start + a,
      end: s.start + a + m[0].length,
      anaphoric: true,
    });
  }
  return dedupeFamilies(dropSubordinate(hits.sort((x, y) => x.start - y.start), s), s, inPerson);
}

/** A leading adverbial clause: "Following the emergency session of the CSTO Council (…), …". */
const LEADING_CLAUSE = /^(?:(?:In addition|Also|Moreover|Later|Earlier|Meanwhile|Besides),\s+)?(?:Following|After|Before|During|Ahead of|Prior to|On the sidelines of|On the margins of|In the course of|Within the framework of|As part of|At the end of|Upon|Upon completion of|Following up on|In the run-up to|On the eve of)\b[^,;]{0,220},/i;

/**
 * A trigger inside a leading adverbial clause names the background of the sentence's news
 * ("Following the talks, a joint statement was adopted"; "Following the session of the Council,
 * Putin and Rahmon spoke on the phone"): when the main clause has its own trigger, only that counts.
 */
function dropSubordinate(hits: TriggerHit[], s: Sentence): TriggerHit[] {
  // "… spoke with Tokayev following the CSTO summit": a trigger right after "following", "after",
  // "on the sidelines of" names the setting of the news, not the news.
  const context = (h: TriggerHit) =>
    /\b(?:following|after|before|ahead of|prior to|on the sidelines of|on the margins of|during|in the framework of|within the framework of|at)\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,4}$/i.test(s.text.slice(Math.max(0, h.start - s.start - 60), h.start - s.start));
  let kept = hits;
  const m = LEADING_CLAUSE.exec(s.text);
  if (m) {
    const end = s.start + m[0].length;
    const main = kept.filter((h) => h.start >= end);
    if (main.length) kept = main;
  }
  const news = kept.filter((h) => !context(h));
  return news.length ? news : kept;
}

function vetoed(trigger: Trigger, text: string, a: number, b: number): boolean {
  const around = text.slice(Math.max(0, a - 40), Math.min(text.length, b + 60));
  for (const v of TRIGGER_VETO) {
    if (v.type === "*") {
      if (trigger.strength === "verb" && (trigger.type === "call" || trigger.type === "meeting")) continue;
      if (v.pattern.test(around)) return true;
    } else if (v.type === trigger.type && v.pattern.test(around)) return true;
  }
  // "It has been a long time since I visited St Petersburg": a memory, not news.
  if (/\b(?:since|used to|first (?:\w+ ){0,4}to)\s+(?:(?:I|we|he|she|they|you)\s+)?(?:\w+\s+)?$/i.test(text.slice(Math.max(0, a - 40), a))) return true;
  // "the outcome of the recent NATO-Russia Council meeting": a reference, not news.
  const directedType = ["aid", "deployment", "sanction", "agreement", "visit"].includes(trigger.type);
  if ((trigger.strength === "noun" || directedType) && BACKGROUND_BEFORE_NOUN.test(text.slice(Math.max(0, a - 140), a))) return true;
  if (trigger.strength === "noun" && WISHED_BEFORE_NOUN.test(text.slice(Math.max(0, a - 70), a))) return true;
  if (trigger.type === "summit" && BACKGROUND_BEFORE_NOUN.test(text.slice(Math.max(0, a - 140), a))) return true;
  // A trigger that is the content of an accusation ("accuses Russia of a troop build-up") is not an event.
  if (trigger.type !== "accusation" && /\baccus\w*\s+(?:\w+\s+){0,4}of\s+(?:\w+\s+){0,4}$/i.test(text.slice(Math.max(0, a - 60), a))) return true;
  // Negated or hypothetical within the few words before the trigger (for aid, deployments and
  // sanctions, a longer reach: "called on NATO to provide our country with military assistance").
  const reach = trigger.type === "aid" || trigger.type === "deployment" || trigger.type === "sanction" ? 9 : 4;
  const before = text.slice(Math.max(0, a - 80), a);
  if (UNREAL_CUE.test(lastWords(before, reach))) return true;
  if (reach > 4 && TALK_ABOUT_CUE.test(lastWords(before, reach))) return true;
  if (/\bto\s+(?:\w+\s+)?$/i.test(before) && trigger.strength === "verb" && !/\b(?:is|are|was|were) to\s+(?:\w+\s+)?$/i.test(before) && ["aid", "deployment", "sanction", "warning", "accusation", "agreement", "statement"].includes(trigger.type)) return true;
  return false;
}

function lastWords(text: string, n: number): string {
  return text.split(/\s+/).slice(-n - 1).join(" ");
}

/**
 * One event per kind per sentence, and one reading of a sentence with both a call and a meeting
 * trigger ("held talks via videoconference" is a call; a summit held by video is a summit).
 */
function dedupeFamilies(hits: TriggerHit[], s: Sentence, inPerson = false): TriggerHit[] {
  const has = (t: EventType) => hits.some((h) => h.type === t);
  let out = hits;
  if (has("call") && has("meeting") && !/\b(?:met|in person|face-to-face|arrived)\b/i.test(s.text)) out = out.filter((h) => h.type !== "meeting");
  if (has("summit") && has("call")) out = out.filter((h) => h.type !== "call");
  // "spoke with" without a phone is a conversation in person when the article is about a trip.
  if (inPerson) out = out.map((h) => (h.type === "call" && IN_PERSON_NOTES.has(h.trigger.note) ? { ...h, type: "meeting" as const, trigger: { ...h.trigger, type: "meeting" as const, cameo: "040" } } : h));
  const seen = new Set<string>();
  return out.filter((h) => {
    // Visits to several places in one sentence are kept apart later, by destination.
    const key = h.type === "visit" ? `visit@${h.start}` : h.type;
    if (h.type !== "visit" && seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// ---------------------------------------------------------------- attribution

/** The span of a closing attribution clause (", the White House said") or an opening "According to X,". */
function attributionSpan(s: Sentence, mentions: ActorMention[], text: string): { start: number; end: number } | null {
  const lead = ACCORDING_TO.exec(s.text);
  if (lead) return { start: s.start, end: s.start + lead[0].length };
  const inverted = INVERTED_ATTRIBUTION.exec(s.text);
  if (inverted) return { start: s.start + inverted.index, end: s.end };
  for (const m of [...mentions].reverse()) {
    if (m.start - s.start < s.text.length * 0.3) break;
    const rv = REPORTING_VERB.exec(text.slice(m.end, Math.min(s.end, m.end + 30)));
    // ", the White House said." / "Etienne said on Monday." — not "the Head of State noted during the speech at the NATO summit".
    if (rv && s.end - (m.end + rv[0].length) <= 28) {
      // The clause starts at the comma before the speaker's title.
      const comma = text.lastIndexOf(",", m.start);
      // (bounded by the sentence: lastIndexOf may look before it)
      const prevMention = mentions.filter((x) => x.end <= m.start).at(-1);
      const start = comma > s.start ? comma : m.start;
      // "…with his US counterpart, Joe Biden, the French ambassador …" — the clause may not swallow a participant.
      return { start: prevMention && prevMention.end > start ? prevMention.end : start, end: s.end };
    }
  }
  return null;
}

// ---------------------------------------------------------------- building one event

function buildEvent(
  ctx: EventContext,
  s: Sentence,
  hit: TriggerHit,
  sentenceMentions: ActorMention[],
  sentenceDates: DateExpression[],
  attribution: { start: number; end: number } | null,
  records: Map<string, ActorRecord>,
  protagonist: string | null,
  previous: ExtractedEvent[],
  destination: Destination | null,
): ExtractedEvent | null {
  const text = ctx.article.text;
  const inAttribution = (x: { start: number; end: number }) => !!attribution && x.start >= attribution.start && x.end <= attribution.end;
  const symmetric = SYMMETRIC.has(hit.type);
  const clause = clauseOf(s, hit, text);
  const mentions = sentenceMentions.filter((m) => m.start >= clause.start && m.end <= clause.end && !RELATIVE_OF.test(text.slice(Math.max(0, m.start - 40), m.start))).filter(
    (m) => !inAttribution(m) && !isTopicOrPlace(m, text, records, symmetric) && !insideTitle(m, text, records) && !isOrganisationTopic(m, hit, text, records),
  );
  const antecedent = findAntecedent(previous, s.index, hit.trigger.note.startsWith("“the first") ? null : hit.type);
  let type = hit.type;
  let trigger = hit.trigger;
  let anaphoric = hit.anaphoric;
  if (hit.trigger.note.startsWith("“the first")) {
    if (!antecedent) return null;
    type = antecedent.type;
    trigger = { ...hit.trigger, type, cameo: antecedent.cameo };
  }

  // The one who does it must be able to act for a state: "US first lady Jill Biden is set to visit
  // Romania … to meet with US service members" is no diplomatic encounter of Romania's.
  const subject = mentions.find((m) => m.end <= hit.start && records.get(m.slug)?.kind === "person");
  const subjectRecord = subject ? records.get(subject.slug) : undefined;
  if (subjectRecord?.kind === "person" && (isSpouse(subjectRecord) || !isOfficial(subjectRecord))) return null;

  let actors: EventActorRef[];
  let place: Place | null = findPlace(s, hit, text, type);
  if (type === "visit") {
    if (!destination) return null;
    const visit = visitParticipants(ctx, s, hit, mentions, records, previous, protagonist, destination);
    if (!visit) return null;
    actors = visit.actors;
    place = visit.place ?? place;
  } else if (hit.trigger.note.startsWith("“the first") && antecedent) {
    actors = antecedent.actors.map((a) => ({ ...a }));
  } else if (SYMMETRIC.has(type)) {
    // "Ushakov briefed the media on the telephone conversation between Putin and Biden".
    const between = /^\s*(?:\w+\s+){0,3}?between\b/i.exec(text.slice(hit.end, hit.end + 40));
    const parties = between ? mentions.filter((m) => m.start >= hit.end + between[0].length) : mentions;
    actors = symmetricParticipants(hit, between ? parties : mentions, records);
    // "Following the talks, a joint statement was adopted": a document is signed by the people
    // who met, even when the sentence names only their states (or nobody).
    if ((type === "statement" || type === "agreement") && !actors.some((a) => records.get(a.slug)?.kind === "person")) {
      const talks = previous.slice(-40).reverse().find((e) => typeFamily(e.type) === "encounter" || e.type === "call");
      if (talks) {
        actors = dropRepresentedStates(mergeActorLists(talks.actors.map((a) => ({ ...a, part: "participant" as ActorPart })), actors), records);
        anaphoric = true;
      }
    }
    const ownDate = chooseDate(s, hit, sentenceDates, text);
    const sameTime = !ownDate || !antecedent || (ownDate.first ?? "") <= antecedent.start && antecedent.start <= (ownDate.last ?? ownDate.first ?? "");
    if (sides(actors, records) < 2 && (anaphoric || ANAPHORA.test(s.text)) && antecedent && sameTime) {
      actors = mergeActorLists(actors, antecedent.actors);
      anaphoric = true;
    }
    const pronounSubject = /\byou\b/i.test(text.slice(s.start, hit.start));
    if (sides(actors, records) < 2 && protagonist && !pronounSubject && (s.isHeadline || !hasSubjectBefore(hit, mentions)) && !actors.some((a) => a.slug === protagonist)) {
      // Only where the sentence names a counterpart "with" someone left unsaid: "Telephone
      // conversation with President of Tajikistan Emomali Rahmon", "Meeting with …".
      const withCounterpart = mentions.some((m) => m.start >= hit.end && /\bwith\s+(?:[^,.;]{0,80})$/i.test(text.slice(hit.start, m.start)));
      // …and only when nothing else is the subject ("The wife of president Joe Biden will meet …").
      const bareLead = text.slice(s.start, hit.start).trim().split(/\s+/).filter(Boolean).length <= 4;
      if ((withCounterpart || s.isHeadline || s.index <= 1) && bareLead && actors.length && records.get(actors[0]!.slug)?.country !== records.get(protagonist)?.country) {
        actors = [{ slug: protagonist, part: "source", title: null }, ...actors.map((a) => ({ ...a, part: "target" as ActorPart }))];
      }
    }
    // "There were very substantive talks with the Prime Minister of the Netherlands, …": the
    // article's protagonist held them.
    if (protagonist && !actors.some((a) => a.slug === protagonist) && !hasSubjectBefore(hit, mentions) && /^\s*with\b/i.test(text.slice(hit.end, hit.end + 6)) &&
        !actors.some((a) => records.get(a.slug)?.country === records.get(protagonist)?.country) && !/\byou\b/i.test(text.slice(s.start, hit.start))) {
      actors = [{ slug: protagonist, part: "source", title: null }, ...actors.map((a) => ({ ...a, part: "target" as ActorPart }))];
    }
    if (sides(actors, records) < 2) return null;
    if (hit.trigger.strength === "noun" && !anaphoric && !s.isHeadline) {
      const strong = actors.filter((a) => records.get(a.slug)?.kind !== "state" || mentions.some((m) => m.slug === a.slug && m.via === "demonym"));
      // "Ukrainian-Russian talks", "the delegations of Ukraine and Russia": two named sides suffice.
      const paired = /\b[A-Z][a-z]+-[A-Z][a-z]+ (?:[\w-]+ )?$|\bdelegations? of\b/.test(text.slice(Math.max(s.start, hit.start - 60), hit.start)) || /delegations? of\b/.test(s.text);
      if (sides(strong, records) < 2 || (!paired && !actors.some((a) => records.get(a.slug)?.kind === "person"))) return null;
    }
    // A video conference of three or more sides, or with a multilateral body ("the video
    // conference of the G7 leaders"), is a summit; a list of phone calls stays calls.
    if (type === "call" && /video|online/i.test(hit.trigger.note + text.slice(hit.start, hit.end)) &&
        (sides(actors, records) >= 3 || conferenceOfBody(hit, mentions, records, text))) {
      type = "summit";
      trigger = { ...trigger, type: "summit", cameo: "040" };
    }
    // A meeting with a multilateral body as such (not with one of its officials) is a summit:
    // "took part in a meeting of the member states of the Joint Expeditionary Force".
    if (type === "meeting" && actors.some((a) => isMultilateral(records.get(a.slug)) && !actors.some((b) => records.get(b.slug)?.kind === "person" && records.get(b.slug)?.country === records.get(a.slug)?.country))) {
      type = "summit";
      trigger = { ...trigger, type: "summit", cameo: "040" };
    }
    // A meeting of three or more sides is a summit (the gold's rule, and what a reader would call it).
    if (type === "meeting" && sides(actors, records) >= 3) {
      type = "summit";
      trigger = { ...trigger, type: "summit", cameo: "040" };
    }
  } else {
    const directed = directedParticipants(hit, mentions, records, text);
    if (!directed) return null;
    actors = directed;
    if (DIRECTED_NEEDS_TARGET.has(type) && !actors.some((a) => a.part === "target")) return null;
    // "called on NATO to …", "warned Russia", "accused Kyiv of …": the addressee comes right after
    // the verb and ends at "to", "that" or "of"; what follows is the content, not a party.
    if (type === "appeal" || type === "warning" || type === "accusation") {
      const tail = text.slice(hit.end, s.end);
      const stop = tail.search(/\s(?:to|that|of|for|about|against|over)\s|[,;:]/);
      const addresseeEnd = hit.end + (stop === -1 ? tail.length : stop);
      const addressees = new Set(mentions.filter((m) => m.start >= hit.end && m.start < addresseeEnd).map((m) => m.slug));
      if (!addressees.size || mentions.find((m) => addressees.has(m.slug))!.start - hit.end > 24) return null;
      actors = actors.filter((a) => a.part !== "target" || addressees.has(a.slug));
    }
  }
  if (!actors.length) return null;
  if (hit.trigger.note === "address to a body" && !actors.some((a) => isMultilateral(records.get(a.slug)))) return null;
  if (hit.trigger.note === "called <someone>" && !mentions.some((m) => m.start >= hit.end && m.start - hit.end <= 2 && records.get(m.slug)?.kind === "person")) return null;
  // "received the vaccine" is not receiving a guest: the guest must be named right after.
  if (hit.trigger.note === "received <someone>" && !mentions.some((m) => m.start >= hit.end && m.start - hit.end <= 45 && records.get(m.slug)?.kind === "person")) return null;
  // Copied roles can lose their subject (an anaphor's antecedent); then nobody is the source.
  if (SYMMETRIC.has(type) && !actors.some((a) => a.part === "source")) actors = actors.map((a) => ({ ...a, part: "participant" as ActorPart }));

  const when = chooseDate(s, hit, sentenceDates.filter((d) => !inAttribution(d)), text);
  const publication = ctx.article.date;
  let statusInfo = decideStatus(s, hit, text, when?.first ?? null, publication, mentions);
  // "it's only a matter of time before Biden visits Ukraine": not yet, and not certain.
  if (type === "visit" && /\b(?:before|until|unless|if|when)\s+(?:\S+\s+){0,5}$/i.test(text.slice(Math.max(s.start, hit.start - 60), hit.start))) return null;
  // "before the meeting with Vladimir Putin": an event still to come, whatever the verb's tense.
  if (!when && hit.trigger.strength === "noun" && /\b(?:before|ahead of|prior to|in preparation for|preparations? for)\s+(?:the\s+|a\s+|any\s+)?(?:[\w-]+\s+){0,2}$/i.test(text.slice(Math.max(s.start, hit.start - 40), hit.start))) {
    statusInfo = { status: "planned", cue: "explicit" };
  }
  // An undated past event told as background ("at that time we signed", "noted that the foreign
  // ministers met in Turkey") did not happen on the publication date; without a date it is dropped.
  if (!when && statusInfo.status === "occurred" && !anaphoric && isBackground(s, hit, text, ctx.sentences)) return null;
  // A plan without a date outside the article's lead ("agreed to hold consultations in the near
  // future") cannot be placed on a timeline honestly.
  if (!when && statusInfo.status === "planned" && !anaphoric && !(s.isHeadline || s.index <= 2)) return null;
  const date = when
    ? {
        start: when.first!,
        end: when.rangeEnd,
        precision: when.precision ?? ("day" as const),
        dateBasis: when.basis,
        datePhrase: when.text,
      }
    : { start: publication, end: null, precision: "day" as const, dateBasis: "publication" as const, datePhrase: null };

  const nameOf = (slug: string) => records.get(slug)?.name ?? slug;
  const datedActors = actors.map((a) => ({ ...a, title: a.title ?? roleOn(records.get(a.slug), date.start) }));
  const eventPlace = type === "call" ? null : place ? { name: place.name, country: place.country } : null;
  const partial = { type, status: statusInfo.status, actors: datedActors, place: eventPlace };
  const e: ExtractedEvent = {
    key: "",
    type,
    cameo: trigger.cameo,
    title: buildEventTitle(partial, nameOf),
    status: statusInfo.status,
    statusCue: statusInfo.cue,
    ...date,
    place: eventPlace,
    actors: datedActors,
    evidence: [{ sentenceIndex: s.index, start: s.start, end: s.end, quote: s.text, datePhrase: when?.text ?? null }],
    confidence: confidenceOf({ trigger, anaphoric, basis: date.dateBasis, actors, records, sentence: s, hit, text, transcript: inTranscript(ctx.article.text, s), cue: statusInfo.cue }),
  };
  e.key = eventKey(e);
  return e;
}

const BACKGROUND_CUE = /\b(?:was marked by|(?:the current|this|last) year|at that time|back then|previously|in the past|years? ago|months? ago|weeks? ago|last (?:year|month|week|time)|once again|as early as|used to|has already|have already|had already|recalled|reminded|remember|earlier this)\b/i;
const REPORTED_THAT = /\b(?:noted|said|stated|stressed|emphasi[sz]ed|recalled|reminded|pointed out|added|believes?|hopes?|expressed (?:the )?hope|informed [^.]{0,60}?) that\b/i;

/** Is an undated mention a reference to the past rather than the article's news? */
function isBackground(s: Sentence, hit: TriggerHit, text: string, sentences: Sentence[]): boolean {
  const before = text.slice(s.start, hit.start);
  if (BACKGROUND_CUE.test(text.slice(s.start, s.end))) return true;
  // Deep in an article, an event inside reported speech is usually an earlier one.
  const lead = s.isHeadline || s.index <= 2 || sentences[s.index - 1]?.isHeadline;
  return !lead && REPORTED_THAT.test(before);
}

/**
 * Is the sentence in the spoken part of a transcript? Kremlin releases tell the news first, then
 * give the speeches after "***" ("President of Russia Vladimir Putin: Colleagues, …").
 */
function inTranscript(text: string, s: Sentence): boolean {
  return s.start > transcriptStart(text);
}

let transcriptMemo: { text: string; start: number } | null = null;

/** Where the spoken part of an article begins (Infinity when it has none); computed once per article. */
function transcriptStart(text: string): number {
  if (transcriptMemo?.text === text) return transcriptMemo.start;
  const stars = text.indexOf("***");
  const speaker = /\n[A-Z][\w .'-]{3,60}:\s/.exec(text);
  const start = Math.min(stars === -1 ? Infinity : stars, speaker ? speaker.index : Infinity);
  transcriptMemo = { text, start };
  return start;
}

/** Events below this confidence are not reported: the evidence is too weak to show a reader. */
export const MIN_CONFIDENCE = 0.5;

const WISH_IN_SENTENCE = /\b(?:want(?:s|ed)?|would|could|might|hope[sd]?|initiative|propos\w*|invitation|invit\w*|support(?:ed|s)? (?:for )?(?:the |an? )?(?:idea|initiative|proposal)|ready|readiness|intend\w*|plan to|if|whether|possib\w*|potential\w*|should|must|need)\b/i;
const RECENT_PAST = /\b(?:recently|just recently|back then|prior to|in the past|at one time|historically|years ago|at the time|then\b|previously)\b/i;

interface ConfidenceInput {
  trigger: Trigger;
  anaphoric: boolean;
  basis: ExtractedEvent["dateBasis"];
  actors: EventActorRef[];
  records: Map<string, ActorRecord>;
  sentence: Sentence;
  hit: TriggerHit;
  text: string;
  /** Kremlin transcripts ("***", "Vladimir Putin: …"): talk, where past and wished events abound. */
  transcript: boolean;
  cue: "explicit" | "default";
}

/** Is the end of `before` inside a quotation? (The last quote mark before it opens one.) */
function insideQuote(before: string): boolean {
  for (let i = before.length - 1; i >= 0; i--) {
    const c = before[i]!;
    if (c === "“") return true;
    if (c === "”") return false;
    if (c === '"') return i === 0 || /[\s(\[—–-]/.test(before[i - 1]!);
  }
  return false;
}

/**
 * How sure we are that a mention reports a real, dated diplomatic event — and, below
 * MIN_CONFIDENCE, that we should not show it at all. The news of an article is in its headline
 * and lead; deeper sentences, quotations and transcripts mostly talk about other times.
 */
function confidenceOf(x: ConfidenceInput): number {
  const { sentence: s, hit, text } = x;
  let c = x.trigger.strength === "verb" ? 0.6 : 0.45;
  const lead = s.isHeadline || s.index <= 2;
  if (lead) c += 0.25;
  if (x.basis !== "publication") c += 0.1;
  const named = x.actors.filter((a) => x.records.get(a.slug)?.kind !== "state");
  if (new Set(named.map((a) => x.records.get(a.slug)?.country ?? a.slug)).size >= 2) c += 0.1;
  const before = text.slice(s.start, hit.start);
  const quoted = insideQuote(before);
  if (!lead && (quoted || x.transcript)) c -= 0.3;
  if (WISH_IN_SENTENCE.test(before)) c -= 0.15;
  // "It is extremely alarming that … are being deployed": a claim, not a reported event.
  if (/\b(?:alarming|concerned?|worried|fears?|claims?|alleg\w+|suspect\w*|believes?|accus\w+|insists?)\b[^.]{0,40}\bthat\b/i.test(before)) c -= 0.2;
  if (RECENT_PAST.test(s.text) && x.basis === "publication") c -= 0.2;
  if (x.cue === "default" && x.basis === "publication" && !lead) c -= 0.1;
  if (x.anaphoric) c -= 0.05;
  // "a joint statement was adopted", "the Declaration that we have just signed": documents are news.
  if ((x.trigger.type === "statement" || x.trigger.type === "agreement") && /\b(?:adopted|signed|has just been signed|have just signed|were signed|was signed|issued)\b/i.test(s.text)) c += 0.15;
  return Math.round(Math.max(0.05, Math.min(0.98, c)) * 100) / 100;
}

// ---------------------------------------------------------------- participants

/**
 * A state named as a topic ("the Ukraine crisis") is never an actor; one after a preposition
 * ("in France", "to Ukraine") is a place for calls and meetings, but a target for aid, sanctions
 * or deployments ("assistance to Ukraine").
 */
function isTopicOrPlace(m: ActorMention, text: string, records: Map<string, ActorRecord>, placeMatters: boolean): boolean {
  const r = records.get(m.slug);
  if (!r || r.kind !== "state" || m.via === "coreference") return false;
  if (TOPIC_AFTER.test(text.slice(m.end, m.end + 30))) return true;
  // "Russian-French talks" and "the French side" are actors; "in France" is a place.
  if (m.via === "demonym" || !placeMatters) return false;
  // "the delegations of Ukraine and Russia", "the leaders of Georgia, Moldova and Ukraine".
  if (/\b(?:delegations?|representatives|leaders|heads(?: of state)?|presidents|ministers|sides|parties|governments?) of (?:the )?(?:[A-Z][\w-]+(?:,| and)?\s+){0,4}$/.test(text.slice(Math.max(0, m.start - 90), m.start))) return false;
  return PLACE_PREPOSITION_BEFORE.test(text.slice(Math.max(0, m.start - 16), m.start));
}

/** "The wife of president Joe Biden will meet …": Biden is not the one who meets. */
const RELATIVE_OF = /\b(?:wife|husband|spouse|son|daughter|mother|father|brother|sister|widow|family) of (?:the\s+)?(?:\w+\s+){0,2}$/i;

/**
 * The part of a sentence a trigger belongs to: after a leading "Following …," clause, and before
 * a relative clause that starts after its counterpart ("I spoke with Erdoğan, who had a meeting
 * with the President of Russia"). Mentions outside it take part in another event.
 */
function clauseOf(s: Sentence, hit: TriggerHit, text: string): { start: number; end: number } {
  let start = s.start;
  let end = s.end;
  const lead = LEADING_CLAUSE.exec(s.text);
  if (lead && hit.start >= s.start + lead[0].length) start = s.start + lead[0].length;
  // "… Chancellor of Austria Nehammer who had met with the Russian leader": the trigger is inside
  // a relative clause; its subject is the noun before "who".
  const relBefore = /\b(?:who|which)\s+(?:\w+\s+){0,3}$/i.exec(text.slice(s.start, hit.start));
  if (relBefore) start = Math.max(start, s.start + Math.max(0, text.slice(s.start, s.start + relBefore.index).search(/\S+\s*,?\s*$/)) - 40);
  const rel = /,\s+(?:who|which|where|whose)\s(?!(?:included|includes|include|was led|is led|was headed|is headed|consisted|consists|comprised|comprises))/g;
  rel.lastIndex = hit.end - s.start;
  const m = rel.exec(s.text);
  if (m) end = s.start + m.index;
  // "briefed his counterpart on the trilateral meeting": the one briefed was not at the meeting.
  const briefing = /\b(?:briefed|informed|told|updated|apprised)\b[^.;]*?\b(?:on|about|of)\s+(?:the\s+)?(?:results?\s+of\s+(?:the\s+|his\s+|her\s+)?|outcome\s+of\s+(?:the\s+|his\s+|her\s+)?)?(?:[\w-]+\s+){0,3}$/i.exec(text.slice(start, hit.start));
  if (briefing) return { start: start + briefing.index + briefing[0].length, end };
  return { start, end };
}

/**
 * An organisation named as a topic ("membership in the EU", "EU candidate status", "talks in the
 * Trilateral Contact Group") is not a party — unless the trigger names it ("the summit of the EU").
 */
function isOrganisationTopic(m: ActorMention, hit: TriggerHit, text: string, records: Map<string, ActorRecord>): boolean {
  const r = records.get(m.slug);
  // Only bodies of several states: "the Pentagon's announcement" is the US acting.
  if (!isMultilateral(r) || m.via === "coreference") return false;
  // "the G20 summit", "APEC Summit", "a meeting with the leaders of the EU member states": the body the trigger names.
  if (m.start >= hit.end && m.start - hit.end <= 40) return false;
  if (m.end <= hit.start && hit.start - m.end <= 3) return false;
  if (ORG_TOPIC_AFTER.test(text.slice(m.end, m.end + 30))) return true;
  return ORG_TOPIC_BEFORE.test(text.slice(Math.max(0, m.start - 24), m.start));
}

/** "Minister for European Union Affairs", "Head of the Delegation of the European Union": the body is part of a title. */
function insideTitle(m: ActorMention, text: string, records: Map<string, ActorRecord>): boolean {
  if (records.get(m.slug)?.kind !== "organisation") return false;
  // The actor stage may return "the Federal Minister for the EU" as the EU: a title, not the body.
  if (/^(?:the\s+)?(?:[A-Z][\w-]*\s+)?(?:Minister|Commissioner|Ambassador|Representative|Envoy|Secretary)\b/.test(m.text)) return true;
  const before = text.slice(Math.max(0, m.start - 40), m.start);
  const after = text.slice(m.end, m.end + 24);
  return (
    /\b(?:Minister|Ministry|Commissioner|Ambassador|Representative|Envoy|Delegation|Mission|Affairs|Integration|Cooperation|Permanent Representative)\s+(?:for|of|to|at|with)?\s*(?:the\s+)?$/i.test(before) ||
    /^\s*(?:Affairs|Integration|Policy|Commissioner|Ambassador|Delegation)\b/.test(after) ||
    /\bMinister of Foreign Affairs,\s*(?:the\s+)?$/i.test(before)
  );
}

/**
 * The event an anaphor refers to: one found in the previous sentence ("It was their second
 * conversation in a week. The first took place on Wednesday"), else the latest event.
 */
function findAntecedent(previous: ExtractedEvent[], sentenceIndex: number, type: EventType | null): ExtractedEvent | undefined {
  // Anaphors point back a few sentences, not across the article: look at the latest events only
  // (this also keeps the stage linear in the article's length).
  const recent = previous.slice(-40);
  const sameKind = type ? recent.filter((e) => typeFamily(e.type) === typeFamily(type)) : recent;
  const inPrevious = sameKind.filter((e) => e.evidence.some((ev) => ev.sentenceIndex === sentenceIndex - 1));
  return inPrevious.at(-1) ?? sameKind.at(-1);
}

/** An organisation of several states (NATO, G7, CSTO), as opposed to a state institution. */
function isMultilateral(r: ActorRecord | undefined): boolean {
  return !!r && r.kind === "organisation" && !!r.country && !/^[A-Z]{3}$/.test(r.country);
}

/** "the video conference of the G7 leaders", "a videoconference with NATO": a multilateral body is the other side. */
function conferenceOfBody(hit: TriggerHit, mentions: ActorMention[], records: Map<string, ActorRecord>, text: string): boolean {
  return mentions.some((m) => {
    const r = records.get(m.slug);
    if (r?.kind !== "organisation" || /^[A-Z]{3}$/.test(r.country ?? "")) return false;
    if (m.start < hit.end || m.start - hit.end > 40) return false;
    return /^\s*(?:of|with|at)\s+(?:the\s+)?(?:leaders of the\s+|heads of state of the\s+|member states of the\s+|members of the\s+)?$/i.test(text.slice(hit.end, m.start));
  });
}

function hasSubjectBefore(hit: TriggerHit, mentions: ActorMention[]): boolean {
  return mentions.some((m) => m.end <= hit.start);
}

/**
 * Calls, meetings, summits, statements: everyone named takes part. A single subject before the
 * trigger is the source and those after it the targets ("Putin had a telephone conversation
 * with Macron"); a joint subject ("The two discussed …", "X and Y held talks") are participants.
 */
function symmetricParticipants(hit: TriggerHit, mentions: ActorMention[], records: Map<string, ActorRecord>): EventActorRef[] {
  const unique = [...new Map(mentions.map((m) => [m.slug, m])).values()];
  const subjects = unique.filter((m) => m.end <= hit.start);
  const out: EventActorRef[] = unique.map((m) => ({
    slug: m.slug,
    part: m.end <= hit.start ? (subjects.length === 1 ? "source" : "participant") : "target",
    title: null,
  }));
  return dropRepresentedStates(out, records);
}

/** A person stands for their state: "Macron and France" is one side, Macron. */
export function dropRepresentedStates(actors: EventActorRef[], records: Map<string, ActorRecord>): EventActorRef[] {
  const personCountries = new Set(actors.map((a) => records.get(a.slug)).filter((r) => r && r.kind !== "state").map((r) => r!.country));
  return actors.filter((a) => {
    const r = records.get(a.slug);
    return !(r?.kind === "state" && personCountries.has(r.country));
  });
}

/**
 * How many parties an event has: distinct countries (or organisation codes). An actor whose
 * country we do not know (an ad-hoc "CEO of the Russian Direct Investment Fund") adds none, so
 * a president's meeting with a company head or a governor is not diplomacy.
 */
function sides(actors: EventActorRef[], records: Map<string, ActorRecord>): number {
  return new Set(actors.filter((a) => !isSpouse(records.get(a.slug)) && isOfficial(records.get(a.slug))).map((a) => records.get(a.slug)?.country).filter((c): c is string => !!c)).size;
}

const OFFICIAL_TITLE = /\b(?:President|Prime Minister|Premier|Minister|Chancellor|Secretary|King|Queen|Emir|Sultan|Crown Prince|Prince|Sheikh|Monarch|Pope|Ambassador|Envoy|Representative|Adviser|Advisor|Head|Chief|Director|Chair(?:man|woman|person)?|Commissioner|Spokes\w*|Governor|Leader|Vice|Deputy|Speaker|Prosecutor|Commander|General|Counsellor|Counselor|Aide|Consul|Delegat\w*|Negotiator|Mayor|Senator|Member)\b/i;

/**
 * Only officials (and states and bodies) are parties to diplomatic events: a film star's trip or a
 * company head's meeting is not diplomacy. People are official when a role says so.
 */
function isOfficial(r: ActorRecord | undefined): boolean {
  if (!r || r.kind !== "person") return true;
  return r.roles.some((x) => OFFICIAL_TITLE.test(x.title));
}

/** First ladies and gentlemen meet in their own right, but not as their states' diplomats. */
function isSpouse(r: ActorRecord | undefined): boolean {
  return !!r && r.roles.some((x) => /\bFirst (?:Lady|Gentleman)\b|\bspouse\b/i.test(x.title)) && !r.roles.some((x) => /\b(?:President|Minister|Chancellor|King|Queen|Secretary)\b/.test(x.title));
}

function mergeActorLists(a: EventActorRef[], b: EventActorRef[]): EventActorRef[] {
  const out = [...a];
  for (const x of b) if (!out.some((y) => y.slug === x.slug)) out.push(x);
  return out;
}

/** Aid, deployments, sanctions, accusations, denials, warnings, appeals: who does it to whom. */
function directedParticipants(hit: TriggerHit, mentions: ActorMention[], records: Map<string, ActorRecord>, text: string): EventActorRef[] | null {
  if (hit.type === "aid") {
    const thanked = thankedDonors(hit, mentions, records, text);
    if (thanked) return thanked.length ? thanked : null;
  }
  // The subject of the trigger's clause does it: "The Head of State thanked Germany … and called on
  // Germany to …" is Zelenskyy's appeal; "the Pentagon's announcement of the deployment" the Pentagon's.
  const sentenceStart = Math.max(0, hit.start - 600);
  const head = text.slice(sentenceStart, hit.start);
  const clauseStart = sentenceStart + Math.max(head.lastIndexOf(";"), head.lastIndexOf("\n"), ...[", which", ", while", ", whereas", " but "].map((w) => head.lastIndexOf(w)));
  const before = mentions.filter((m) => m.end <= hit.start);
  const after = mentions.filter((m) => m.start >= hit.end);
  const source = before.find((m) => m.start > clauseStart) ?? before.at(-1) ?? null;
  if (!source) return null;
  const sourceCountry = records.get(source.slug)?.country ?? null;
  const out: EventActorRef[] = [{ slug: source.slug, part: "source", title: null }];
  for (const m of after) {
    if (out.some((o) => o.slug === m.slug)) continue;
    // Who a denial answers is named only as a possessive ("rejected Kyiv's claims"); other
    // actors after "denied" are what the denial is about.
    if (hit.type === "denial" && !/^['’]s\s+(?:\w+\s+){0,2}(?:accusations|claims|allegations|charges|statements|reports)\b/i.test(text.slice(m.end, m.end + 40))) continue;
    const country = records.get(m.slug)?.country ?? null;
    out.push({ slug: m.slug, part: country && country === sourceCountry ? "participant" : "target", title: null });
  }
  return out;
}

interface Destination {
  country: string;
  place: Place | null;
  /** The state's slug when the destination was named as a state ("visit India"). */
  state: string | null;
}

/**
 * Where a visit goes: the places and states named in the phrase after the trigger ("visits to
 * Moscow and Kiev", "visit India", "arrived in China"), one destination per country.
 */
/**
 * "Zelenskyy thanked the United States and Canada for the financial assistance": those thanked
 * gave it (sources) to the one who thanks (the target, as their state).
 */
function thankedDonors(hit: TriggerHit, mentions: ActorMention[], records: Map<string, ActorRecord>, text: string): EventActorRef[] | null {
  const window = Math.max(0, hit.start - 600);
  const sentenceStart = window + Math.max(0, text.slice(window, hit.start).lastIndexOf("\n"));
  const head = text.slice(sentenceStart, hit.start);
  const m = /\b(?:thank(?:s|ed|ing)?|grateful to|gratitude to)\b/i.exec(head);
  if (!m) return null;
  const thankAt = sentenceStart + m.index;
  const thanker = mentions.filter((x) => x.end <= thankAt).at(-1);
  const home = thanker ? records.get(thanker.slug)?.country : undefined;
  // "thanked those countries that support Ukraine": Ukraine is the receiver, not a donor.
  const donors = mentions.filter((x) => x.start > thankAt && x.end <= hit.start && records.get(x.slug)?.country !== home);
  if (!donors.length) return [];
  const out: EventActorRef[] = donors.map((d) => ({ slug: d.slug, part: "source" as ActorPart, title: null }));
  const receiverCountry = thanker ? records.get(thanker.slug)?.country : null;
  const receiverState = receiverCountry ? [...records.values()].find((r) => r.kind === "state" && r.country === receiverCountry) : undefined;
  if (receiverState && !out.some((o) => o.slug === receiverState.slug)) out.push({ slug: receiverState.slug, part: "target", title: null });
  else if (thanker) out.push({ slug: thanker.slug, part: "target", title: null });
  return out;
}

function visitDestinations(text: string, s: Sentence, hit: TriggerHit, mentions: ActorMention[], records: Map<string, ActorRecord>): Destination[] {
  const tail = text.slice(hit.end, Math.min(s.end, hit.end + 90));
  // The destination phrase ends at the first clause break or verb-like word.
  const stop = tail.search(/[;:(]|,\s+(?:which|who|where|while|and then|after|before|to discuss|at the invitation)\b|\s(?:on|at the invitation|for|to (?:discuss|take|hold|attend|meet|participate))\b/);
  const phraseEnd = hit.end + (stop === -1 ? tail.length : stop);
  const out: Destination[] = [];
  const add = (d: Destination) => {
    if (!out.some((x) => x.country === d.country)) out.push(d);
  };
  for (const p of placesIn(text.slice(hit.end, phraseEnd))) add({ country: p.country, place: p, state: null });
  for (const m of mentions) {
    if (m.start < hit.end || m.start >= phraseEnd) continue;
    const r = records.get(m.slug);
    if (r?.kind === "state" && r.country) add({ country: r.country, place: null, state: r.slug });
  }
  return out;
}

function visitParticipants(
  ctx: EventContext,
  s: Sentence,
  hit: TriggerHit,
  mentions: ActorMention[],
  records: Map<string, ActorRecord>,
  previous: ExtractedEvent[],
  protagonist: string | null,
  destination: Destination,
): { actors: EventActorRef[]; place: Place | null } | null {
  const text = ctx.article.text;
  const destCountry = destination.country;
  // Visitor: the subject before the trigger, a possessive ("Macron's visit"), or for "his visit"
  // the visitor of an earlier visit to the same country, else the article's protagonist.
  const persons = mentions.filter((m) => m.end <= hit.start && records.get(m.slug)?.kind !== "state");
  let visitor = persons.at(-1)?.slug ?? null;
  const pronoun = /\b(?:his|her|their)\s+(?:\w+\s+)?$/i.test(text.slice(Math.max(s.start, hit.start - 25), hit.start));
  if (pronoun) {
    const earlier = previous.slice(-40)
      .reverse()
      .find((e) => e.type === "visit" || e.type === "meeting" ? e.actors.some((a) => a.part === "source") && (e.place?.country === destCountry || e.actors.some((a) => records.get(a.slug)?.country === destCountry)) : false);
    visitor = earlier?.actors.find((a) => a.part === "source")?.slug ?? persons[0]?.slug ?? visitor;
  }
  visitor ??= mentions.find((m) => m.end <= hit.start && records.get(m.slug)?.kind !== "state")?.slug ?? (s.isHeadline || /^\s*The President\b/.test(s.text) ? protagonist : null);
  if (!visitor) return null;
  // A diplomat's or leader's trip, not a spouse's, a general's tour of a front or a film star's.
  const visitorRecord = records.get(visitor);
  if (isSpouse(visitorRecord) || !isOfficial(visitorRecord) || visitorRecord?.roles.some((r) => /\b(?:General|Colonel|Commander|Chief of (?:the )?General Staff)\b/.test(r.title))) return null;
  const visitorCountry = records.get(visitor)?.country ?? null;
  if (visitorCountry === destCountry) return null; // a trip at home is not diplomacy
  const actors: EventActorRef[] = [{ slug: visitor, part: "source", title: null }];
  const isHost = (m: ActorMention) => m.slug !== visitor && records.get(m.slug)?.kind === "person" && records.get(m.slug)?.country === destCountry;
  // The host is named in the sentence ("at the invitation of President Xi Jinping") or, for a
  // head of state's trip, as the most-mentioned person of that country in the article.
  const host = mentions.find(isHost) ?? mostMentioned(ctx.mentions.filter(isHost));
  const hostState = destination.state ?? ctx.actors.find((r) => r.kind === "state" && r.country === destCountry)?.slug ?? null;
  if (host) actors.push({ slug: host.slug, part: "target", title: null });
  else if (hostState) actors.push({ slug: hostState, part: "target", title: null });
  return { actors, place: destination.place };
}

// ---------------------------------------------------------------- places

const PLACE_PATTERN = (() => {
  const names = placeSpellings()
    .map(([n]) => n)
    .sort((a, b) => b.length - a.length)
    .map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+"));
  return new RegExp(`\\b(${names.join("|")})\\b`, "gi");
})();

function placesIn(text: string): Place[] {
  const out: Place[] = [];
  PLACE_PATTERN.lastIndex = 0;
  for (let m = PLACE_PATTERN.exec(text); m; m = PLACE_PATTERN.exec(text)) {
    if (!/^[A-Z]/.test(m[1]!)) continue;
    const p = lookupPlace(m[1]!);
    if (p) out.push(p);
  }
  return out;
}

/** "in Moscow", "in the Kremlin", "at the Bocharov Ruchei residence in Sochi". */
function findPlace(s: Sentence, hit: TriggerHit, text: string, type: EventType): Place | null {
  if (type === "call") return null;
  const sentence = text.slice(s.start, s.end);
  if (/\bin the Kremlin\b/.test(sentence)) return { name: "Moscow", country: "RUS" };
  PLACE_PATTERN.lastIndex = 0;
  let best: { place: Place; distance: number } | null = null;
  for (let m = PLACE_PATTERN.exec(sentence); m; m = PLACE_PATTERN.exec(sentence)) {
    if (!/^[A-Z]/.test(m[1]!)) continue;
    const before = sentence.slice(Math.max(0, m.index - 20), m.index);
    if (!/\b(?:in|at|to)\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){0,3}$/.test(before)) continue;
    const place = lookupPlace(m[1]!);
    if (!place) continue;
    const distance = Math.abs(s.start + m.index - hit.start);
    if (!best || distance < best.distance) best = { place, distance };
  }
  return best?.place ?? null;
}

// ---------------------------------------------------------------- dates and status

/**
 * The date expression that governs the trigger: a sentence-initial date ("On December 30, …")
 * governs the whole sentence; otherwise the closest one, preferring one after the trigger
 * ("met on Monday"). An anchored phrase ("a day before Macron's visit") dates what comes
 * before it, not the event it is anchored to.
 */
function chooseDate(s: Sentence, hit: TriggerHit, dates: DateExpression[], text: string): DateExpression | null {
  // Only a clause of sequence ("Following talks held on February 22, …") has its own date; in one
  // of containment ("As part of the Commission meeting held on November 10, …") the date is shared.
  const lead = LEADING_CLAUSE.exec(s.text);
  const sequence = lead && /^(?:(?:In addition|Also|Moreover|Later|Earlier|Meanwhile|Besides),\s+)?(?:Following|After|Before|Ahead of|Prior to|Upon completion of|Following up on|In the run-up to|On the eve of)\b/i.test(lead[0]);
  const leadEnd = lead && sequence && hit.start >= s.start + lead[0].length ? s.start + lead[0].length : s.start;
  const usable = dates.filter((d) => {
    // "Following talks held in Moscow on February 22, X and Y spoke by phone": that date is the talks'.
    if (d.start < leadEnd) return false;
    // "… a telephone conversation ahead of the Day of Unity, marked on April 2": the anchor's date.
    if (d.start >= hit.end && /\b(?:ahead of|before|on the eve of|prior to|after|following|since)\b/i.test(text.slice(hit.end, d.start))) return false;
    // "on the eve of her participation", "a day before Macron's visit": counted from an event we
    // cannot date here, so the value is only a placeholder.
    if (d.anchor?.kind === "event") return false;
    if (d.anchor && hit.start >= d.end) return false;
    const before = text.slice(Math.max(s.start, d.start - 24), d.start);
    // "said on Monday": the date of a statement about the event, unless the event is the statement.
    if (/\b(?:said|says|told|added|announced|reported)\s+(?:\w+\s+)?$/i.test(before)) return false;
    // "ahead of the Day of Unity", "since 2014": the event is not on that date.
    if (/\b(?:ahead of|before|prior to|on the eve of|in the run-up to|since|until|till|by|after|following)\s+(?:the\s+)?$/i.test(before)) return false;
    // A year or decade alone dates an event only as "in 2014"; "SPIEF 2022" is a name.
    if (d.precision !== "day" && d.precision !== "month" && !/\b(?:in|during)\s+(?:early\s+|late\s+|mid-?)?$/i.test(before)) return false;
    return true;
  });
  // An appeal or a warning is dated by its own clause: "noted the participation … on August 23, 2021
  // and called on the Croatian side" — the earlier date is the summit's.
  if (["appeal", "warning", "accusation", "denial"].includes(hit.type)) {
    const own = usable.filter((d) => d.start >= hit.end || (d.start - s.start < 30 && /^[\s,]/.test(text.slice(d.end, d.end + 1))));
    usable.length = 0;
    usable.push(...own);
  }
  if (!usable.length) return null;
  const leading = usable.find((d) => d.start - s.start < 30 && /^[\s,]/.test(text.slice(d.end, d.end + 1)) && /^\s*(?:On|In|At|Earlier|Late|Early)?\s*$/i.test(text.slice(s.start, d.start).replace(/^\W+/, "")));
  if (leading) return leading;
  let best: DateExpression | null = null;
  let bestScore = Infinity;
  for (const d of usable) {
    const gap = d.start >= hit.end ? d.start - hit.end : hit.start - d.end;
    const between = d.start >= hit.end ? text.slice(hit.end, d.start) : text.slice(d.end, hit.start);
    const clauseBreaks = (between.match(/[;:]|, (?:which|while|whereas|but|and|as|after|before|following)\b/g) ?? []).length;
    const score = gap + clauseBreaks * 80 + (d.start >= hit.end ? 0 : 15);
    if (score < bestScore) {
      bestScore = score;
      best = d;
    }
  }
  return bestScore < 160 ? best : null;
}

function decideStatus(
  s: Sentence,
  hit: TriggerHit,
  text: string,
  date: string | null,
  publication: string,
  mentions: ActorMention[],
): { status: ExtractedEvent["status"]; cue: "explicit" | "default" } {
  const subject = mentions.filter((m) => m.end <= hit.start).at(-1);
  const windowStart = Math.max(s.start, subject ? subject.start : hit.start - 80, hit.start - 80);
  const before = text.slice(windowStart, hit.start);
  const triggerText = text.slice(hit.start, hit.end);
  const after = text.slice(hit.end, Math.min(s.end, hit.end + 25));
  // The text's own tense first: "will hold a series of meetings on February 10" in an article
  // published the next day is still a plan as written.
  if (FUTURE_CUE.test(before) || /^\s*(?:is|are) (?:also |now |already )?(?:scheduled|planned|expected|being prepared|under preparation)\b/i.test(after) || /\b(?:is|are) (?:also )?(?:planned|scheduled)\b/i.test(text.slice(hit.end, s.end))) return { status: "planned", cue: "explicit" };
  if (date && date > publication) return { status: "planned", cue: "explicit" };
  if (date && date < publication) return { status: "occurred", cue: "explicit" };
  if (PAST_CUE.test(before) || PAST_CUE.test(triggerText) || /\b\w+ed\b/.test(triggerText) || /^\s*(?:took place|was held|were held|ended|concluded)\b/i.test(after)) {
    return { status: "occurred", cue: "explicit" };
  }
  return { status: "occurred", cue: "default" };
}

/** The title the actor held on `date` (roles.ts decides between roles held at once). */
function roleOn(r: ActorRecord | undefined, date: string): string | null {
  return r ? roleOnDate(r, date) : null;
}

// ---------------------------------------------------------------- helpers

/**
 * The person an article is about: the most mentioned, with a bonus for being the first person
 * named in the body (the lead's subject) and a malus for being the counterpart in the headline
 * ("Telephone conversation with President of Tajikistan Emomali Rahmon").
 */
function findProtagonist(mentions: ActorMention[], records: Map<string, ActorRecord>, sentences: Sentence[], text: string): string | null {
  const scores = new Map<string, number>();
  const people = mentions.filter((m) => records.get(m.slug)?.kind === "person");
  for (const m of people) scores.set(m.slug, (scores.get(m.slug) ?? 0) + 1);
  const firstBody = people.find((m) => m.sentenceIndex > 0);
  if (firstBody) scores.set(firstBody.slug, (scores.get(firstBody.slug) ?? 0) + 3);
  const headline = sentences[0];
  if (headline) {
    for (const m of people) {
      if (m.sentenceIndex !== 0) continue;
      if (/\bwith\s+(?:\S+\s+){0,12}$/i.test(text.slice(headline.start, m.start))) scores.set(m.slug, (scores.get(m.slug) ?? 0) - 3);
    }
  }
  let best: string | null = null;
  let n = -Infinity;
  for (const [slug, c] of scores) if (c > n) [best, n] = [slug, c];
  return best;
}

function mostMentioned(mentions: ActorMention[]): ActorMention | undefined {
  const counts = new Map<string, number>();
  for (const m of mentions) counts.set(m.slug, (counts.get(m.slug) ?? 0) + 1);
  const best = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
  return best ? mentions.find((m) => m.slug === best[0]) : undefined;
}

function groupBy<T>(items: T[], key: (t: T) => number): Map<number, T[]> {
  const m = new Map<number, T[]>();
  for (const x of items) {
    const k = key(x);
    const list = m.get(k);
    if (list) list.push(x);
    else m.set(k, [x]);
  }
  return m;
}
