// The event triggers: which words in a sentence signal which kind of event, with its CAMEO code.
// One configuration list, tried in this order; a later trigger whose span overlaps an earlier
// match is dropped, so the more specific patterns come first ("telephone conversation" before
// "conversation", "joint statement" before "statement", "called on" before "called").
//
// `strength`: "verb" triggers assert that something happened or will happen ("met", "had a
// telephone conversation"); "noun" triggers only name it ("the talks", "a meeting") and need
// more support (two named sides) before they become an event.
import type { EventType } from "../types";

export interface Trigger {
  type: EventType;
  cameo: string;
  pattern: RegExp;
  strength: "verb" | "noun";
  /** Why this pattern exists (shown by `npm run explain`). */
  note: string;
}

const T = (type: EventType, cameo: string, strength: Trigger["strength"], pattern: RegExp, note: string): Trigger => ({
  type,
  cameo,
  strength,
  pattern: new RegExp(pattern.source, pattern.flags.includes("g") ? pattern.flags : pattern.flags + "g"),
  note,
});

export const TRIGGERS: Trigger[] = [
  // Joint statements and signed documents come first: "signed a joint statement during the talks"
  // is a statement (and the talks are found by their own trigger).
  T("statement", "010", "verb", /\bjoint (?:statement|declaration|communiqu[eé])s?\b/i, "joint statement or declaration"),
  T("statement", "010", "verb", /\b(?:adopted|signed|issued|approved|agreed on|agreed upon) (?:a |an |the )?(?:final |joint |political |trilateral |bilateral )?(?:\w+ ){0,3}declarations?\b/i, "a declaration adopted or signed"),
  T("statement", "010", "verb", /\bDeclaration (?:on|of) [A-Z]/, "a named declaration"),
  T("agreement", "057", "verb", /\b(?:signed|sign|concluded|conclude|initialled|ratified) (?:a |an |the |two |three |several |a number of )?(?:[\w-]+ ){0,5}(?:agreements?|treat(?:y|ies)|memorand(?:um|a)(?: of understanding)?|accords?|deals?|protocols?|roadmaps?)\b/i, "agreement signed"),
  T("agreement", "057", "verb", /\breached (?:an? |the )?(?:\w+ )?(?:agreement|deal|accord)\b/i, "agreement reached"),

  // Calls: telephone and video conversations (the gold treats a bilateral videoconference as a call).
  T("call", "041", "verb", /\b(?:tele)?phone (?:conversations?|calls?|talks|conversation)\b/i, "telephone conversation"),
  T("call", "041", "verb", /\b(?:spoke|speak|speaks|talked|talk|talks|spoken|conferred) (?:\w+ ){0,2}(?:by|on the|over the) (?:tele)?phone\b/i, "spoke by phone"),
  T("call", "041", "verb", /\bby (?:tele)?phone\b/i, "by phone"),
  T("call", "041", "verb", /\b(?:phoned|rang|telephoned)\b/i, "phoned"),
  T("call", "041", "verb", /\b(?:video ?(?:call|conference|link|talks)|videoconference|video-conference|videolink)\b/i, "video conference"),
  T("call", "041", "verb", /\bonline (?:consultations?|meeting|talks|conversation|conference)\b|\bvideo (?:consultations?|meeting|conversation)\b/i, "online consultation"),
  T("call", "041", "noun", /\bcalls? with\b/i, "call with"),
  // Not "the call for peace", "in the call to lift sanctions", "the call of duty": appeals.
  T("call", "041", "noun", /\b(?:on|during|in) (?:a|the|their|his|her) (?:\w+ )?call\b(?! (?:for|to|of)\b)/i, "on a call"),
  T("call", "041", "noun", /\bthe call\b(?! (?:for|to|of)\b)/i, "the call (anaphora)"),
  T("call", "041", "noun", /\b(?:second|third|first|latest|previous|new) (?:phone )?conversation\b/i, "their second conversation"),
  T("call", "041", "verb", /\b(?:held|had|have|has|will have|will hold) (?:a |an )?(?:\w+ )?conversation with\b/i, "had a conversation with"),
  T("call", "041", "verb", /\b(?:during|in|after|following) (?:the|a|their|his|her) (?:\w+ )?conversation with\b/i, "conversation with"),
  T("call", "041", "verb", /\b(?:spoke|talked|speak|talk)(?: (?:\w+ ){0,3}?(?:again|also|today|yesterday|briefly|separately))? with\b/i, "spoke with"),
  T("call", "041", "verb", /\bcalled (?=[A-Z][\w-]+(?: [A-Z][\w-]+)*(?![\w-]*['’]s))/, "called <someone>"),

  // Summits (multilateral); meetings of councils of several states.
  T("summit", "040", "noun", /\bsummits?\b/i, "summit"),
  T("summit", "040", "noun", /\b(?:Supreme (?:State|Eurasian Economic) Council|Collective Security Council|Council of (?:CIS )?Heads of State|European Council meeting)\b/, "council of heads of state"),

  // An address to a multilateral body takes part in its meeting ("Address by President of Ukraine
  // Volodymyr Zelenskyy to the European Council"); the detector requires that body among the actors.
  T("summit", "040", "verb", /\b(?:[Aa]ddress(?:ed|es)?|[Ss]peech)\b(?: by [^.]{0,80}?)? (?:to|at|before) (?:the )?(?:(?:participants|members|leaders|heads of state|heads of delegations|ministers of foreign affairs|foreign ministers|plenary session|session|meeting) of (?:the )?)?(?=[A-Z0-9])/, "address to a body"),

  // Visits: trips framed as travel.
  T("visit", "042", "verb", /\b(?:arrived|arrives|arrive|arriving) (?:in|at) (?:the )?[A-Z]/, "arrived in <place>"),
  T("visit", "042", "verb", /\b(?:visit(?:s|ed|ing)?|pay(?:s|ing)? a (?:\w+ )?visit|paid a (?:\w+ )?visit)\b/i, "visit"),
  T("visit", "042", "verb", /\b(?:trip|journey|tour) to\b/i, "trip to"),
  T("visit", "042", "verb", /\b(?:travel(?:s|led|ed|ling|ing)?|flew|fly|flies|went|headed) to (?=[A-Z])/, "travelled to <place>"),

  // Meetings and negotiations.
  T("meeting", "046", "noun", /\bnegotiations\b(?! (?:process|formats?|track|table|group|positions?))|\bround of (?:[\w-]+ ){0,2}(?:talks|negotiations)\b|\bpeace talks\b/i, "negotiations"),
  // Not "meets the basic interests of our peoples", "met the criteria".
  T("meeting", "040", "verb", /\b(?:met|meets|meet|meeting) (?:with )?(?=[A-Z]|the |his |her |their )(?!the (?:[\w-]+ ){0,2}(?:interests?|needs?|requirements?|criteria|expectations?|standards?|goals?|demands?|conditions?|deadline|challenges?|obligations?))/, "met with"),
  T("meeting", "040", "verb", /\bmet\b(?! (?:the |their |its |all )?(?:criteria|requirements|expectations|demands|needs|targets?|goals?|deadline|standards?|conditions))/, "met"),
  T("meeting", "040", "verb", /\b(?:held|hold|holds|holding|had|have|has|will have) (?:\w+ ){0,2}(?:talks|meetings?|consultations)\b/i, "held talks"),
  T("meeting", "040", "verb", /\b(?:received|receives|hosted|hosts|welcomed|welcomes|welcome) (?=[A-Z]|the |his )/, "received <someone>"),
  T("meeting", "040", "noun", /\b(?:talks|meeting|meetings|consultations)\b/i, "talks / meeting"),

  // Aid.
  T("aid", "072", "verb", /\b(?:security|military|defen[cs]e|lethal) (?:assistance|aid|support|package|equipment)\b/i, "security assistance"),
  T("aid", "073", "verb", /\bhumanitarian (?:assistance|aid|support|cargo|convoy)\b/i, "humanitarian aid"),
  T("aid", "071", "verb", /\b(?:financial|economic|macro-?financial|budget) (?:assistance|aid|support)\b/i, "financial aid"),
  T("aid", "072", "verb", /\b(?:deliver(?:ed|ing|ies|y)?|suppl(?:y|ied|ying|ies)|provid(?:e|ed|es|ing)|sen(?:d|t|ding)|transferr?(?:ed|ing)?) (?:\w+ ){0,5}(?:weapons|arms|missiles|ammunition|Javelins|Stingers|howitzers|artillery|tanks|drones)\b/i, "weapons delivered"),

  // Deployments.
  T("deployment", "154", "verb", /\bdeploy(?:ment|ments|ed|ing|s)?\b/i, "deployment"),
  T("deployment", "154", "verb", /\b(?:send(?:s|ing)?|sent|dispatch(?:ed|es|ing)?|mov(?:e|ed|ing)) (?:an? )?(?:additional |extra |more |further )?(?:[\d,]+ )?(?:\w+ )?(?:troops|forces|soldiers|servicemen|warships|paratroopers)\b/i, "troops sent"),
  T("deployment", "154", "noun", /\btroop (?:build-?up|buildup|deployment|surge)\b/i, "troop build-up"),

  // Sanctions.
  // Only inflected verbs (or "will impose"): "the need to impose sanctions" is talk, not an event.
  T("sanction", "163", "verb", /\b(?:imposed|imposes|introduced|introduces|announced|announces|adopted|adopts|unveiled|unveils|slapped|slaps|approved|approves|will (?:impose|introduce|announce|adopt|approve))(?: (?:a |an |the )?(?:[\w-]+ ){0,4})?sanctions\b/i, "sanctions imposed"),
  T("sanction", "163", "verb", /\bsanctioned (?=[A-Z])/, "sanctioned <someone>"),

  // Verbal conflict and appeals.
  T("appeal", "020", "verb", /\b(?:call(?:s|ed|ing)? (?:on|upon)|urg(?:e|es|ed|ing)|appeal(?:s|ed|ing)? to)\b/i, "called on / urged"),
  T("accusation", "112", "verb", /\baccus(?:e|es|ed|ing)\b/i, "accused"),
  T("accusation", "112", "verb", /\bblam(?:e|es|ed|ing)\b/i, "blamed"),
  T("denial", "016", "verb", /\bden(?:y|ies|ied|ying) (?:\w+ ){0,3}?(?:accusations|allegations|claims|reports|involvement|responsibility|plans?|that|any|having|it|this|these|those)\b/i, "denied"),
  T("denial", "016", "verb", /\b(?:rejected|rejects|dismissed|dismisses) (?:the |these |those |such )?(?:accusations|allegations|claims|reports)\b/i, "rejected accusations"),
  T("warning", "130", "verb", /\bwarn(?:s|ed|ing)?\b/i, "warned"),
  T("warning", "130", "verb", /\bthreaten(?:s|ed)\b/i, "threatened"),
];

/**
 * Words around a trigger that make it NOT an event: a "meeting" of a government at home, a
 * "visit" of a website, the "Summit" as a place name, "called" as naming.
 */
export const TRIGGER_VETO: Array<{ type: EventType | "*"; pattern: RegExp; note: string }> = [
  { type: "call", pattern: /\b(?:so-called|what is called|is called|are called|was called|were called)\b/i, note: "naming, not calling" },
  { type: "call", pattern: /\bcalled (?:for|it|them|him|her|this|that|on|upon)\b/i, note: "called for / called it" },
  { type: "meeting", pattern: /\b(?:meeting (?:with|of) (?:the )?(?:leadership|Cabinet|members of the Cabinet|members of the Government|Office of the (?:President|Head of State)|military command|commanders|heads of regional|regional|Government|Security Council members|permanent members of the Security Council|heads of regions|governors|students|veterans|workers|scientists|business|entrepreneurs|representatives of the public|young|families|mothers|servicemen))\b/i, note: "domestic meeting" },
  { type: "meeting", pattern: /\bmeeting (?:of|with) (?:the |a )?[\w ,-]{0,60}?\b(?:Committee|Parliament|Congress|Senate|Bundestag|Duma|Verkhovna Rada|Seimas|Sejm|parliamentarians|MPs|deputies)\b/i, note: "a legislature's meeting" },
  ...(["call", "meeting"] as const).map((type) => ({
    type,
    pattern: /\b(?:conversation|meeting|talks?|spoke|met|briefing|consultations?) with (?:the )?(?:media|journalists|reporters|press|representatives of the media|media representatives|students|experts|the public)\b/i,
    note: "talking to the press",
  })),
  ...(["call", "meeting", "summit"] as const).map((type) => ({
    type,
    pattern: /\b(?:Chatham House|think tank|Royal Institute|Atlantic Council|Council on Foreign Relations|university|World Economic Forum|Davos|GLOBSEC|Munich Security Conference|Shangri-La Dialogue)\b/i,
    note: "think tanks and forums are not counterparts",
  })),
  { type: "appeal", pattern: /\b(?:resolution|decision|document|law|statement|letter|petition|bill|motion)\s+(?:\w+\s+)?call(?:s|ed|ing)? (?:on|upon)\b/i, note: "a document's appeal, not a person's" },
  { type: "visit", pattern: /\b(?:visit(?:ed|ing)? (?:the )?(?:website|site|page|link|exhibition|hospital|school|plant|factory|museum))\b/i, note: "visiting a place at home" },
  { type: "*", pattern: /\b(?:greetings|congratulatory message|message of condolence|sent a message|Order of|decree|awarded|award ceremony)\b/i, note: "greetings, decrees, awards" },
];

/**
 * Before a noun trigger, words that make it a reference to an earlier or a general event, not
 * news: "the outcome of the recent NATO-Russia Council meeting", "in the context of recent talks".
 */
export const BACKGROUND_BEFORE_NOUN = /\b(?:position (?:in|on)|stance (?:in|on)|role in|approach to|since|anniversary of|recent|previous|past|earlier|last|former|latest|the outcome of|the results? of|in the context of|the course of|preparations? for|the format of|the framework of|participation (?:of [^,]{1,60} )?in|progress (?:of|in)|resumption of|continuation of|course of)\s+(?:the\s+)?(?:[\w-]+\s+){0,4}$/i;



/**
 * Before a noun trigger, words that make it hypothetical or wished for: "can force Russia to move
 * to real negotiations", "Russia's reluctance to hold peace talks", "the proposal to hold a summit".
 */
export const WISHED_BEFORE_NOUN = /\b(?:start\w*|begin\w*|launch\w*|importance of|initiative|idea|convene|convening|organi[sz]\w*|reluctan\w*|refus\w*|unwilling\w*|readiness|ready|willing\w*|proposals?|propos\w*|offer\w*|invitation|invit\w*|call\w* for|demand\w*|insist\w*|hope\w*|possib\w+|prospects?|resum\w+|need\w*|must|should|can|could|would|may|might|only|force\w*|push\w*|idea of|return to|move to)\b(?:\s+\S+){0,8}\s*$/i;
