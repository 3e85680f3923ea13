import { useId, useState } from 'react';
import type { Correction } from '../../core/review/corrections';
import type { ReviewAction, ReviewTarget } from '../../core/review/schema';
import type { Entity, Quote } from '../../core/schema/corpus';
import { CorrectionList } from '../../ui/CorrectionList';

type Props = {
  quote: Quote;
  entities: readonly Entity[];
  /** The review's corrections of this quote's speaker, in the order they were made. */
  corrections: readonly Correction[];
  onDecide: (target: ReviewTarget, action: ReviewAction) => void;
};

/** The choice that stands for a name typed by hand: a speaker the corpus has no person entity for. */
const OTHER = '';

/**
 * Who really said a quote: one of the corpus's people, or a name typed by hand. The matrix keeps
 * the pipeline's speaker and says what the review changed; `parallax review apply` writes it.
 */
export function QuoteSpeaker({ quote, entities, corrections, onDecide }: Props) {
  const id = useId();
  const people = entities.filter((e) => e.kind === 'person').sort((a, b) => a.name.localeCompare(b.name));
  const latest = corrections.at(-1);
  const speaker = latest ? (latest.to ?? '') : quote.speaker;
  const known = people.find((p) => p.name === speaker && (latest || p.id === quote.speakerEntityId));
  const [choice, setChoice] = useState(known?.id ?? OTHER);
  const [name, setName] = useState(known ? '' : speaker);
  const chosen = people.find((p) => p.id === choice);
  const next = chosen ? chosen.name : name.trim();
  const target: ReviewTarget = { kind: 'quote', quoteId: quote.id };
  const subject = 'the quote';
  return (
    <div className="review-correct">
      <CorrectionList
        corrections={corrections}
        field={() => 'Speaker'}
        value={(_, v) => v || 'no one named'}
        subject={`the speaker of ${subject}`}
        onUndo={(decisionId) => onDecide(target, { kind: 'undo', decisionId })}
      />
      <form
        className="review-correct-form"
        aria-label="Correct the speaker"
        onSubmit={(e) => {
          e.preventDefault();
          if (next !== '' && next !== speaker)
            onDecide(target, { kind: 'quote-speaker', speaker: next, speakerEntityId: chosen?.id ?? null });
        }}
      >
        <div className="mfield">
          <label htmlFor={`${id}-who`}>Said by</label>
          <select id={`${id}-who`} value={choice} onChange={(e) => setChoice(e.target.value)}>
            <option value={OTHER}>Someone else (type the name)</option>
            {people.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
        {!chosen && (
          <div className="mfield">
            <label htmlFor={`${id}-name`}>Speaker's name</label>
            <input id={`${id}-name`} type="text" value={name} onChange={(e) => setName(e.target.value)} />
          </div>
        )}
        <button type="submit" disabled={next === '' || next === speaker}>
          Change speaker
        </button>
      </form>
    </div>
  );
}
