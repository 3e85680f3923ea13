import type { Corpus, Fact } from '../schema/corpus';
import type { Cell, Column, Row, ValueGroup } from './types';
import { noPrototype, sentenceOf, type ArticleIndex, type ColumnIndex } from './articleIndex';
import { entityRow, quoteRow, reactionRow } from './presenceRows';
import { wordTable } from '../text/wordTable';
import { groupBy } from '../collections/groupBy';
import { cutText } from '../text/cutText';
import { columnLabel } from './columns';

// One formatter for every value: `toLocaleString` builds a new one per call, the build's largest cost.
const numberFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 3 });

function formatValue(value: number | string, unit?: string): string {
  if (typeof value !== 'number') return value;
  // "2006", never "2,006": a year's digits are not grouped.
  return unit === 'year' ? String(value) : numberFormat.format(value);
}

const QUALIFIER = wordTable<string>({ at_least: '≥ ', at_most: '≤ ', about: '~' });

/**
 * Each distinct value with the sources that give it, in column (date) order of its first source:
 * the row is read as "6: A, B · 2: C", never as a majority against an odd one out.
 */
function valueGroups(cells: Record<string, Cell>, columns: ColumnIndex): ValueGroup[] {
  // Walked in column order, over the columns that have a cell only.
  const present = Object.keys(cells)
    .filter((id) => columns.order.has(id))
    .sort((a, b) => columns.order.get(a)! - columns.order.get(b)!)
    .map((id) => columns.list[columns.order.get(id)!]!);
  const groups = new Map<string, ValueGroup>();
  // The names already in each group: `includes` on the list made a figure that 3,000 sources give quadratic.
  const named = new Map<string, Set<string>>();
  for (const column of present) {
    const cell = cells[column.articleId];
    if (!cell || cell.status === 'absent') continue;
    const group = groups.get(cell.display) ?? { display: cell.display, articleIds: [], sources: [] };
    group.articleIds.push(column.articleId);
    const names = named.get(cell.display) ?? new Set<string>();
    named.set(cell.display, names);
    const label = columnLabel(column);
    if (!names.has(label)) {
      names.add(label);
      group.sources.push(label);
    }
    groups.set(cell.display, group);
  }
  return [...groups.values()];
}

/** Sources named per value; the rest are counted ("and 1,204 more"), or a wire story lists thousands. */
const NAMED_SOURCES = 5;

/** "6: A, B · 2: C · 7: D", the wording the matrix and the Overview share. */
export function valuesLine(groups: readonly ValueGroup[]): string {
  const names = (sources: readonly string[]) => {
    // Names cut one by one: a single very long source name would otherwise crowd out the others.
    const named = sources.slice(0, NAMED_SOURCES).map((s) => cutText(s));
    const rest = sources.length - named.length;
    return rest > 0 ? `${named.join(', ')} and ${numberFormat.format(rest)} more` : named.join(', ');
  };
  return groups.map((g) => `${cutText(g.display)}: ${names(g.sources)}`).join(' · ');
}

function factRow(articles: ArticleIndex, fact: Fact, columns: ColumnIndex): Row {
  const cells = noPrototype();
  const byArticle = groupBy(fact.values, (v) => v.articleId);
  for (const [articleId, values] of byArticle) {
    const display = values
      .map((v) => {
        const upper = v.qualifier === 'range' && v.upper !== undefined ? `–${formatValue(v.upper, fact.unit)}` : '';
        return `${QUALIFIER[v.qualifier ?? ''] ?? ''}${formatValue(v.value, fact.unit)}${upper}`;
      })
      .join(' / ');
    cells[articleId] = {
      articleId,
      // Every source giving a value shares the row's colour: the row disagrees, not one source.
      status: fact.status,
      display,
      evidence: values.map((v) => ({
        articleId,
        start: v.start,
        end: v.end,
        sentence: v.sentence ?? sentenceOf(articles, articleId, v.start),
        ...(v.attribution ? { attribution: v.attribution } : {}),
      })),
    };
  }
  const numbers = fact.values.map((v) => v.value).filter((v): v is number => typeof v === 'number');
  const spread =
    numbers.length > 0 && Math.min(...numbers) !== Math.max(...numbers)
      ? `${formatValue(Math.min(...numbers), fact.unit)}–${formatValue(Math.max(...numbers), fact.unit)}`
      : '';
  return {
    id: fact.id,
    kind: 'fact',
    label: fact.label,
    detail: fact.kind === 'date' ? 'date' : 'figure',
    status: fact.status,
    values: valueGroups(cells, columns),
    spread,
    articles: byArticle.size,
    independent: fact.independent ?? byArticle.size,
    firstSeen: 0,
    cells,
  };
}

/** Where a row first appears: its earliest cell's column, then the offset of its first evidence there. */
function firstSeen(row: Row, order: ReadonlyMap<string, number>): number {
  let first = Number.MAX_SAFE_INTEGER;
  for (const c of Object.values(row.cells))
    if (c.status !== 'absent')
      first = Math.min(first, (order.get(c.articleId) ?? 0) * 1e7 + (c.evidence[0]?.start ?? 0));
  return first;
}

/**
 * The rows, built a step at a time: the generator pauses after every source item (one entity of a
 * large corpus carries thousands of mentions), yielding how many it has done, so a caller on a
 * page's main thread can spread a large corpus over several short tasks. `buildRows` runs it
 * through at once.
 */
export function* rowSteps(corpus: Corpus, columns: readonly Column[]): Generator<number, Row[]> {
  const articles: ArticleIndex = new Map(corpus.articles.map((a) => [a.id, a]));
  const known = new Set(columns.map((c) => c.articleId));
  const index: ColumnIndex = { list: columns, order: new Map(columns.map((c, i) => [c.articleId, i])) };
  const rows: Row[] = [];
  // Each row is placed as it is made, so the last step is no longer than the others.
  const add = (row: Row) => rows.push({ ...row, firstSeen: firstSeen(row, index.order) });
  for (const f of corpus.facts) yield add(factRow(articles, f, index));
  for (const r of corpus.reactions) yield add(reactionRow(articles, known, r));
  for (const q of corpus.quotes) yield add(quoteRow(articles, known, q));
  for (const e of corpus.entities) yield add(entityRow(articles, known, e));
  return rows;
}

/** How many source items rowSteps turns into rows: its progress is counted against this. */
export function rowSourceCount(corpus: Corpus): number {
  return corpus.facts.length + corpus.reactions.length + corpus.quotes.length + corpus.entities.length;
}

export function buildRows(corpus: Corpus, columns: readonly Column[]): Row[] {
  const steps = rowSteps(corpus, columns);
  for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value;
}
