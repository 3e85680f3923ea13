import { sameShare, sentencesText, sentenceText, wordDiff, type DiffRow, type WordOp } from '../../core/diff';
import type { Article } from '../../core/schema/corpus';

export type RowTone = 'same' | 'changed' | 'moved' | 'only-a' | 'only-b';

export type ShownRow = { row: DiffRow; tone: RowTone; ops: WordOp[] | null; label: string };

/** What a row is, in words as well as a tone for colour: the strip and the table share it. */
export function shownRows(rows: readonly DiffRow[], a: Article, b: Article, loose: boolean): ShownRow[] {
  return rows.map((row) => {
    if (row.kind === 'only-a') return { row, tone: 'only-a', ops: null, label: 'only in A' };
    if (row.kind === 'only-b') return { row, tone: 'only-b', ops: null, label: 'only in B' };
    const ops = wordDiff(sentencesText(a, row.a), sentencesText(b, row.b), loose);
    const unchanged = sameShare(ops) === 1;
    const similar = `${Math.round(row.score * 100)}% similar`;
    if (row.moved) return { row, tone: 'moved', ops, label: `moved, ${similar}` };
    return { row, tone: unchanged ? 'same' : 'changed', ops, label: unchanged ? 'identical' : similar };
  });
}

export function plainText(article: Article, indexes: readonly number[]): string {
  return indexes.length === 1 ? sentenceText(article, indexes[0]!) : sentencesText(article, indexes);
}
