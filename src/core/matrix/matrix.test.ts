import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../pipeline/buildCorpus';
import {
  buildMatrix,
  cellAt,
  matrixSteps,
  defaultCollapsed,
  MANY_ENTITY_ROWS,
  valuesLine,
  visibleColumns,
  visibleRows,
  type MatrixQuery,
} from '.';

const file = (name: string, text: string) => ({ name, bytes: new TextEncoder().encode(text) });
const corpus = buildCorpus(
  [
    file('b.txt', 'date: 2023-05-03\n\nSix guards were injured in the blast. Japan condemned the attack.'),
    file(
      'a.txt',
      'date: 2023-05-02\n\nFour guards were injured in the blast, police said. France condemned the attack.',
    ),
    file('c.txt', 'date: 2023-05-04\n\nFour guards were injured in the blast. The harbour reopened.'),
  ],
  { id: 't', title: 'T' },
).corpus;
const matrix = buildMatrix(corpus);
const all: MatrixQuery = { kinds: [], status: 'all', search: '', sort: 'conflict', hidden: [], pinned: [], order: [] };

describe('matrixSteps', () => {
  it('pauses with its progress and ends with the same table buildMatrix makes', () => {
    const many = {
      ...corpus,
      entities: Array.from({ length: 250 }, (_, i) => ({ ...corpus.entities[0]!, id: `e${i}` })),
    };
    const steps = matrixSteps(many);
    const progress: number[] = [];
    let step = steps.next();
    for (; !step.done; step = steps.next()) {
      expect(step.value.total).toBe(many.facts.length + many.reactions.length + many.quotes.length + 250);
      progress.push(step.value.done);
    }
    expect(progress.length).toBeGreaterThanOrEqual(2);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(step.value).toEqual(buildMatrix(many));
  });
});

describe('buildMatrix', () => {
  it('orders columns by date', () => {
    expect(matrix.columns.map((c) => c.articleId)).toEqual(['a', 'b', 'c']);
  });

  it('colours every value of a conflicting figure with the row, never one source as the odd one out', () => {
    const guards = matrix.rows.find((r) => r.kind === 'fact' && r.cells['b']?.display === '6');
    expect(guards?.status).toBe('conflict');
    expect(guards?.spread).toBe('4–6');
    expect(['a', 'b', 'c'].map((id) => guards?.cells[id]?.status)).toEqual(['conflict', 'conflict', 'conflict']);
    expect(guards?.articles).toBe(3);
  });

  it('lists each distinct value with the sources giving it, in column order', () => {
    const guards = matrix.rows.find((r) => r.kind === 'fact' && r.cells['b']?.display === '6')!;
    const name = (id: string) => matrix.columns.find((c) => c.articleId === id)!.sourceName;
    expect(guards.values.map((g) => [g.display, g.articleIds])).toEqual([
      ['4', ['a', 'c']],
      ['6', ['b']],
    ]);
    expect(valuesLine(guards.values)).toBe(`4: ${[...new Set([name('a'), name('c')])].join(', ')} · 6: ${name('b')}`);
    expect(matrix.rows.filter((r) => r.kind !== 'fact').every((r) => r.values.length === 0)).toBe(true);
  });

  it('names five sources per value and counts the rest', () => {
    const sources = Array.from({ length: 1205 }, (_, i) => `Outlet ${i + 1}`);
    expect(valuesLine([{ display: '12', articleIds: [], sources }])).toBe(
      '12: Outlet 1, Outlet 2, Outlet 3, Outlet 4, Outlet 5 and 1,200 more',
    );
  });

  it('writes a year as a year, without grouping its digits', () => {
    const years = buildMatrix(
      buildCorpus(
        [
          file('a.txt', 'date: 2023-05-02\n\nThe bridge was last rebuilt in 1998.'),
          file('b.txt', 'date: 2023-05-03\n\nThe bridge was last rebuilt in 1998 after a flood.'),
        ],
        { id: 'y', title: 'Y' },
      ).corpus,
    );
    const row = years.rows.find((r) => r.kind === 'fact' && r.label.startsWith('year'))!;
    expect(Object.values(row.cells).map((c) => c.display)).toEqual(['1998', '1998']);
  });

  it('points each value at its sentence and keeps the attribution', () => {
    const guards = matrix.rows.find((r) => r.status === 'conflict')!;
    const evidence = guards.cells['a']!.evidence[0]!;
    const article = corpus.articles.find((a) => a.id === 'a')!;
    expect(evidence.sentence).toBe(0);
    expect(article.text.slice(evidence.start, evidence.end).toLowerCase()).toContain('four');
    expect(evidence.attribution).toMatch(/police/);
  });

  it('keeps "not mentioned" apart from disagreement', () => {
    const france = matrix.rows.find((r) => r.kind === 'reaction' && r.country === 'FR')!;
    expect(france.cells['a']?.status).toBe('single');
    expect(cellAt(france, 'b').status).toBe('absent');
  });
});

