// Results of the heavy aggregate reads (the timeline's rows and clusters, the facet counts, the
// suggested window), kept until the data changes: stored events change only when something is
// ingested (lib/data/data-version.ts), so until then the same question has the same answer. At
// 100,000 events the unfiltered timeline aggregates every event (~1 s on two busy cores); the
// home page asks exactly that on every visit.
//
// Values are shared between callers: treat them as read-only. Bounded by entry count (these
// answers are small: at most ITEM_BUDGET timeline items, a few dozen counts).
import { dataVersion } from "./data-version";

const MAX_ENTRIES = 500;

const globalForMemo = globalThis as unknown as { __dataMemo?: { version: string; entries: Map<string, Promise<unknown>> } };

export function memoByDataVersion<T>(key: string, compute: () => Promise<T>): Promise<T> {
  const version = dataVersion();
  const m = (globalForMemo.__dataMemo ??= { version, entries: new Map() });
  if (m.version !== version) {
    m.entries.clear();
    m.version = version;
  }
  const hit = m.entries.get(key) as Promise<T> | undefined;
  if (hit) {
    m.entries.delete(key);
    m.entries.set(key, hit);
    return hit;
  }
  const p = compute();
  m.entries.set(key, p);
  // A failed computation is not remembered; nor one that raced with a commit.
  p.then(
    () => {
      if (m.entries.get(key) === p && dataVersion() !== version) m.entries.delete(key);
    },
    () => {
      if (m.entries.get(key) === p) m.entries.delete(key);
    },
  );
  while (m.entries.size > MAX_ENTRIES) m.entries.delete(m.entries.keys().next().value!);
  return p;
}
