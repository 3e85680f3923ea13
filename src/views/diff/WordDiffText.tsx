import type { WordOp } from '../../core/diff';

/** One side of a word diff: the other side's words are left out, changes marked in words and style. */
export function WordDiffText({ ops, side }: { ops: readonly WordOp[]; side: 'a' | 'b' }) {
  return (
    <>
      {ops.map((o, i) => {
        // Unchanged words as bare text: a long diff has thousands of them, and each element costs.
        if (o.op === 'same') return o.text;
        if (side === 'a' && o.op === 'del') return <del key={i}>{o.text}</del>;
        if (side === 'b' && o.op === 'ins') return <ins key={i}>{o.text}</ins>;
        return null;
      })}
    </>
  );
}
