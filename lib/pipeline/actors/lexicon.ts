// Words the actor matcher reasons with, apart from names: titles (role phrases) and the office
// they denote, collective nouns that make an adjective an actor ("the Russian side"), honorifics,
// determiners, prepositions, and the verbs that make a capital a metonym ("Moscow has denied").
// Titles are matched case-insensitively: press releases write "President of Ukraine", the
// Guardian writes "the French president, Emmanuel Macron".
import type { Office } from "./actor-entry";

/** Offices a title in text can denote; "leader", "head" and "head-of-state" are resolved per state. */
export type TitleOffice = Office | "leader" | "head" | "head-of-state" | "counterpart";

export interface TitlePhrase {
  phrase: string;
  office: TitleOffice;
  /** State/organisation code the title implies on its own (Taoiseach → IRL). */
  implies?: string;
  /** Body slug the title implies (High Representative of the Union → eu). */
  body?: string;
}

const T = (office: TitleOffice, phrases: string[], implies?: string, body?: string): TitlePhrase[] =>
  phrases.map((phrase) => ({ phrase, office, ...(implies ? { implies } : {}), ...(body ? { body } : {}) }));

export const TITLE_PHRASES: TitlePhrase[] = [
  ...T("president", ["President", "President-elect"]),
  ...T("vice-president", ["Vice President", "Vice-President", "Vice President-elect"]),
  ...T("head-of-government", ["Prime Minister", "Premier", "Chancellor", "Federal Chancellor", "head of government", "Chairman of the Cabinet of Ministers", "Chairman of the Council of Ministers"]),
  ...T("head-of-government", ["Taoiseach"], "IRL"),
  ...T("deputy-head-of-government", ["Deputy Prime Minister", "First Deputy Prime Minister", "Vice Premier", "Vice-Premier", "Vice Chancellor", "Vice-Chancellor", "Deputy Premier", "Tánaiste", "Tanaiste"]),
  ...T("head-of-state", ["Head of State"]),
  ...T("leader", ["leader", "supreme leader"]),
  ...T("monarch", ["King", "Queen", "Emir", "Amir", "Sultan", "Emperor", "Grand Duke", "monarch", "Sheikh"]),
  ...T("crown-prince", ["Crown Prince"]),
  ...T("pope", ["Pope", "Pontiff", "Holy Father", "His Holiness"], "VAT"),
  ...T("foreign-minister", [
    "Foreign Minister", "Minister of Foreign Affairs", "Minister for Foreign Affairs", "Foreign Affairs Minister",
    "Minister of External Affairs", "External Affairs Minister", "Minister for Europe and Foreign Affairs", "Minister of Foreign and European Affairs",
    "Minister for Foreign Affairs and Trade", "Minister of Foreign Affairs and Trade", "Foreign Secretary", "Secretary of State", "top diplomat", "chief diplomat",
  ]),
  ...T("deputy-foreign-minister", ["Deputy Foreign Minister", "Deputy Minister of Foreign Affairs", "Deputy Secretary of State", "Under Secretary of State", "Under-Secretary of State"]),
  ...T("defence-minister", [
    "Defence Minister", "Defense Minister", "Minister of Defence", "Minister of Defense", "Minister for Defence", "Defence Secretary", "Defense Secretary",
    "Secretary of Defense", "Secretary of State for Defence", "Minister of National Defence", "Minister of National Defense",
  ]),
  ...T("minister", ["Minister", "Secretary", "Commissioner", "European Commissioner", "Chancellor of the Exchequer", "Home Secretary", "Interior Minister", "Finance Minister"]),
  ...T("secretary-general", ["Secretary-General", "Secretary General", "Executive Secretary"]),
  ...T("deputy-secretary-general", ["Deputy Secretary-General", "Deputy Secretary General"]),
  ...T("director-general", ["Director General", "Director-General", "Managing Director"]),
  ...T("high-representative", ["High Representative", "High Representative of the Union for Foreign Affairs and Security Policy", "foreign policy chief"], "EU", "eu"),
  ...T("spokesperson", ["spokesman", "spokeswoman", "spokesperson", "press secretary"]),
  ...T("adviser", ["adviser", "advisor", "aide", "Aide", "Assistant", "Adviser to the President", "Adviser to the Head of the Office of the President", "chief adviser", "Senior Adviser"]),
  ...T("national-security-adviser", ["National Security Adviser", "National Security Advisor"]),
  ...T("chief-of-staff", ["Chief of Staff", "Head of the Presidential Executive Office", "Head of the Presidential Administration"]),
  ...T("chief-of-staff", ["Head of the Office of the President", "Head of the President's Office", "Head of the Presidential Office", "Head of the Office of the President of Ukraine"], "UKR"),
  ...T("deputy-chief-of-staff", ["Deputy Chief of Staff", "Deputy Head of the Presidential Executive Office"]),
  ...T("deputy-chief-of-staff", ["Deputy Head of the Office of the President", "Deputy Head of the President's Office", "Deputy Head of the Presidential Office"], "UKR"),
  ...T("speaker", [
    "Speaker", "Chairman of the Verkhovna Rada", "Chairwoman of the Federation Council", "Chairman of the State Duma",
    // Presidents of parliaments are speakers, not heads of state: "President of the Bundestag of
    // the Federal Republic of Germany Bärbel Bas" is not Germany's President.
    "President of the Bundestag", "President of the German Bundestag", "President of the National Assembly", "President of the Senate",
    "President of the Sejm", "Marshal of the Sejm", "Marshal of the Senate", "President of the Chamber of Deputies", "President of the Saeima",
    "President of the Riigikogu", "Speaker of the Seimas", "President of the Parliament", "President of the Storting", "President of the Bundesrat",
  ]),
  // Bare "General" is left out: "General Dynamics", "General Assembly".
  ...T("military-chief", [
    "Commander-in-Chief", "Commander in Chief", "Chief of the General Staff", "Chief of General Staff", "Chairman of the Joint Chiefs of Staff",
    "Admiral", "commander", "Commander", "Colonel-General", "Colonel General", "Lieutenant General", "Lieutenant-General", "Major General",
    "Major-General", "Brigadier General", "Army General", "Air Chief Marshal", "Chief of the Defence Staff", "Chief of Defence",
  ]),
  ...T("intelligence-chief", ["Director of the Foreign Intelligence Service", "Director of the Federal Security Service", "intelligence chief", "spy chief"]),
  ...T("security-council-secretary", ["Secretary of the Security Council", "Secretary of the National Security and Defense Council", "Secretary of the National Security and Defence Council"]),
  ...T("ambassador", ["ambassador", "Ambassador", "Ambassador Extraordinary and Plenipotentiary", "Permanent Representative", "chargé d'affaires", "charge d'affaires", "Chargé d'Affaires", "attaché", "Attaché", "Defense Attaché", "Defence Attaché", "Military Attaché", "consul", "Consul General", "State Secretary"]),
  ...T("envoy", ["envoy", "Special Envoy", "special representative", "Special Representative", "Special Presidential Envoy", "negotiator", "chief negotiator"]),
  ...T("mayor", ["Mayor", "mayor"]),
  ...T("regional-head", ["Governor", "governor", "Head of the Republic", "head of the regional military administration", "Head of the Regional Military Administration"]),
  ...T("head", ["head", "Head", "chief", "Chief", "chair", "Chair", "Chairman", "Chairwoman", "Chairperson", "Director", "director", "President of the Commission"]),
  // "official", "diplomat" are left out: "Official Secrets Act", and they rarely introduce a name.
  ...T("other", ["First Lady", "first lady", "Prosecutor General", "Prosecutor", "Ombudsman", "Commissioner for Human Rights", "Chief Executive", "chief executive", "CEO"]),
  ...T("counterpart", ["counterpart"]),
];

