import type { Corpus } from '../schema/corpus';
import { buildRows, rowSourceCount, rowSteps } from './buildRows';
import { matrixColumns } from './columns';
import type { Matrix } from './types';

/** Step 6 as a table: rows of facts, reactions, quotes and entities against one column per article. */
export function buildMatrix(corpus: Corpus): Matrix {
  const columns = matrixColumns(corpus);
  return { columns, rows: buildRows(corpus, columns) };
}

/** The same table built a step at a time, yielding progress, for a caller that spreads it over several tasks. */
export function* matrixSteps(corpus: Corpus): Generator<{ done: number; total: number }, Matrix> {
  const columns = matrixColumns(corpus);
  const total = rowSourceCount(corpus);
  const steps = rowSteps(corpus, columns);
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) return { columns, rows: step.value };
    yield { done: step.value, total };
  }
}

export * from './types';
export * from './view';
export { valuesLine } from './buildRows';
export { columnLabel } from './columns';
