"use client";
// "Copy link" (the clipboard) and, where the browser has the Web Share API (phones, some
// desktops), "Share…". If the clipboard is refused, the link is shown selected for copying by hand.
import { useEffect, useRef, useState, useSyncExternalStore } from "react";

const noop = () => () => {};

export function ShareButton({ url, title }: { url: string; title: string }) {
  const canShare = useSyncExternalStore(noop, () => typeof navigator.share === "function", () => false);
  const [status, setStatus] = useState<"idle" | "copied" | "manual">("idle");
  const fallback = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (status === "manual") fallback.current?.select();
    if (status !== "copied") return;
    const t = setTimeout(() => setStatus("idle"), 4000);
    return () => clearTimeout(t);
  }, [status]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setStatus("copied");
    } catch {
      setStatus("manual");
    }
  };

  const share = async () => {
    try {
      await navigator.share({ title, url });
    } catch (err) {
      // Dismissing the share sheet is not an error; anything else falls back to copying.
      if ((err as Error).name !== "AbortError") await copy();
    }
  };

  return (
    <span className="share">
      <button type="button" onClick={() => void copy()}>
        Copy link
      </button>
      {canShare ? (
        <button type="button" onClick={() => void share()}>
          Share…
        </button>
      ) : null}
      <span role="status" className="share-status">
        {status === "copied" ? "Link copied" : ""}
      </span>
      {status === "manual" ? (
        <label className="share-manual">
          Copy this link:
          <input ref={fallback} type="url" readOnly value={url} onFocus={(e) => e.currentTarget.select()} />
        </label>
      ) : null}
    </span>
  );
}
