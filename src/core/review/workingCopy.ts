import type { Corpus } from '../schema/corpus';
import type { ReviewTarget } from './schema';
import { targetRowId } from './decisions';

/** The lists whose items are matrix rows, and the name of each item's per-article parts. */
export type RowList = 'facts' | 'reactions' | 'quotes' | 'entities';
const PARTS = { facts: 'values', reactions: 'mentions', quotes: 'variants', entities: 'mentions' } as const;
const LISTS: readonly RowList[] = ['facts', 'reactions', 'quotes', 'entities'];
const TARGET_LIST: Partial<Record<ReviewTarget['kind'], RowList>> = {
  reaction: 'reactions',
  quote: 'quotes',
  entity: 'entities',
};

/** A corpus whose row lists (and their parts) are fresh arrays, so corrections never touch the original. */
export function workingCopy(corpus: Corpus): Corpus {
  return {
    ...corpus,
    facts: corpus.facts.map((f) => ({ ...f, values: [...f.values] })),
    reactions: corpus.reactions.map((r) => ({ ...r, mentions: [...r.mentions] })),
    quotes: corpus.quotes.map((q) => ({ ...q, variants: [...q.variants] })),
    entities: corpus.entities.map((e) => ({ ...e, variants: [...e.variants], mentions: [...e.mentions] })),
  };
}

export type Located = { list: RowList; index: number };

/** Row positions by id, per list: built once for a corpus that is only read (the original). */
export type RowIndex = Record<RowList, Map<string, number>>;

export function rowIndex(corpus: Corpus): RowIndex {
  const of = (list: RowList) => new Map(corpus[list].map((item, i) => [item.id, i] as const));
  return { facts: of('facts'), reactions: of('reactions'), quotes: of('quotes'), entities: of('entities') };
}

/**
 * Where a target's row is, or null when no row of the right list has its id. With an index (of
 * this very corpus) a look-up is constant time, so a review of 50,000 decisions stays quick.
 */
export function locate(corpus: Corpus, target: ReviewTarget, index?: RowIndex): Located | null {
  const id = targetRowId(target);
  const only = TARGET_LIST[target.kind];
  for (const list of only ? [only] : LISTS) {
    const at = index ? (index[list].get(id) ?? -1) : corpus[list].findIndex((item) => item.id === id);
    if (at >= 0) return { list, index: at };
  }
  return null;
}

type Part = { articleId: string };

/** The parts (figure values, mentions, quote variants) one row holds. */
export function partsOf(corpus: Corpus, at: Located): Part[] {
  const item = corpus[at.list][at.index] as unknown as Record<string, Part[]>;
  return item[PARTS[at.list]]!;
}

export function setParts(corpus: Corpus, at: Located, parts: Part[]): void {
  const item = corpus[at.list][at.index] as unknown as Record<string, Part[]>;
  item[PARTS[at.list]] = parts;
}

/** Does the target name something in this corpus: its row, and for a cell, an article the row reports? */
export function targetExists(corpus: Corpus, target: ReviewTarget, index?: RowIndex): boolean {
  const at = locate(corpus, target, index);
  if (!at) return false;
  if (target.kind !== 'cell') return true;
  return partsOf(corpus, at).some((p) => p.articleId === target.articleId);
}
