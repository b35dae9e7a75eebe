// Public API of the actor stage: the dictionary (built from the shipped data plus users' own
// aliases), role lookups by date, and mention finding. Everything else in this folder is internal.
export {
  buildActorDictionary,
  defaultActorDictionary,
  holdersOn,
  lookupActor,
  officeOf,
  roleOn,
  rolesOn,
  type ActorDictionary,
} from "./dictionary";
export { findActorMentions, type ActorMentions } from "./find-actor-mentions";
export { buildActorRecords } from "./actor-records";
export type { ActorEntry, ActorRole, Office } from "./actor-entry";
