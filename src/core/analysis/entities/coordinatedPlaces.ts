import type { Classified } from './classify';

/** A place preposition right before a name: "in", "near", "from"… (the list classify reads). */
const AFTER_PLACE_PREPOSITION = /\b(?:in|at|near|from|to|into|across|outside|inside|toward|towards)\s+$/i;
/**
 * "X and Y", "X or Y". A comma alone is not enough: in "in Lyon, Smith said" the comma ends
 * the phrase.
 */
const JOINER = /^(?:\s*,)?\s+(?:and|or)\s+/;

/**
 * "in Lyon and Vienne": a lone name joined by "and"/"or" to a place that follows a place
 * preposition is a place too, though nothing in its own words says so (classify reads a lone
 * name as a weak person). Only inside such a phrase: "Iran and Hezbollah" joins a country and an
 * organisation.
 */
export function coordinatedPlaces(text: string, found: readonly Classified[]): Classified[] {
  const out = found.map((f) => ({ ...f }));
  const byStart = new Map(out.map((f) => [f.start, f]));
  for (const head of [...out].sort((a, b) => a.start - b.start)) {
    if (head.kind !== 'place' || !AFTER_PLACE_PREPOSITION.test(text.slice(Math.max(0, head.start - 12), head.start)))
      continue;
    let current = head;
    for (;;) {
      const joiner = JOINER.exec(text.slice(current.end, current.end + 12));
      const next = joiner ? byStart.get(current.end + joiner[0].length) : undefined;
      if (!next || !(next.kind === 'place' || (next.kind === 'person' && next.weak))) break;
      next.kind = 'place';
      next.weak = false;
      current = next;
    }
  }
  return out;
}
