import type { Corpus } from '../schema/corpus';
import { buildRows } from './buildRows';
import { matrixColumns } from './columns';
import type { Matrix } from './types';

/** Step 6 as a table: rows of facts, reactions, quotes and entities against one column per article. */
export function buildMatrix(corpus: Corpus): Matrix {
  const columns = matrixColumns(corpus);
  return { columns, rows: buildRows(corpus, columns) };
}

export * from './types';
export * from './view';
export { valuesLine } from './buildRows';
