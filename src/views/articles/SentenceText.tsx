import { piecesOf, type Mark } from '../../core/reader/marks';
import type { Range } from '../../core/schema/corpus';

/** One sentence's text with its highlights; pieces keep overlapping marks from breaking the markup. */
export function SentenceText({ text, range, marks }: { text: string; range: Range; marks: readonly Mark[] }) {
  return (
    <>
      {piecesOf(range, marks).map((piece) => {
        const slice = text.slice(piece.start, piece.end);
        if (piece.marks.length === 0) return <span key={piece.start}>{slice}</span>;
        const kinds = [...new Set(piece.marks.map((m) => m.kind))];
        return (
          <mark
            key={piece.start}
            className={kinds.map((k) => `hl-${k}`).join(' ')}
            title={piece.marks.map((m) => m.label).join('\n')}
          >
            {slice}
          </mark>
        );
      })}
    </>
  );
}
