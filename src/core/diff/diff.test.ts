import { describe, expect, it } from 'vitest';
import type { Article } from '../schema/corpus';
import { alignmentBetween, diffRows, diffToHtml, diffToMarkdown, nWayRows, reuseShares, sameShare, wordDiff } from '.';

function article(id: string, sentences: string[]): Article {
  let at = 0;
  const ranges = sentences.map((s) => {
    const r = { start: at, end: at + s.length };
    at += s.length + 1;
    return r;
  });
  return {
    id,
    sourceId: id,
    credits: [],
    date: null,
    title: `Title ${id}`,
    url: null,
    language: 'en',
    text: sentences.join(' '),
    paragraphs: [{ start: 0, end: at - 1 }],
    sentences: ranges,
    removed: [],
  };
}

describe('wordDiff', () => {
  it('reads a paraphrase as a few changed phrases, not confetti', () => {
    const ops = wordDiff(
      'The mayor promised new sea walls on Friday.',
      'The mayor pledged to build new sea walls on Friday.',
    );
    expect(ops.filter((o) => o.op !== 'same').length).toBeLessThanOrEqual(2);
    expect(ops.map((o) => (o.op === 'ins' ? '' : o.text)).join('')).toBe('The mayor promised new sea walls on Friday.');
    expect(ops.map((o) => (o.op === 'del' ? '' : o.text)).join('')).toBe(
      'The mayor pledged to build new sea walls on Friday.',
    );
  });

  it('ignores case, spacing and punctuation in loose mode only', () => {
    expect(wordDiff('Calm,  please', 'calm please').every((o) => o.op === 'same')).toBe(false);
    expect(wordDiff('Calm,  please', 'calm please', true).every((o) => o.op === 'same')).toBe(true);
  });

  it('measures how much is unchanged', () => {
    expect(sameShare(wordDiff('a b c', 'a b c'))).toBe(1);
    expect(sameShare(wordDiff('one two', 'three four'))).toBe(0);
  });
});

const a = article('a', ['Alpha one.', 'Bravo two.', 'Charlie three.', 'Delta four.']);
const b = article('b', ['Delta four again.', 'Alpha one.', 'Echo new.', 'Charlie three.']);
const alignments = [
  {
    a: 'a',
    b: 'b',
    reuse: 0.75,
    pairs: [
      { a: 0, b: 1, score: 1 },
      { a: 2, b: 3, score: 0.9 },
      { a: 3, b: 0, score: 0.6 },
    ],
  },
];

describe('diffRows', () => {
  const rows = diffRows(a, b, alignmentBetween(alignments, 'a', 'b'), { threshold: 0.3 });

  it('pairs sentences in reading order, marks what moved and what only one side has', () => {
    expect(rows).toEqual([
      { kind: 'pair', a: [0], b: [1], score: 1, moved: false },
      { kind: 'only-a', a: 1 },
      { kind: 'only-b', b: 2 },
      { kind: 'pair', a: [2], b: [3], score: 0.9, moved: false },
      { kind: 'pair', a: [3], b: [0], score: 0.6, moved: true },
    ]);
  });

  it('drops pairs below the threshold, leaving both sentences unpaired', () => {
    const strict = diffRows(a, b, alignmentBetween(alignments, 'a', 'b'), { threshold: 0.7 });
    expect(strict.filter((r) => r.kind === 'pair')).toHaveLength(2);
    expect(strict).toContainEqual({ kind: 'only-a', a: 3 });
    expect(strict).toContainEqual({ kind: 'only-b', b: 0 });
  });

  it('reads a stored alignment the other way round', () => {
    const reversed = diffRows(b, a, alignmentBetween(alignments, 'b', 'a'), { threshold: 0.3 });
    // B's first sentence is A's last: it is the one that moved, the other two keep their order.
    expect(reversed[0]).toEqual({ kind: 'pair', a: [0], b: [3], score: 0.6, moved: true });
    expect(reversed.filter((r) => r.kind === 'pair' && r.moved)).toHaveLength(1);
  });

  it('joins a sentence split in two into one row', () => {
    const split = [
      {
        a: 'a',
        b: 'b',
        reuse: 0.5,
        pairs: [
          { a: 0, b: 1, score: 0.8 },
          { a: 0, b: 2, score: 0.4 },
        ],
      },
    ];
    expect(
      diffRows(a, b, alignmentBetween(split, 'a', 'b'), { threshold: 0.3 }).find((r) => r.kind === 'pair'),
    ).toEqual({ kind: 'pair', a: [0], b: [1, 2], score: 0.8, moved: false });
  });

  it('shows everything as one-sided without an alignment, and states the shares', () => {
    const none = diffRows(a, b, null, { threshold: 0.3 });
    expect(none.filter((r) => r.kind === 'only-a')).toHaveLength(4);
    expect(none.filter((r) => r.kind === 'only-b')).toHaveLength(4);
    expect(reuseShares(rows, a, b)).toEqual({ aInB: 0.75, bInA: 0.75 });
  });
});

describe('exports', () => {
  const evil = article('x', ['<script>alert(1)</script> said | the *mayor*.']);
  const doc = {
    a: evil,
    b: b,
    aName: 'A & Co',
    bName: 'B',
    rows: diffRows(evil, b, null, { threshold: 0.3 }),
    loose: false,
    summary: 'summary',
  };

  it('escapes every text in standalone HTML', () => {
    const html = diffToHtml(doc);
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain('A &amp; Co');
    expect(html.startsWith('<!doctype html>')).toBe(true);
  });

  it('keeps every sentence inside its table cell, whatever lines, pipes and backslashes it holds', () => {
    const sentences = ['The pier\nclosed | at noon.', 'A path C:\\ferry\\ \\| ran\r\nlate.'];
    const odd = article('y', sentences);
    const md = diffToMarkdown({
      ...doc,
      a: { ...odd, title: 'Two\nlines' },
      aName: 'Harbour | Desk\nEvening',
      rows: diffRows(odd, b, null, { threshold: 0.3 }),
    });
    const lines = md.split('\n');
    const table = lines.filter((l) => l.startsWith('|'));
    expect(lines[0]).toBe('# Two lines ↔ Title b');
    expect(table).toHaveLength(2 + sentences.length + b.sentences.length);
    // A cell ends at a pipe that no backslash escapes; unescaping gives the text back, on one line.
    const cells = (line: string) =>
      line
        .slice(1, -1)
        .split(/(?<=(?:^|[^\\])(?:\\\\)*)\|/)
        .map((c) => c.trim().replace(/\\(.)/g, '$1'));
    for (const line of table) expect(cells(line)).toHaveLength(3);
    expect(cells(table[0]!)[0]).toBe('A: Harbour | Desk Evening');
    expect(cells(table[2]!)[0]).toBe('The pier closed | at noon.');
    expect(cells(table[3]!)[0]).toBe('A path C:\\ferry\\ \\| ran late.');
  });

  it('escapes Markdown table syntax', () => {
    const md = diffToMarkdown(doc);
    expect(md).toContain('\\| the \\*mayor\\*');
    expect(md.split('\n').filter((l) => l.startsWith('|'))).toHaveLength(2 + doc.rows.length);
  });
});

describe('nWayRows', () => {
  it("puts each article's counterpart beside the pivot sentence", () => {
    const rows = nWayRows(a, [b], alignments, 0.3);
    expect(rows[0]!.cells).toEqual({ b: [1] });
    expect(rows[1]!.cells).toEqual({});
    expect(rows[3]!.cells).toEqual({ b: [0] });
  });
});
