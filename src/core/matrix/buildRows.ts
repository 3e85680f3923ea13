import type { Corpus, Fact } from '../schema/corpus';
import type { Cell, Column, Evidence, Row, ValueGroup } from './types';
import { groupBy } from '../collections/groupBy';
import { cutText } from '../text/cutText';
import { wordTable } from '../text/wordTable';

const STANCE_LABEL = wordTable<string>({
  condemn: 'condemned',
  support: 'supported',
  concern: 'expressed concern',
  call_for_calm: 'called for calm',
  offer_help: 'offered help',
  blame: 'blamed',
  other: 'reacted',
});

/** The columns and each one's position, made once for all rows. */
type ColumnIndex = { list: readonly Column[]; order: ReadonlyMap<string, number> };

/** Articles by id: looking each mention's article up in the list cost O(articles) per mention. */
type ArticleIndex = ReadonlyMap<string, Corpus['articles'][number]>;

/** The sentence holding `offset`, by binary search: sentences are in text order and do not overlap. */
function sentenceOf(articles: ArticleIndex, articleId: string, offset: number): number | null {
  const sentences = articles.get(articleId)?.sentences ?? [];
  let [low, high] = [0, sentences.length - 1];
  while (low <= high) {
    const mid = (low + high) >> 1;
    const s = sentences[mid]!;
    if (offset < s.start) high = mid - 1;
    else if (offset >= s.end) low = mid + 1;
    else return mid;
  }
  // Sentences out of order would defeat the search; the plain walk is the rule.
  const index = sentences.findIndex((s) => offset >= s.start && offset < s.end);
  return index < 0 ? null : index;
}

// One formatter for every value: `toLocaleString` builds a new one per call, the build's largest cost.
const numberFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 3 });

function formatValue(value: number | string): string {
  return typeof value === 'number' ? numberFormat.format(value) : value;
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
    if (!names.has(column.sourceName)) {
      names.add(column.sourceName);
      group.sources.push(column.sourceName);
    }
    groups.set(cell.display, group);
  }
  return [...groups.values()];
}

/** "6: A, B · 2: C · 7: D", the wording the matrix and the Overview share. */
export function valuesLine(groups: readonly ValueGroup[]): string {
  // Names cut one by one: a single very long source name would otherwise crowd out the others.
  return groups.map((g) => `${cutText(g.display)}: ${g.sources.map((s) => cutText(s)).join(', ')}`).join(' · ');
}
/** Cells keyed by article id with no prototype, so an id such as "__proto__" or "toString" is only an id. */
const noPrototype = () => Object.create(null) as Record<string, Cell>;

