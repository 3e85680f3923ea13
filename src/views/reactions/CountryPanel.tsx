import {
  ACTOR_KIND_LABELS,
  STANCE_LABELS,
  actorKindOf,
  countryName,
  detailLabel,
  reactionEvidence,
  reactionQuote,
  reportedByLine,
  summaryLine,
  type CountrySummary,
} from '../../core/reactions';
import type { Corpus } from '../../core/schema/corpus';
import type { Correction } from '../../core/review/corrections';
import type { FindingReview } from '../../core/review/decisions';
import type { ReactionReview } from '../../core/review/reviewedReactions';
import type { ReviewAction, ReviewTarget } from '../../core/review/schema';
import { NoteBox } from '../../ui/NoteBox';
import { VerdictButtons } from '../../ui/VerdictButtons';
import { useAppHref } from '../../url/links';
import { STANCE_FILLS } from './palette';
import { ReactionCorrection } from './ReactionCorrection';
import { Swatch } from './Swatch';

type Props = {
  corpus: Corpus;
  code: string;
  summary: CountrySummary | undefined;
  onClose: () => void;
  /** The analyst's verdicts, shared with the matrix (a reaction is one finding in both). */
  review: ReadonlyMap<string, FindingReview>;
  onDecide: (target: ReviewTarget, action: ReviewAction) => void;
  /** What the review corrected, shown beside the reading it replaced. */
  corrections: readonly Correction[];
  /** The pipeline's reading of each reaction the review corrected (the summary holds the corrected one). */
  reviews: ReadonlyMap<string, ReactionReview>;
};

const REACTION_FIELDS = new Set(['country', 'actor', 'stance']);

/**
 * Who in the selected country reacted, how, in whose words, and which articles say so: each reaction
 * as the review corrects it, with its corrections and what the pipeline read beside it.
 */
export function CountryPanel({ corpus, code, summary, onClose, review, onDecide, corrections, reviews }: Props) {
  const href = useAppHref();
  const name = summary?.name ?? countryName(code);
  return (
    <aside className="rx-panel" aria-labelledby="rx-panel-title">
      <header className="rx-panel-head">
        <h3 id="rx-panel-title">{name}</h3>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </header>
      {!summary ? (
        <p>No reaction from {name} passes the filters.</p>
      ) : (
        <>
          <p className="muted small">{summaryLine(summary)}</p>
          <ul className="rx-actors">
            {summary.reactions.map((reaction) => {
              const quote = reactionQuote(reaction);
              const target = { kind: 'reaction', reactionId: reaction.id } as const;
              const state = review.get(reaction.id);
              const subject = `${reaction.actor}'s reaction`;
              const changes = corrections.filter((c) => c.rowId === reaction.id && REACTION_FIELDS.has(c.field));
              return (
                <li key={reaction.id} className={state?.verdict ? `mreview-${state.verdict.verdict}` : undefined}>
                  <p className="rx-actor">
                    <strong>{reaction.actor}</strong>{' '}
                    <span className="muted small">({ACTOR_KIND_LABELS[actorKindOf(reaction)]})</span>
                  </p>
                  <p className="rx-stance">
                    <Swatch fill={STANCE_FILLS[reaction.stance]} /> {STANCE_LABELS[reaction.stance]}
                    {reaction.stanceDetail && (
                      <span className="muted small"> ({detailLabel(reaction.stanceDetail)})</span>
                    )}
                    {reaction.target && <span className="rx-target"> towards {reaction.target}</span>}
                  </p>
                  {quote && <blockquote className="rx-quote">“{quote}”</blockquote>}
                  <p className="small">{reportedByLine(reaction)}</p>
                  <VerdictButtons
                    subject={subject}
                    state={state}
                    onVerdict={(verdict) => onDecide(target, { kind: 'verdict', verdict })}
                    onUndo={(decisionId) => onDecide(target, { kind: 'undo', decisionId })}
                  />
                  {/* Keyed by the corrections: the review arrives from IndexedDB after the panel first draws. */}
                  <ReactionCorrection
                    key={`correct-${changes.map((c) => c.decisionId).join()}`}
                    reaction={reviews.get(reaction.id)?.original ?? reaction}
                    corrections={changes}
                    subject={subject}
                    onDecide={onDecide}
                  />
                  <NoteBox
                    key={`note-${state?.note?.text ?? ''}`}
                    saved={state?.note?.text ?? ''}
                    subject={subject}
                    onSave={(text) => onDecide(target, { kind: 'note', text })}
                  />
                  <ul className="rx-evidence small">
                    {reactionEvidence(corpus, reaction).map((item) => (
                      <li key={`${item.articleId}-${item.sentence ?? item.text}`}>
                        <a href={href({ view: 'articles', article: item.articleId, sentence: item.sentence })}>
                          {item.sourceName}
                          {item.sentence !== undefined && `, sentence ${item.sentence + 1}`}
                        </a>
                        : <span className="rx-sentence">{item.text}</span>
                      </li>
                    ))}
                  </ul>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </aside>
  );
}
