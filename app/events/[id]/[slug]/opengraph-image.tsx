// The picture a pasted permalink previews with (1200×630 PNG), drawn by next/og. Only the font
// bundled with next/og is used: characters it lacks would make it fetch fonts from the network,
// so text is first reduced to the scripts it covers (Latin, Cyrillic, common punctuation).
import { ImageResponse } from "next/og";
import { formatEventDate } from "@/lib/format/dates";
import { statusLabel, typeLabel } from "@/lib/format/event-types";
import { loadEvent } from "./load-event";

export const size = { width: 1200, height: 630 };
export const contentType = "image/png";
export const alt = "The event: type, date, title, actors and the sentence it was found in";

const TYPE_COLOUR: Record<string, string> = {
  call: "#1d4ed8", meeting: "#15803d", visit: "#0f766e", summit: "#7e22ce", statement: "#57534e", agreement: "#4d7c0f", aid: "#b45309",
  deployment: "#b91c1c", sanction: "#be185d", accusation: "#9a3412", denial: "#475569", warning: "#a16207", appeal: "#4338ca",
};

/** Keep what the bundled font can draw. */
function drawable(text: string): string {
  return text.replace(/[^\u0020-\u024F\u0370-\u03FF\u0400-\u04FF\u1E00-\u1EFF\u2010-\u2027\u2030-\u205E\u20AC]/g, "").trim();
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}

export default async function OpenGraphImage({ params }: { params: Promise<{ id: string }> }) {
  const e = await loadEvent((await params).id);
  if (!e) return new Response("no such event", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  const colour = TYPE_COLOUR[e.type] ?? "#57606a";
  const title = clip(drawable(e.title), 110);
  const actors = clip(drawable(e.actors.map((a) => a.name).join(" · ")), 120);
  const quote = e.sources[0] ? clip(drawable(e.sources[0].quote), 200) : "";
  const when = drawable(formatEventDate(e.start, e.end, e.precision));
  return new ImageResponse(
    (
      <div style={{ width: "100%", height: "100%", display: "flex", flexDirection: "column", background: "#ffffff", fontSize: 28, color: "#1b1f24" }}>
        <div style={{ display: "flex", alignItems: "center", background: "#1f3a5f", color: "#ffffff", padding: "26px 56px", fontSize: 28 }}>
          Diplomatic event timeline
        </div>
        <div style={{ display: "flex", flexDirection: "column", flexGrow: 1, padding: "44px 56px 40px", borderLeft: `14px solid ${colour}` }}>
          <div style={{ display: "flex", alignItems: "center", gap: 18, fontSize: 30 }}>
            <div style={{ display: "flex", background: colour, color: "#ffffff", padding: "6px 18px", borderRadius: 8 }}>{typeLabel(e.type)}</div>
            <div style={{ display: "flex", color: "#57606a" }}>
              {when}
              {e.status === "planned" ? ` · ${statusLabel(e.status)}` : ""}
              {e.place ? ` · ${drawable(e.place.name)}` : ""}
            </div>
          </div>
          <div style={{ display: "flex", fontSize: title.length > 70 ? 50 : 60, lineHeight: 1.15, marginTop: 26 }}>{title}</div>
          {actors ? <div style={{ display: "flex", fontSize: 30, color: "#1f3a5f", marginTop: 20 }}>{actors}</div> : null}
          {quote ? (
            <div style={{ display: "flex", marginTop: "auto", fontSize: 26, lineHeight: 1.35, color: "#57606a", borderLeft: "6px solid #d0d7de", paddingLeft: 20 }}>
              {`“${quote}”`}
            </div>
          ) : null}
        </div>
      </div>
    ),
    size,
  );
}
