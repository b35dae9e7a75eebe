"use client";
// Loads vis-timeline only in the browser (it touches `window` at import) and only where a
// timeline is shown: it is most of the page's JavaScript.
//
// The download starts as soon as this module runs in the browser — before React hydrates the
// page — rather than when the component first renders after hydration: in paired runs on the
// 100k-event bench, the first drawn items came ~0.2 s earlier (bench/RESULTS.md).
import dynamic from "next/dynamic";

const load = () => import("./vis-timeline");
if (typeof window !== "undefined") void load();

export const LazyTimeline = dynamic(load, {
  ssr: false,
  loading: () => <div className="vis-host vis-skeleton skeleton" aria-hidden="true" />,
});
