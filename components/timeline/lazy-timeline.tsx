"use client";
// Loads vis-timeline only in the browser and only on the timeline page (it touches `window` at
// import, and it is most of the page's JavaScript).
import dynamic from "next/dynamic";

export const LazyTimeline = dynamic(() => import("./vis-timeline"), {
  ssr: false,
  loading: () => <div className="vis-host skeleton" aria-hidden="true" />,
});
