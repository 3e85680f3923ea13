import type { Stance } from '../../schema/corpus';

/**
 * How a cue reports a reaction: a stance word ("condemned"), a statement verb ("said") whose
 * stance is "other" unless its clause carries one, or an act of state ("imposed", "closed").
 */
export type CueKind = 'stance' | 'say' | 'act';

type CueRule = { stance: Stance; detail: string; kind: CueKind; pattern: RegExp };

const rule = (stance: Stance, detail: string, pattern: RegExp, kind: CueKind = 'stance'): CueRule => ({
  stance,
  detail,
  kind,
  pattern,
});

/**
 * Generic diplomatic and news vocabulary, by stance, with a finer word for each. The first rule
 * listed wins where two overlap, so the specific phrases come before the general verbs.
 */
export const STANCE_CUES: CueRule[] = [
  rule(
    'call_for_calm',
    'call_for_calm',
    /\b(?:call\w*|appeal\w*|urg\w*|ready|readiness|plead\w*)\s+[“"]?(?:for\s+|to\s+)?[“"]?(?:calm|restraint|de-?escalat\w*|dialogue|negotiations?|talks)\b|\b(?:call\w*\s+on|urg\w*|appeal\w*\s+to|ask\w*)\s+(?:[\w'’-]+\s+){1,4}?to\s+(?:(?:show|exercise|remain|stay|keep|maintain|use)\s+)?(?:calm|restraint|dialogue)\b|\bto\s+(?:defuse|de-?escalate|ease)\s+(?:the\s+)?(?:tensions?|situation|dispute|crisis)\b/gi,
  ),
  rule(
    'other',
    'call_for_inquiry',
    /\b(?:call\w*|demand\w*|urg\w*)\s+(?:for\s+)?(?:an?\s+)?(?:\w+\s+)?(?:inquiry|investigation|probe)\b/gi,
  ),
  rule('support', 'condolence', /\b(?:condolences?|sympathy|sympathies|mourn\w*|sadness|sorrow|saddened)\b/gi),
  // Aid sent or pledged: "sent a rescue team", "flew in tents and medical supplies", "pledged
  // €5m in emergency aid", "stands ready to send aid", "sent two ships to help". The words between
  // hold no "to", so "pledged to cut aid" is not help. Before the offers, so an offer to send aid is
  // read as aid sent.
  rule(
    'offer_help',
    'send_aid',
    /\b(?:(?:sen[dt]|sending|dispatch\w*|deliver\w*|airlift\w*|(?:fl[eoy]w|flown|flying)\s+in)\s+(?:(?!to\b)[\w-]+\s+){0,5}?(?:(?:\w+-)*(?:aid|assistance|supplies|relief|rescuers|rescue|humanitarian|medical|medicines?|doctors|tents)|to\s+(?:help|assist))|(?:pledg\w*|promis\w*|donat\w*|contribut\w*|provid\w*|announc\w*|gave|giv(?:e|es|ing))\s+(?:(?!to\b)[\w$€£.,-]+\s+){0,5}?(?:in\s+)?(?:emergency\s+|humanitarian\s+)?(?:aid|assistance|relief)|(?:ready|willing|prepared)\s+to\s+(?:send|provide|give|offer|donate|deliver)\s+(?:[\w-]+\s+){0,3}?(?:aid|assistance|help|support|supplies|relief|rescue\w*))\b/gi,
  ),
  rule(
    'offer_help',
    'offer_help',
    /\boffer\w*\s+(?:to\s+help|help|(?:our|their|its|his|her)?\s*(?:assistance|support|aid))\b|\b(?:ready|willing|prepared)\s+to\s+(?:help|assist|receive|accept|take\s+in|host|shelter)\b|\b(?:will|would)\s+help\b|\b(?:offer\w*|pledg\w*|promis\w*|vow\w*)\s+to\s+(?:help|assist|take|accept|receive|host|send|provide|give|supply|deploy|donate|shelter|mediate)\b/gi,
  ),
  // The verb, or the noun with its accuser after it ("accusations from the government"):
  // "rejected the accusations" accuses no one.
  rule('blame', 'accuse', /\b(?:accus(?:e|ed|es|ing)|accusations?(?=\s+(?:from|by)\b))\b/gi),
  rule('blame', 'blame', /\b(?:blam\w*|held\s+\w+\s+responsible|holds?\s+\w+\s+responsible)\b/gi),
  rule(
    'condemn',
    'retaliate',
    /\b(?:retaliat\w*|fight\s+back|hit\s+back|respond\w*\s+in\s+kind|counter-?measures|threaten\w*\s+(?:(?:new|further|fresh|more|tough|economic)\s+)?(?:sanctions|consequences|reprisals))\b/gi,
  ),
  rule(
    'concern',
    'concern',
    /\b(?:expressed?\s+(?:\w+\s+)?(?:concern|dismay|alarm|worry|unease)|voiced\s+(?:\w+\s+)?(?:concern|dismay|alarm)|(?:deeply|gravely|seriously|very|extremely|highly)\s+(?:concerned|worried|worrying|troubling|troubled|alarming|alarmed|disturbing|disturbed)|urged\s+caution|(?:expressed|voiced)\s+(?:\w+\s+)?regret)\b/gi,
  ),
  rule('concern', 'warn', /\bwarn(?:s|ed|ing)?\b/gi),
  rule('support', 'welcome', /\b(?:welcom(?:ed|es|ing)|hail(?:ed|s)|applaud\w*|congratulat\w*)\b/gi),
  rule(
    'support',
    'praise',
    /\b(?:(?:good|great|positive|significant|important|historic|welcome)\s+(?:step|opportunity|move|development|sign|contribution)|(?:step|move)\s+in\s+the\s+right\s+direction)\b/gi,
  ),
  rule('support', 'praise', /\b(?:praised|praises|lauded|lauds|commended|commends|solidarity|relieved|endors\w*)\b/gi),
  // "voiced support for the plan", "stood with the people of X": backing, not help offered.
  rule(
    'support',
    'endorse',
    /\b(?:(?:voiced|voices|expressed|expresses|declared|reaffirmed|reiterated)\s+(?:(?:its|their|his|her|full|strong|firm|unwavering)\s+){0,2}support|st(?:and|ands|ood|anding)\s+with)\b/gi,
  ),
  rule(
    'condemn',
    'criticise',
    /\b(?:criticis\w*|criticiz\w*|complain(?:ed|s|ing)?\b|lambast\w*|rebuk\w*|castigat\w*|heap\w*\s+scorn|slamm\w*|lodged\s+an?\s+(?:\w+\s+)?protest|provocati(?:ve|on)|demand\w*\s+an\s+apology)\b/gi,
  ),
  rule(
    'condemn',
    'reject',
    /\b(?:reject\w*|unacceptable|(?:would|will)\s+violate|(?:refus\w*|declin\w*)\s+to\s+recogni[sz]e|question\w*\s+the\s+legitimacy)\b/gi,
  ),
  rule(
    'condemn',
    'condemn',
    /\b(?:condemn\w*|denounc\w*|deplor\w*|decr(?:y|ied|ies)|cowardly|heinous|atrocious|barbaric|despicable|dastardly|appalled|horrified|outraged|politically motivated|travesty|terrorist act|act of terror(?:ism)?|called (?:the \w+|it) (?:an? )?terrorist)\b/gi,
  ),
  rule('concern', 'concern', /\b(?:was|were|would be|is|are)\s+unsustainable\b/gi),
  rule('other', 'deny', /\b(?:den(?:y|ies|ied)|dismiss\w*)\b/gi),
  rule(
    'other',
    'statement',
    // "called the decision “a step backwards”": a verdict on something is a statement about it.
    /\b(?:said|says|say|told|stated|announced|argued|insisted|added|vowed|promised|pledged|called(?=\s+(?:the|this|that|it|its|their|his|her)\b)|urg(?:ed|es|ing)(?=\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s+to\b))\b/gi,
    'say',
  ),
  rule(
    'other',
    'act',
    /\b(?:introduced|imposed|imposing|declared|deployed|closed|sealed|suspended|recalled|expelled|banned|halted|responded|summoned)\b/gi,
    'act',
  ),
];

export type Cue = { stance: Stance; detail: string; kind: CueKind; start: number; end: number };

/** Words just before a cue that deny it: "declined to blame", "did not condemn", "never praised". */
const NEGATION =
  /\b(?:not|never|no|n[o']t|didn['’]t|won['’]t|declined\s+to|refused\s+to|failed\s+to|little|stopped\s+short\s+of|without|neither|nor)\s+(?:(?:yet|publicly|openly|immediately|explicitly|directly|formally|officially|even|to|be|been|have|has|had|\w+ly)\s+){0,2}$/i;

export function isNegated(before: string): boolean {
  return NEGATION.test(before.slice(-60));
}

/** An object right after a cue that denies it: "condemned nothing", "blamed no one". */
export function deniesObject(after: string): boolean {
  return /^\s+(?:nothing|nobody|no\s+one|none)\b/i.test(after);
}

/** "was condemned", "were criticised by": the cue's subject is what was reacted to, not who reacted. */
export function isPassive(before: string, cueText: string): boolean {
  // "was appalled", "were saddened by the loss": a feeling of the subject, not something done to it.
  if (FEELINGS.test(cueText.trim())) return false;
  return /\b(?:was|were|been|being|is|are|be|get|got)\s+(?:\w+ly\s+)?$/i.test(before) && /ed$/i.test(cueText.trim());
}

const FEELINGS =
  /^(?:appalled|horrified|outraged|saddened|shocked|alarmed|concerned|worried|disturbed|dismayed|troubled|relieved|pleased|delighted|disappointed)$/i;

/** Every cue in a sentence, in order; overlapping cues keep the first listed rule. */
export function findCues(sentence: string): Cue[] {
  const cues: Cue[] = [];
  for (const { stance, detail, kind, pattern } of STANCE_CUES) {
    // The rule's own global pattern, rewound: no copy of it per sentence (findCues runs on every one).
    pattern.lastIndex = 0;
    for (let m = pattern.exec(sentence); m; m = pattern.exec(sentence)) {
      const start = m.index;
      const end = start + m[0].length;
      if (m[0].length === 0) pattern.lastIndex++;
      if (cues.some((c) => start < c.end && end > c.start)) continue;
      cues.push({ stance, detail, kind, start, end });
    }
  }
  return cues.sort((a, b) => a.start - b.start);
}
