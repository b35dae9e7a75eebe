// The actor stage's view of an ActorRecord: the shared record (types.ts) plus optional fields the
// matcher uses. Every field added here is optional, so a plain ActorRecord (for example one built
// by the app from its database) is a valid ActorEntry and can be passed to buildActorDictionary.
import type { ActorRecord, DatedRole } from "../types";
import type { Office } from "./data/person-dsl";

export type { Office };

export interface ActorRole extends DatedRole {
  /** What kind of office this is; derived from the title when absent (see offices.ts). */
  office?: Office;
  /** Organisation body the role belongs to when `country` is a shared code ("EU"). */
  body?: string;
  /** "year"/"month" when the bounds were only known that precisely and were widened. */
  precision?: "day" | "month" | "year";
}

export type LeaderOffice = "president" | "head-of-government" | "monarch";

export interface ActorEntry extends ActorRecord {
  roles: ActorRole[];
  /** Surnames/short forms, matched only once the actor has been introduced (or if well known). */
  shortNames?: string[];
  /** Short forms resolve without an earlier full mention ("Putin", "Macron"). */
  wellKnown?: boolean;
  /** States: adjectives/demonyms ("French") that stand for the state in "the French side". */
  demonyms?: string[];
  /** States: capitals, used for metonymy ("Moscow has denied"). */
  capitals?: string[];
  /** States: the office that leads the state in diplomacy (for "his French counterpart"). */
  leader?: LeaderOffice;
  /** Wikidata item of a generated record (provenance). */
  wikidata?: string;
}

/** Where a record came from; shown to users so they can judge how far to trust it. */
export type ActorSource = "curated" | "wikidata" | "ad-hoc";
