import { useId, useState } from 'react';
import { STANCE_LABELS, STANCES, countryChoices, countryName } from '../../core/reactions';
import type { Correction } from '../../core/review/corrections';
import type { ReviewAction, ReviewTarget } from '../../core/review/schema';
import type { Reaction, Stance } from '../../core/schema/corpus';
import { CorrectionList } from '../../ui/CorrectionList';

type Props = {
  /** The reaction as the pipeline read it. */
  reaction: Reaction;
  /** The review's corrections of this reaction, in the order they were made. */
  corrections: readonly Correction[];
  subject: string;
  onDecide: (target: ReviewTarget, action: ReviewAction) => void;
};

const FIELD: Record<string, string> = { country: 'Country', actor: 'Actor', stance: 'Stance' };

function valueText(field: string, value: string | null): string {
  if (field === 'country') return value === null ? 'no country' : countryName(value);
  if (field === 'stance' && value !== null) return STANCE_LABELS[value as Stance] ?? value;
  return value ?? '';
}

/** The reaction as the review leaves it: the latest correction of each field, else what the pipeline read. */
function current(reaction: Reaction, corrections: readonly Correction[]) {
  const latest = (field: string) => corrections.findLast((c) => c.field === field);
  const country = latest('country');
  return {
    country: country ? country.to : reaction.country,
    actor: latest('actor')?.to ?? reaction.actor,
    stance: (latest('stance')?.to as Stance | undefined) ?? reaction.stance,
  };
}

/**
 * A reaction read wrongly: its country, actor or stance as the analyst reads it. The map, the table
 * and the exports take the corrected reading and say what the pipeline read; `parallax review apply`
 * writes the change.
 */
export function ReactionCorrection({ reaction, corrections, subject, onDecide }: Props) {
  // Labels by id, not wrapped around the control: a wrapped select would take its options into its name.
  const id = useId();
  const now = current(reaction, corrections);
  const [country, setCountry] = useState(now.country ?? '');
  const [actor, setActor] = useState(now.actor);
  const [stance, setStance] = useState<Stance>(now.stance);
  const target: ReviewTarget = { kind: 'reaction', reactionId: reaction.id };
  const action: ReviewAction = {
    kind: 'edit-reaction',
    ...((country || null) !== now.country ? { country: country || null } : {}),
    ...(actor.trim() !== '' && actor.trim() !== now.actor ? { actor: actor.trim() } : {}),
    ...(stance !== now.stance ? { stance } : {}),
  };
  const changed = Object.keys(action).length > 1;
  return (
    <div className="review-correct">
      <CorrectionList
        corrections={corrections}
        field={(f) => FIELD[f] ?? f}
        value={valueText}
        subject={subject}
        onUndo={(decisionId) => onDecide(target, { kind: 'undo', decisionId })}
      />
      <details>
        <summary aria-label={`Correct ${subject}`}>Correct</summary>
        <form
          className="review-correct-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (changed) onDecide(target, action);
          }}
        >
          <div className="mfield">
            <label htmlFor={`${id}-country`}>Country</label>
            <select id={`${id}-country`} value={country} onChange={(e) => setCountry(e.target.value)}>
              <option value="">No country (an organisation)</option>
              {countryChoices().map((c) => (
                <option key={c.code} value={c.code}>
                  {c.name}
                </option>
              ))}
            </select>
          </div>
          <div className="mfield">
            <label htmlFor={`${id}-actor`}>Actor</label>
            <input id={`${id}-actor`} type="text" value={actor} onChange={(e) => setActor(e.target.value)} />
          </div>
          <div className="mfield">
            <label htmlFor={`${id}-stance`}>Stance</label>
            <select id={`${id}-stance`} value={stance} onChange={(e) => setStance(e.target.value as Stance)}>
              {STANCES.map((s) => (
                <option key={s} value={s}>
                  {STANCE_LABELS[s]}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" disabled={!changed}>
            Save correction
          </button>
        </form>
      </details>
    </div>
  );
}