/** Offices a title-only mention ("the Russian President") may be resolved to. */
export const RESOLVABLE_OFFICES = new Set<TitleOffice>([
  "president", "vice-president", "head-of-government", "head-of-state", "leader", "monarch", "crown-prince", "pope",
  "foreign-minister", "defence-minister", "secretary-general", "director-general", "high-representative", "head",
  "chief-of-staff", "national-security-adviser", "spokesperson",
]);

/** Words that may precede a title inside the title phrase ("former", "acting"). */
export const TITLE_MODIFIERS = new Set([
  "former", "then", "acting", "interim", "deputy", "vice", "first", "senior", "top", "chief", "new", "incoming", "outgoing",
  "late", "current", "newly-elected", "elected", "de", "facto", "federal", "foreign", "presidential", "special", "permanent", "ex",
]);

/** Title modifiers that mean the person does not (yet/still) hold the office on the article date. */
export const NOT_CURRENT = new Set(["former", "then", "late", "ex", "incoming", "elected", "newly-elected"]);

export const DETERMINERS = new Set(["the", "his", "her", "its", "their", "our", "my", "your", "a", "an", "this"]);

/** Honorifics that license a surname on its own ("Mr Putin"). */
export const HONORIFICS = new Set(["mr", "mrs", "ms", "madam", "madame", "dr", "sir", "dame", "lord", "lady", "herr", "frau", "monsieur"]);

