import type { Stance } from '../../schema/corpus';

/**
 * Words that say how an actor reacted, by stance. Generic diplomatic and news vocabulary:
 * condemnation, calls for calm, offers of help, blame, concern, support.
 */
export const STANCE_CUES: [Stance, RegExp][] = [
  ['call_for_calm', /\b(?:call\w*|appeal\w*|urg\w*)\s+[“"]?(?:for\s+)?[“"]?(?:calm|restraint|de-escalation)\b/gi],
  [
    'offer_help',
    /\boffer\w*\s+(?:to\s+help|help|(?:our|their|its|his|her)?\s*(?:assistance|support))\b|\bready to (?:help|assist)\b/gi,
  ],
  ['blame', /\b(?:blam\w*|held\s+\w+\s+responsible|holds?\s+\w+\s+responsible)\b/gi],
  ['concern', /\b(?:expressed?\s+(?:deep\s+|grave\s+|serious\s+)?concern|(?:deeply|gravely)\s+concerned)\b/gi],
  ['support', /\b(?:solidarity|praised|welcomed|relieved)\b/gi],
  [
    'condemn',
    /\b(?:condemn\w*|denounc\w*|deplor\w*|decr(?:y|ied|ies)|cowardly|heinous|atrocious|barbaric|despicable|dastardly|terrorist act|act of terrorism|called (?:the \w+|it) (?:an? )?terrorist)\b/gi,
  ],
];

export type Cue = { stance: Stance; start: number; end: number };

/** Every stance cue in a sentence, in order; overlapping cues keep the first listed stance. */
export function findCues(sentence: string): Cue[] {
  const cues: Cue[] = [];
  for (const [stance, pattern] of STANCE_CUES) {
    for (const m of sentence.matchAll(new RegExp(pattern.source, pattern.flags))) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      if (cues.some((c) => start < c.end && end > c.start)) continue;
      cues.push({ stance, start, end });
    }
  }
  return cues.sort((a, b) => a.start - b.start);
}
