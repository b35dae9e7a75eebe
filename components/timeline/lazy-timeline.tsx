"use client";
// Loads vis-timeline only in the browser (it touches `window` at import) and only where a
// timeline is shown: it is most of the page's JavaScript.
import dynamic from "next/dynamic";

export const LazyTimeline = dynamic(() => import("./vis-timeline"), {
  ssr: false,
  loading: () => <div className="vis-host vis-skeleton skeleton" aria-hidden="true" />,
});
