import { correctionLine, type ReactionChange } from '../review/reviewedReactions';
import type { Stance } from '../schema/corpus';
import { countryName } from './countries';
import { STANCE_LABELS } from './stances';

function valueText(change: ReactionChange, value: string | null): string | null {
  if (change.field === 'country') return value === null ? 'no country' : countryName(value);
  if (change.field === 'stance' && value !== null) return STANCE_LABELS[value as Stance] ?? value;
  return value;
}

/**
 * A reaction's correction as the table and the map's exports say it, in the matrix's words with
 * names a reader knows: "stance: Condemn, was Support", "country: France, was Germany".
 */
export function reactionChangeLine(change: ReactionChange): string {
  return correctionLine(change.field, valueText(change, change.to), valueText(change, change.from));
}
