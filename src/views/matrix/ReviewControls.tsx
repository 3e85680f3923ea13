import { useState } from 'react';
import type { Column, Row } from '../../core/matrix';
import { cellKey, type FindingReview } from '../../core/review/decisions';
import type { Correction } from '../../core/review/corrections';
import { figureMoveLine, type FigureMoveEnd } from '../../core/review/figureMoves';
import type { ReviewAction, ReviewTarget } from '../../core/review/schema';
import type { Entity, Fact, Quote } from '../../core/schema/corpus';
import { NoteBox } from '../../ui/NoteBox';
import { EntityMerge } from './EntityMerge';
import { EntitySplit } from './EntitySplit';
import { FigureMove } from './FigureMove';
import { QuoteSpeaker } from './QuoteSpeaker';

type Props = {
  row: Row;
  column: Column;
  states: ReadonlyMap<string, FindingReview>;
  author: string;
  onDecide: (target: ReviewTarget, action: ReviewAction) => void;
  onAuthor: (author: string) => void;
  entities: readonly Entity[];
  quotes: readonly Quote[];
  facts: readonly Fact[];
  corrections: readonly Correction[];
  /** The review moved this cell's figure here from another row, or away to one. */
  moved?: FigureMoveEnd | undefined;
  /** A decision is still being written to the browser's storage. */
  saving: boolean;
};

const VERDICT_TEXT = { verified: 'verified', dismissed: 'dismissed' } as const;

/**
 * The analyst's verdict and note on the open cell or on its whole row. Each press is saved as it is
 * made (in this browser, with the corpus build); Undo clears the standing verdict.
 */
export function ReviewControls({
  row,
  column,
  states,
  author,
  onDecide,
  onAuthor,
  entities,
  quotes,
  facts,
  corrections,
  moved,
  saving,
}: Props) {
  const hasCell = row.cells[column.articleId]?.status !== undefined && row.cells[column.articleId]?.status !== 'absent';
  const [scope, setScope] = useState<'cell' | 'row'>(hasCell ? 'cell' : 'row');
  const onCell = scope === 'cell' && hasCell;
  const target: ReviewTarget = onCell
    ? { kind: 'cell', rowId: row.id, articleId: column.articleId }
    : { kind: 'row', rowId: row.id };
  const key = onCell ? cellKey(row.id, column.articleId) : row.id;
  const state = states.get(key);
  const quote = row.kind === 'quote' ? quotes.find((q) => q.id === row.id) : undefined;
  // Moves of this source's value out of the row: once made, the cell is empty and only its Undo is left.
  const moves =
    row.kind === 'fact'
      ? corrections.filter((c) => c.rowId === row.id && c.articleId === column.articleId && c.field === 'moved to')
      : [];
  const speakerChanges = quote ? corrections.filter((c) => c.rowId === quote.id && c.field === 'speaker') : [];
  return (
    <section className="review-box" aria-labelledby="review-title">
      <h4 id="review-title">Review</h4>
      {hasCell && (
        <fieldset className="review-scope">
          <legend>Applies to</legend>
          <label>
            <input type="radio" name="review-scope" checked={onCell} onChange={() => setScope('cell')} />
            this cell ({column.sourceName})
          </label>
          <label>
            <input type="radio" name="review-scope" checked={!onCell} onChange={() => setScope('row')} />
            the whole row
          </label>
        </fieldset>
      )}
      <p className="small" role="status">
        {state?.verdict
          ? `This ${onCell ? 'cell' : 'row'} is ${VERDICT_TEXT[state.verdict.verdict]}.`
          : 'Not reviewed yet.'}{' '}
        {state && (saving ? 'Saving…' : 'Saved in this browser.')}
      </p>
      <div className="review-buttons" role="group" aria-label="Verdict">
        <button
          type="button"
          aria-pressed={state?.verdict?.verdict === 'verified'}
          onClick={() => onDecide(target, { kind: 'verdict', verdict: 'verified' })}
        >
          Verified
        </button>
        <button
          type="button"
          aria-pressed={state?.verdict?.verdict === 'dismissed'}
          onClick={() => onDecide(target, { kind: 'verdict', verdict: 'dismissed' })}
        >
          Dismiss
        </button>
        <button
          type="button"
          disabled={!state?.verdict}
          onClick={() => state?.verdict && onDecide(target, { kind: 'undo', decisionId: state.verdict.decision.id })}
        >
          Undo
        </button>
      </div>
      {/* Keyed by the stored text too: the review arrives from IndexedDB after the panel first draws. */}
      <NoteBox
        key={`${key}\u0000${state?.note?.text ?? ''}`}
        saved={state?.note?.text ?? ''}
        onSave={(text) => onDecide(target, { kind: 'note', text })}
      />
      {row.kind === 'entity' && (
        <>
          <EntityMerge row={row} entities={entities} corrections={corrections} onDecide={onDecide} />
          <EntitySplit row={row} entities={entities} corrections={corrections} onDecide={onDecide} />
        </>
      )}
      {quote && (
        <QuoteSpeaker
          key={`speaker-${speakerChanges.map((c) => c.decisionId).join()}`}
          quote={quote}
          entities={entities}
          corrections={speakerChanges}
          onDecide={onDecide}
        />
      )}
      {moved && (
        <p className="mrow-corrected small">
          {column.sourceName}'s figure {figureMoveLine(moved)}.{' '}
          {moved.direction === 'in' && (
            <button
              type="button"
              onClick={() =>
                onDecide(
                  { kind: 'cell', rowId: moved.other?.id ?? row.id, articleId: column.articleId },
                  { kind: 'undo', decisionId: moved.decisionId },
                )
              }
            >
              Undo move
            </button>
          )}
        </p>
      )}
      {/* A figure that arrived by a move goes back with Undo: the review moves figures out of the pipeline's rows only. */}
      {row.kind === 'fact' && moved?.direction !== 'in' && (hasCell || moves.length > 0) && (
        <FigureMove
          key={`move-${moves.map((c) => c.decisionId).join()}`}
          rowId={row.id}
          articleId={column.articleId}
          sourceName={column.sourceName}
          facts={facts}
          corrections={moves}
          hasValue={hasCell}
          onDecide={onDecide}
        />
      )}
      <AuthorBox key={`author-${author}`} author={author} onSave={onAuthor} />
    </section>
  );
}

function AuthorBox({ author, onSave }: { author: string; onSave: (author: string) => void }) {
  const [name, setName] = useState(author);
  return (
    <label className="review-author small">
      Reviewer
      <input
        type="text"
        value={name}
        placeholder="your name"
        onChange={(e) => setName(e.target.value)}
        onBlur={() => name !== author && onSave(name)}
      />
    </label>
  );
}