/** Nouns that make a preceding adjective/state an actor: "the Russian side", "US forces". */
export const COLLECTIVE_NOUNS = [
  "side", "delegation", "delegations", "government", "authorities", "leadership", "officials", "diplomats", "negotiators",
  "forces", "troops", "military", "army", "armed forces", "navy", "air force", "administration", "embassy", "mission",
  "foreign ministry", "ministry of foreign affairs", "defence ministry", "defense ministry", "ministry of defence", "ministry of defense",
  "partners", "colleagues", "counterparts", "team", "parliament", "president's office", "presidential office", "cabinet",
  "intelligence", "special services", "prosecutors", "soldiers", "envoys",
];

/** Prepositions after which a country name is probably a place ("talks in Russia"). */
export const LOCATIVE_PREPOSITIONS = new Set(["in", "at", "inside", "within", "throughout", "across", "near", "around", "outside", "into"]);

/** Prepositions that rule out a capital as a grammatical subject. */
export const PREPOSITIONS = new Set([
  "in", "at", "to", "from", "with", "between", "of", "for", "by", "via", "into", "inside", "outside", "near", "around", "across",
  "toward", "towards", "through", "throughout", "on", "over", "under", "against", "about", "within", "like", "than", "and", "or",
]);

/** Words that, after "that/and/but", still leave the next word at subject position. */
export const CLAUSE_OPENERS = new Set(["that", "but", "while", "as", "because", "since", "when", "if", "after", "before", "although", "though", "whereas", "so", "and", "meanwhile"]);

/** Verbs and auxiliaries that make a preceding capital a metonym for its state. */
export const SUBJECT_VERBS = new Set([
  "has", "have", "had", "is", "was", "will", "would", "could", "should", "must", "may", "might", "can", "cannot", "does", "did", "is", "says", "said",
  "insists", "insisted", "denies", "denied", "warns", "warned", "accuses", "accused", "claims", "claimed", "wants", "wanted", "believes", "believed",
  "considers", "considered", "rejects", "rejected", "demands", "demanded", "announced", "announces", "threatens", "threatened", "responded",
  "responds", "refuses", "refused", "sees", "saw", "seeks", "sought", "expects", "expected", "calls", "called", "urges", "urged", "condemned",
  "condemns", "hopes", "hoped", "plans", "planned", "agreed", "agrees", "supports", "supported", "recognised", "recognized", "recognises",
  "recognizes", "imposed", "imposes", "sent", "sends", "needs", "needed", "intends", "intended", "continues", "continued", "appears", "appeared",
  "remains", "remained", "insist", "deny", "warn", "accuse", "claim", "reject", "demand", "retaliated", "retaliates", "vowed", "vows", "pledged",
  "pledges", "launched", "launches", "blamed", "blames", "argues", "argued", "maintains", "maintained", "hit", "struck", "signed", "signs",
  "decided", "decides", "declined", "declines", "protested", "protests", "summoned", "summons", "expelled", "expels", "responded", "welcomed",
  "welcomes", "offered", "offers", "proposed", "proposes", "stated", "reiterated", "reiterates", "promised", "promises", "approved",
  "approves", "allowed", "allows", "ordered", "orders", "seemed", "seems", "agreed", "wants", "fears", "feared", "regards", "regarded",
]);

/** Adverbs that may sit between a subject and its verb ("Moscow has repeatedly denied"). */
export const SUBJECT_ADVERBS = new Set(["also", "repeatedly", "already", "now", "still", "then", "previously", "reportedly", "officially", "strongly", "again", "has", "had", "have", "is", "was", "will", "would", "not", "never", "always", "firmly", "flatly", "publicly", "recently", "long", "so", "far", "itself"]);

