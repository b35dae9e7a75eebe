// Runs the extraction pipeline in a worker thread (see extract-pool.ts): CPU-bound work that a
// hostile article can make slow stays off the caller's event loop and can be stopped.
// Messages in: { id, article, aliases }; out: { ready: true } once, when it can take work, then
// { id, ok: true, result } | { id, ok: false, message } per article.
import { parentPort } from "node:worker_threads";
import { extractArticle } from "@/lib/pipeline/extract-article";
import { buildActorDictionary, defaultActorDictionary, type ActorDictionary } from "@/lib/pipeline/actors/dictionary";
import type { ParsedArticle } from "@/lib/pipeline/types";

type Aliases = Array<{ slug: string; alias: string }>;

// The dictionary with the users' aliases, rebuilt only when they change.
let cached: { key: string; dictionary: ActorDictionary } | null = null;
function dictionaryFor(aliases: Aliases): ActorDictionary {
  if (!aliases.length) return defaultActorDictionary();
  const key = JSON.stringify(aliases);
  if (cached?.key !== key) cached = { key, dictionary: buildActorDictionary([...defaultActorDictionary().records.values()], aliases) };
  return cached.dictionary;
}

parentPort!.on("message", (msg: { id: number; article: ParsedArticle; aliases?: Aliases }) => {
  try {
    const x = extractArticle(msg.article, { dictionary: dictionaryFor(msg.aliases ?? []) });
    // Only what storing needs crosses back (mentions, dates and sentences stay here).
    parentPort!.postMessage({ id: msg.id, ok: true, result: { article: x.article, events: x.events, actors: x.actors } });
  } catch (err) {
    parentPort!.postMessage({ id: msg.id, ok: false, message: (err as Error)?.message ?? String(err) });
  }
});

// Build the dictionary now, so that an article's time limit counts extraction only.
defaultActorDictionary();
parentPort!.postMessage({ ready: true });
