// Human titles for events, in headline style: present tense for what happened ("Emmanuel Macron
// and Joe Biden speak by phone"), "to" for what is planned ("Emmanuel Macron to visit Ukraine").
import type { EventActorRef, ExtractedEvent } from "../types";
import { isDirected } from "../merge";

function listNames(names: string[]): string {
  if (names.length <= 1) return names[0] ?? "";
  if (names.length === 2) return `${names[0]} and ${names[1]}`;
  if (names.length <= 4) return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
  return `${names.slice(0, 3).join(", ")} and ${names.length - 3} others`;
}

type TitleInput = Pick<ExtractedEvent, "type" | "status" | "actors" | "place">;

export function buildEventTitle(e: TitleInput, nameOf: (slug: string) => string): string {
  const names = (parts: Array<EventActorRef["part"]>) =>
    e.actors.filter((a) => parts.includes(a.part)).map((a) => nameOf(a.slug));
  const all = [...new Set(e.actors.map((a) => nameOf(a.slug)))];
  const sources = names(["source"]);
  const subjectNames = sources.length ? sources : all.slice(0, 1);
  const subject = listNames(subjectNames);
  // Directed events name only their targets ("assistance to Ukraine"); encounters everyone else.
  const directed = isDirected(e.type);
  const targets = names(directed ? ["target"] : ["target", "participant"]).filter((n) => !subjectNames.includes(n));
  const object = listNames(targets);
  const planned = e.status === "planned";
  const v = (present: string, base: string) => (planned ? `to ${base}` : present);
  const at = e.place ? ` in ${e.place.name}` : "";

  switch (e.type) {
    case "call":
      return `${listNames(all)} ${planned ? "to speak" : "speak"} by phone`;
    case "meeting":
      return object ? `${subject} ${v("meets", "meet")} ${object}${at}` : `${listNames(all)} ${v("meet", "meet")}${at}`;
    case "visit":
      return `${subject} ${v("visits", "visit")} ${e.place?.name ?? (object || "abroad")}`;
    case "summit":
      return object ? `${subject} ${v("takes part in", "take part in")} a summit with ${object}${at}` : `${subject} ${v("attends", "attend")} a summit${at}`;
    case "statement":
      return `${listNames(all)} ${v("adopt", "adopt")} a joint statement`;
    case "agreement":
      return `${listNames(all)} ${v("sign", "sign")} an agreement`;
    case "aid":
      return object ? `${subject} ${v("provides", "provide")} assistance to ${object}` : `${subject} ${v("provides", "provide")} assistance`;
    case "deployment":
      return `${subject} ${v("deploys", "deploy")} forces${e.place ? ` to ${e.place.name}` : object ? ` to ${object}` : ""}`;
    case "sanction":
      return object ? `${subject} ${v("imposes", "impose")} sanctions on ${object}` : `${subject} ${v("imposes", "impose")} sanctions`;
    case "accusation":
      return object ? `${subject} ${v("accuses", "accuse")} ${object}` : `${subject} ${v("makes", "make")} accusations`;
    case "denial":
      return object ? `${subject} ${v("rejects", "reject")} accusations by ${object}` : `${subject} ${v("denies", "deny")} accusations`;
    case "warning":
      return object ? `${subject} ${v("warns", "warn")} ${object}` : `${subject} ${v("issues", "issue")} a warning`;
    case "appeal":
      return object ? `${subject} ${v("appeals to", "appeal to")} ${object}` : `${subject} ${v("makes", "make")} an appeal`;
  }
}