export const MONTHS = new Set(["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]);
export const WEEKDAYS = new Set(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]);

/** Capitalised words that cannot start or be part of a person's name introduced by a title. */
export const NOT_NAME_WORDS = new Set([
  "the", "a", "an", "and", "or", "of", "in", "on", "at", "to", "for", "with", "by", "from", "this", "that", "these", "those", "his", "her",
  "their", "its", "our", "it", "he", "she", "they", "we", "i", "you", "who", "which", "said", "says", "also", "has", "have", "had", "was",
  "is", "will", "would", "mr", "mrs", "ms", "dr", "sir", "his", "excellency", "majesty", "highness", "holiness", "state", "republic",
  "federation", "kingdom", "union", "council", "office", "ministry", "government", "department", "committee", "commission", "assembly",
  "parliament", "congress", "senate", "court", "bank", "agency", "service", "forces", "army", "navy", "administration", "affairs",
  "security", "defence", "defense", "foreign", "national", "international", "european", "general", "staff", "federal", "presidential",
  "embassy", "delegation", "region", "oblast", "city", "territory", "district", "news", "media", "press", "live", "post", "times", "today", "tonight", "yesterday", "tomorrow",
]);

/** Capitalised words of a title's complement, never part of the name after it ("Minister of Finance Anton Siluanov"). */
export const COMPLEMENT_WORDS = new Set([
  "finance", "health", "healthcare", "justice", "culture", "education", "energy", "transport", "agriculture", "industry", "trade", "economy",
  "economic", "development", "digital", "transformation", "infrastructure", "interior", "internal", "region", "regional", "oblast", "city",
  "affairs", "science", "higher", "sport", "sports", "youth", "emergency", "emergencies", "situations", "natural", "resources", "environment",
  "labour", "labor", "social", "policy", "protection", "integration", "reintegration", "temporarily", "occupied", "territories", "communities",
  "veterans", "strategic", "industries", "information", "communications", "construction", "housing", "utilities", "civil", "defence", "defense",
  "foreign", "european", "euro", "atlantic", "military", "administration", "board", "directors", "management", "bank", "fund", "corporation",
  "company", "council", "committee", "commission", "service", "agency", "ministry", "office", "department", "staff", "general", "security",
  "national", "federal", "state", "republic", "federation", "kingdom", "union", "assembly", "parliament", "duma", "senate", "rada",
  "verkhovna", "supreme", "armed", "forces", "intelligence", "chamber", "commerce", "rights", "human", "ombudsman", "public", "relations",
  "media", "press", "technology", "technologies", "innovation", "research", "academy", "sciences", "university", "institute", "centre", "center",
  "north", "south", "east", "west", "central", "far", "eastern", "western", "northern", "southern", "district", "territory", "krai", "city",
  // words of organisations' names ("UN World Food Programme", "Russian Railways")
  "programme", "program", "food", "world", "organisation", "organization", "association", "society", "societies", "league", "party",
  "group", "forum", "foundation", "movement", "front", "command", "tribunal", "nuclear", "atomic", "energy", "red", "cross", "crescent",
  "helicopters", "railways", "airlines", "systems", "industries", "holding", "partnership", "initiative", "platform", "summit", "conference",
]);

/** Given-name-like state names: "Georgia Meloni" is not Georgia, "Chad Wolf" is not Chad. */
export const NAME_LIKE_STATE_NAMES = new Set(["Georgia", "Jordan", "Chad", "Israel", "Kenya"]);

/**
 * Words before a name that mean it is not the state: "Latin American", "Native American",
 * "Atlanta, Georgia" (the US state). Checked across a comma too.
 */
export const PRECEDER_BLOCKERS: Record<string, string[]> = {
  American: ["latin", "south", "north", "central", "native", "african", "asian", "arab", "mexican", "irish", "italian", "pan"],
  Indian: ["american", "native", "west"],
  America: ["latin", "south", "north", "central"],
  Georgia: ["atlanta", "savannah", "augusta", "macon", "athens", "columbus"],
};

/** Words after a name that mean it is not the state ("Jordan River", "Georgia Tech"). */
export const NAME_FOLLOWER_BLOCKERS: Record<string, string[]> = {
  Jordan: ["river", "valley"],
  Georgia: ["tech", "state"],
  Indian: ["ocean"],
  America: ["first"],
  Washington: ["post", "times", "examiner", "consensus", "institute", "monument"],
};
