// The pipeline, stage by stage (each stage is a pure function in its own module):
//   1. read        read-article.ts        bytes/text → ParsedArticle (header, body, dateline)
//   2. sentences   split-sentences.ts     ParsedArticle → Sentence[] (headline is sentence 0)
//   3. actors      actors/                sentences → ActorMention[] + the actors' records
//   4. dates       dates/                 sentences → DateExpression[] (TIMEX3 values, tense-aware)
//   5. events      events/                mentions + dates → ExtractedEvent[] (type, CAMEO, roles, date, status, place, title)
//   6. merge       merge.ts               one event per real event, with all its evidence
// Order matters: events need actors and dates; merging needs whole events.
import type { Extraction, ParsedArticle } from "./types";
import { splitSentences } from "./split-sentences";
import { findActorMentions } from "./actors/find-actor-mentions";
import { defaultActorDictionary, type ActorDictionary } from "./actors/dictionary";
import { tagDates } from "./dates";
import { detectEvents, dropRepresentedStates, MIN_CONFIDENCE } from "./events/detect-events";
import { isDirected, mergeDuplicateEvents } from "./merge";
import { buildEventTitle } from "./events/title";

export interface PipelineOptions {
  dictionary?: ActorDictionary;
}

export function extractArticle(article: ParsedArticle, opts: PipelineOptions = {}): Extraction {
  const dictionary = opts.dictionary ?? defaultActorDictionary();
  const sentences = splitSentences(article);
  const { mentions, actors } = findActorMentions(article, sentences, dictionary);
  const dates = tagDates(article.text, sentences, article.date);
  const detected = detectEvents({ article, sentences, mentions, dates, actors });
  const bySlug = new Map(actors.map((a) => [a.slug, a]));
  // Weak mentions still help merging (their evidence joins a confident event); alone they are dropped.
  const events = mergeDuplicateEvents(detected, article.date, (slug) => bySlug.get(slug)?.country ?? null).filter((e) => e.confidence >= MIN_CONFIDENCE);
  // Titles are written once the mentions are merged (status and actors may have changed).
  for (const e of events) {
    // Mentions merged from several sentences can bring back a state its leader already stands
    // for ("Zelenskyy … Ukraine"); in aid or sanctions the state itself is the party, so keep it.
    if (!isDirected(e.type)) e.actors = dropRepresentedStates(e.actors, bySlug);
    e.title = buildEventTitle(e, (slug) => bySlug.get(slug)?.name ?? slug);
  }
  const used = new Set(events.flatMap((e) => e.actors.map((a) => a.slug)));
  return { article, sentences, mentions, dates, events, actors: actors.filter((a) => used.has(a.slug)) };
}