function factRow(articles: ArticleIndex, fact: Fact, columns: ColumnIndex): Row {
  const cells = noPrototype();
  const byArticle = groupBy(fact.values, (v) => v.articleId);
  for (const [articleId, values] of byArticle) {
    const display = values
      .map((v) => {
        const upper = v.qualifier === 'range' && v.upper !== undefined ? `–${formatValue(v.upper)}` : '';
        return `${QUALIFIER[v.qualifier ?? ''] ?? ''}${formatValue(v.value)}${upper}`;
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
      ? `${formatValue(Math.min(...numbers))}–${formatValue(Math.max(...numbers))}`
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

/** A row for anything that some articles mention and others do not: reactions, quotes, entities. */
function presenceRow(
  base: Omit<Row, 'cells' | 'status' | 'articles' | 'spread' | 'firstSeen' | 'independent' | 'values'> & {
    independent?: number | undefined;
  },
  known: ReadonlySet<string>,
  spans: readonly (Evidence & { display: string })[],
): Row {
  const cells = noPrototype();
  const shown = new Map<string, string[]>();
  for (const span of spans) {
    if (!known.has(span.articleId)) continue;
    cells[span.articleId] ??= { articleId: span.articleId, status: 'reported', display: '', evidence: [] };
    cells[span.articleId]!.evidence.push({
      articleId: span.articleId,
      start: span.start,
      end: span.end,
      sentence: span.sentence,
    });
    const list = shown.get(span.articleId) ?? [];
    if (!list.includes(span.display)) list.push(span.display);
    shown.set(span.articleId, list);
  }
  for (const [articleId, list] of shown) {
    const cell = cells[articleId]!;
    const many = cell.evidence.length > 1 ? ` (${cell.evidence.length}×)` : '';
    cell.display = `${list.slice(0, 3).join(' / ')}${list.length > 3 ? ' …' : ''}${many}`;
  }
  const articles = Object.values(cells).filter((c) => c.status !== 'absent').length;
  // A row only one source carries says so in its cell, not just in the row header.
  if (articles === 1) for (const cell of Object.values(cells)) if (cell.status === 'reported') cell.status = 'single';
  return {
    ...base,
    cells,
    status: articles > 1 ? 'reported' : 'single',
    values: [],
    articles,
    spread: '',
    independent: base.independent ?? articles,
    firstSeen: 0,
  };
}

export function buildRows(corpus: Corpus, columns: readonly Column[]): Row[] {
  const articles: ArticleIndex = new Map(corpus.articles.map((a) => [a.id, a]));
  const known = new Set(columns.map((c) => c.articleId));
  const index: ColumnIndex = { list: columns, order: new Map(columns.map((c, i) => [c.articleId, i])) };
  const rows: Row[] = corpus.facts.map((f) => factRow(articles, f, index));
  for (const r of corpus.reactions) {
    const spans = r.mentions.map((m) => ({
      ...m,
      sentence: m.sentence ?? sentenceOf(articles, m.articleId, m.start),
      display: m.quote ? `“${m.quote}”` : (STANCE_LABEL[r.stance] ?? r.stance),
    }));
    rows.push({
      ...presenceRow(
        {
          id: r.id,
          kind: 'reaction',
          label: `${r.actor} ${STANCE_LABEL[r.stance] ?? r.stance}`,
          detail: `${r.country ?? r.organization ?? 'no country'} · ${(r.stanceDetail ?? r.stance).replace(/_/g, ' ')}${r.target ? ` · towards ${r.target}` : ''}`,
          independent: r.independent,
        },
        known,
        spans,
      ),
      ...(r.country ? { country: r.country } : {}),
    });
  }
  for (const q of corpus.quotes) {
    const spans = q.variants.map((v) => ({
      ...v,
      sentence: v.sentence ?? sentenceOf(articles, v.articleId, v.start),
      display: `“${v.text}”`,
    }));
    const first = q.variants[0]?.text ?? '';
    rows.push(
      presenceRow(
        {
          id: q.id,
          kind: 'quote',
          label: first.length > 70 ? `${first.slice(0, 68)}…` : first,
          detail: q.speaker ? `quote · ${q.speaker}` : 'quote · speaker not named',
          independent: q.independent,
        },
        known,
        spans,
      ),
    );
  }
  for (const e of corpus.entities) {
    const text = (articleId: string, start: number, end: number) =>
      articles.get(articleId)?.text.slice(start, end) ?? '';
    const spans = e.mentions.map((m) => ({
      ...m,
      sentence: sentenceOf(articles, m.articleId, m.start),
      display: text(m.articleId, m.start, m.end),
    }));
    // A person's role stays beside the name, as the articles give it ("foreign minister"), never glued to it.
    const detail = e.role ? `${e.kind} · ${e.role}` : e.kind;
    rows.push(presenceRow({ id: e.id, kind: 'entity', label: e.name, detail }, known, spans));
  }
  const order = new Map(columns.map((c, i) => [c.articleId, i]));
  return rows.map((row) => {
    const first = Math.min(
      ...Object.values(row.cells)
        .filter((c) => c.status !== 'absent')
        .map((c) => (order.get(c.articleId) ?? 0) * 1e7 + (c.evidence[0]?.start ?? 0)),
    );
    return { ...row, firstSeen: Number.isFinite(first) ? first : Number.MAX_SAFE_INTEGER };
  });
}