describe('visibleRows and visibleColumns', () => {
  it('"conflicts only" leaves only conflicting rows', () => {
    const rows = visibleRows(matrix, { ...all, status: 'conflict' }, matrix.columns);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.status === 'conflict')).toBe(true);
  });

  it('drops rows that no visible source reports', () => {
    const columns = visibleColumns(matrix.columns, { ...all, hidden: ['a'] });
    const rows = visibleRows(matrix, all, columns);
    expect(columns.map((c) => c.articleId)).toEqual(['b', 'c']);
    expect(rows.some((r) => r.country === 'FR')).toBe(false);
    expect(rows.some((r) => r.country === 'JP')).toBe(true);
  });

  it('searches labels and cell values, case-insensitively', () => {
    const rows = visibleRows(matrix, { ...all, search: 'JAPAN' }, matrix.columns);
    expect(rows.length).toBeGreaterThan(0);
    expect(
      rows.every((r) =>
        `${r.label} ${r.detail} ${Object.values(r.cells)
          .map((c) => c.display)
          .join(' ')}`
          .toLowerCase()
          .includes('japan'),
      ),
    ).toBe(true);
  });

  it('puts pinned columns first, then the chosen order, then date order', () => {
    expect(visibleColumns(matrix.columns, { hidden: [], pinned: ['c'], order: [] }).map((c) => c.articleId)).toEqual([
      'c',
      'a',
      'b',
    ]);
    expect(
      visibleColumns(matrix.columns, { hidden: [], pinned: [], order: ['b', 'a'] }).map((c) => c.articleId),
    ).toEqual(['b', 'a', 'c']);
  });

  it('sorts by coverage within a kind', () => {
    const rows = visibleRows(matrix, { ...all, sort: 'coverage', kinds: ['entity'] }, matrix.columns);
    const coverage = rows.map((r) => r.articles);
    expect(coverage).toEqual([...coverage].sort((x, y) => y - x));
    expect(rows.every((r) => r.kind === 'entity')).toBe(true);
  });

  it('sorts by review: not yet reviewed first, then verified, then dismissed', () => {
    const entities = visibleRows(matrix, { ...all, kinds: ['entity'] }, matrix.columns);
    const [a, b] = [entities[0]!.id, entities[1]!.id];
    const verdicts = new Map([
      [a, new Set(['dismissed'])],
      [b, new Set(['verified'])],
    ]);
    const ids = visibleRows(matrix, { ...all, sort: 'review', kinds: ['entity'] }, matrix.columns, verdicts).map(
      (r) => r.id,
    );
    expect(ids.slice(-2)).toEqual([b, a]);
    expect(ids.length).toBe(entities.length);
  });
});

describe('defaultCollapsed', () => {
  it('collapses entity rows only when there are many beside other rows', () => {
    const entity = matrix.rows.find((r) => r.kind === 'entity')!;
    const others = matrix.rows.filter((r) => r.kind !== 'entity');
    const many = Array.from({ length: MANY_ENTITY_ROWS + 1 }, (_, i) => ({ ...entity, id: `e${i}` }));
    expect(defaultCollapsed([...others, ...many])).toEqual(['entity']);
    expect(defaultCollapsed([...others, ...many.slice(1)])).toEqual([]);
    // Filtered down to entities alone, they are what the reader asked to see.
    expect(defaultCollapsed(many)).toEqual([]);
  });
});

describe('entity rows', () => {
  it('show a person’s role beside the name, not in it', () => {
    const withRole = buildCorpus(
      [file('r.txt', 'date: 2023-05-02\n\nForeign Minister Amara Okonkwo-Bell arrived in Lusaka on Tuesday.')],
      { id: 'r', title: 'R' },
    ).corpus;
    const person = withRole.entities.find((e) => e.kind === 'person');
    expect(person?.role).toBeTruthy();
    const row = buildMatrix(withRole).rows.find((r) => r.id === person?.id);
    expect(row?.label).toBe(person?.name);
    expect(row?.detail).toBe(`person · ${person?.role}`);
  });
});

describe('columns of one source', () => {
  it('numbers the articles of a source with several, so a row says which of them gave each value', () => {
    const twice = buildCorpus(
      [
        file('a.txt', 'source: Harbour Post\ndate: 2023-05-02\n\nFour guards were injured in the blast.'),
        file('b.txt', 'source: Harbour Post\ndate: 2023-05-03\n\nSix guards were injured in the blast.'),
        file('c.txt', 'source: Valley News\ndate: 2023-05-03\n\nSix guards were injured in the blast.'),
      ],
      { id: 't2', title: 'T2' },
    ).corpus;
    const built = buildMatrix(twice);
    expect(built.columns.map((c) => [c.sourceName, c.nth])).toEqual([
      ['Harbour Post', 1],
      ['Harbour Post', 2],
      ['Valley News', undefined],
    ]);
    const injured = built.rows.find((r) => r.label === 'guards injured')!;
    expect(valuesLine(injured.values ?? [])).toBe('4: Harbour Post (1) · 6: Harbour Post (2), Valley News');
  });
});
