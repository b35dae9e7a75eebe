// Small lexical cues the event stage reads around a trigger: tense and modality (planned or
// occurred), negation and hypotheticals (no event), attribution ("…, the White House said").

/** Future or intention between the subject and the trigger: the event is planned. */
export const FUTURE_CUE =
  /\b(?:agreed to|agree to|decided to|will|shall|is to|are to|was to|(?:is|are) (?:also |now |still )?(?:due|expected|scheduled|set|going|planning) to|scheduled for|plans? to|planned|planning to|intends? to|to be held|upcoming|forthcoming|is set to|are set to|is going to|are going to|next)\b|'ll\b/i;

/** Past tense or perfect near the trigger: the event occurred. */
export const PAST_CUE =
  /\b(?:took place|was held|were held|had|held|met|spoke|talked|visited|arrived|signed|adopted|discussed|was|were|did|has been|have been|has|have|took part|participated|received|hosted|welcomed|agreed|imposed|announced|approved|delivered|sent|deployed|accused|denied|warned|urged|called|phoned|exchanged|noted|stressed|expressed|informed|thanked|congratulated|briefed)\b/i;

/** The trigger is negated or hypothetical: "not threatening anyone", "has the right to move troops". */
export const UNREAL_CUE =
  /\b(?:not|no|never|cannot|can't|won't|didn't|doesn't|don't|isn't|aren't|wasn't|without|right to|ability to|ready to|willing to|want(?:s|ed)? to|would like to|could|might|may|if|whether|unless|refus(?:e|ed|es) to|possibility of|possible|proposal to|proposed|offer(?:ed)? to|invited .{0,40} to)\b/i;

/**
 * Talk about aid, sanctions or deployments that is not itself one: "called on NATO to provide
 * military assistance", "discussed further sanctions", "the need to strengthen sanctions".
 */
export const TALK_ABOUT_CUE =
  /\b(?:need to|needs to|necessity|should|must|ask(?:s|ed|ing)? (?:for|to)|request(?:s|ed|ing)?|seek(?:s|ing)?|sought|call(?:s|ed|ing)? (?:on|for|upon)|urg(?:e|es|ed|ing)|appeal(?:s|ed|ing)?|demand(?:s|ed|ing)?|discuss(?:ed|es|ing)?|consider(?:s|ed|ing)?|strengthen(?:ing)?|fight(?:s|ing)? for|struggle for|cost of|price of|costs of|push(?:es|ing)? for|lobby(?:ing)? for|issue of|question of|possibility of|prospects? (?:of|for)|rul(?:e|ed|ing) out|preclud\w*|refrain\w* from|eventuality|prevent\w*|ban on|guarantees?|non-)\b/i;

/** Reporting verbs that end an attribution clause (", the White House said"). */
export const REPORTING_VERB = /^\s*,?\s*(?:said|says|told|added|noted|reported|announced|stressed|emphasi[sz]ed|stated|explained|wrote|tweeted|confirmed|insisted)\b/i;

/** An inverted attribution at the end: '…, and together we will do even more," said Mette Frederiksen.' */
export const INVERTED_ATTRIBUTION = /[,"”]\s*(?:said|says|added|noted|stressed|emphasi[sz]ed|stated|wrote)\s+(?:the\s+)?(?![^,;"”]*\b(?:meeting|talks|conversation|visit|call|negotiations)\b)[^,;"”]{2,70}\.?$/i;

/** "According to X," at the start of a sentence. */
export const ACCORDING_TO = /^\s*(?:According to|As reported by|Citing)\b[^,]*,/i;

/** A state named as a topic or a place rather than as an actor: "the Ukraine crisis", "in Ukraine". */
export const TOPIC_AFTER =
  /^\s*(?:'s\s+|’s\s+)?(?:crisis|border|borders|situation|issue|conflict|war|territory|territories|economy|settlement|region|regions|security|sovereignty|independence|question|problem|market|gas|energy|airspace|coast|capital|cities|city|people|citizens|nationals|embassy|army|military|troops|forces|soldiers|government's|constitution|parliament|legislation|law|language|culture|history|membership|accession|bid|integration|prospects?|perspective|reforms?|proposals?|offer|requests?|position|demands?|claims?|initiative|plans?|justification|invasion|aggression|war)\b/i;

/** An organisation named as a topic: "membership in the EU", "EU candidate status", "accession to NATO". */
export const ORG_TOPIC_AFTER =
  /^\s*(?:'s\s+|’s\s+)?(?:candidate|candidacy|membership|accession|status|integration|member states?|market|funds?|law|standards|perspective|aspirations?|rules|budget|summit decisions?|decisions?|proposal|sanctions|enlargement|borders?|territory|countries)\b/i;
export const ORG_TOPIC_BEFORE = /\b(?:in|into|to|for|about|from|within|towards?|on|context of|session of|meeting of|eve of|after|following|before|ahead of|during|since|join|joining|accession to|membership (?:in|of))\s+(?:the\s+)?$/i;

export const PLACE_PREPOSITION_BEFORE = /\b(?:in|into|to|from|across|near|around|inside|within|throughout|towards?|about|regarding|over|on|of|for|against|by)\s+(?:the\s+)?$/i;
