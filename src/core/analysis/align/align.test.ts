import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../pipeline/buildCorpus';
import { alignArticles, nearestPartners } from '.';
import { acrossNeighbours } from './alignPair';
import { lshCandidates, minHasher } from './minhash';

const corpusOf = (...texts: string[]) =>
  buildCorpus(
    texts.map((t, i) => ({ name: `a${i}.txt`, bytes: new TextEncoder().encode(t) })),
    { id: 't', title: 'T' },
  ).corpus;

describe('minhash', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    const words = ['river', 'bridge', 'mayor', 'crowd'];
    expect(minHasher(16, 3).signature(words)).toEqual(minHasher(16, 3).signature(words));
    expect(minHasher(16, 3).signature(words)).not.toEqual(minHasher(16, 4).signature(words));
  });

  it('puts near-duplicates in one bucket and keeps unrelated sets apart', () => {
    const hasher = minHasher(64, 1);
    const base = Array.from({ length: 40 }, (_, i) => `w${i}`);
    const near = [...base.slice(0, 36), 'x1', 'x2', 'x3', 'x4'];
    const other = Array.from({ length: 40 }, (_, i) => `z${i}`);
    const pairs = lshCandidates(
      [base, near, other].map((s) => hasher.signature(s)),
      32,
    );
    expect(pairs).toEqual([[0, 1]]);
  });

  it('keeps a cluster of hundreds of copies linear in pairs and still connected', () => {
    const hasher = minHasher(64, 1);
    const base = Array.from({ length: 40 }, (_, i) => `w${i}`);
    const copies = Array.from({ length: 300 }, (_, c) => hasher.signature([...base.slice(0, 38), `e${c}`, `f${c}`]));
    const pairs = lshCandidates(copies, 32, 8);
    expect(pairs.length).toBeLessThanOrEqual(300 * 8 * 32);
    expect(pairs.length).toBeLessThan((300 * 299) / 2);
    const parent = copies.map((_, i) => i);
    const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i]!)));
    for (const [a, b] of pairs) parent[root(a)] = root(b);
    expect(new Set(copies.map((_, i) => root(i))).size).toBe(1);
  });
});

describe('nearestPartners', () => {
  it('keeps a pair only when it is among the closest partners of one of its articles', () => {
    const sig = (same: number) => Array.from({ length: 10 }, (_, i) => (i < same ? 1 : 100 + same * 10 + i));
    // Article 0 resembles 1 most, then 2, then 3; 3 and 4 have only each other besides 0.
    const signatures = [sig(10), sig(9), sig(7), sig(3), sig(3).map((v, i) => (i < 3 ? v : v + 1))];
    const all: [number, number][] = [
      [0, 1],
      [0, 2],
      [0, 3],
      [1, 2],
      [3, 4],
    ];
    expect(nearestPartners(all, signatures, 1)).toEqual([
      [0, 1],
      [0, 2],
      [0, 3],
      [3, 4],
    ]);
  });
});

describe('alignArticles', () => {
  const corpus = corpusOf(
    'The storm flooded the old harbour on Friday. Four boats sank near the pier. The mayor promised new sea walls.',
    'The mayor has promised to build new sea walls. On Friday, a storm flooded the old harbour. Near the pier, four boats sank.',
    'Tickets for the summer music festival went on sale. Organisers expect record crowds this year.',
  );

  it('aligns paraphrased and moved sentences', () => {
    const pair = corpus.alignments.find((a) => a.a === 'a0' && a.b === 'a1');
    expect(pair?.pairs.map((p) => [p.a, p.b])).toEqual([
      [0, 1],
      [1, 2],
      [2, 0],
    ]);
    // Most of the content is shared, but in other words: a paraphrase, with little wording reused.
    expect(pair?.lineage).toBe('paraphrase');
    expect(pair?.reuse).toBeLessThan(0.5);
  });

  it('ranks the rewritten pair above the unrelated ones', () => {
    const reuse = (a: string, b: string) => corpus.alignments.find((x) => x.a === a && x.b === b)?.reuse ?? 0;
    expect(reuse('a0', 'a1')).toBeGreaterThan(reuse('a0', 'a2'));
    expect(reuse('a0', 'a1')).toBeGreaterThan(reuse('a1', 'a2'));
  });

  it('finds through LSH every pair the all-pairs oracle finds sharing most of their content', () => {
    const lsh = alignArticles(corpus.articles, 'lsh');
    const oracle = alignArticles(corpus.articles, 'all-pairs');
    const strong = oracle.filter((a) => a.lineage === 'copy' || a.lineage === 'paraphrase');
    expect(strong.length).toBeGreaterThan(0);
    for (const pair of strong) expect(lsh).toContainEqual(pair);
  });

  it('counts copies of one story once in independent confirmations', () => {
    const boats = corpus.facts.find((f) => f.values.length === 2);
    expect(boats?.independent).toBe(1);
  });
});

describe('acrossNeighbours', () => {
  it('pairs one sentence with two neighbouring sentences that share its content', () => {
    expect(acrossNeighbours([0.1, 0.28, 0.26, 0.05], 1)).toEqual([1, 2]);
  });
  it('does not when the two are not neighbours, are weak, or a third sentence is as close', () => {
    expect(acrossNeighbours([0.28, 0.05, 0.26], 0)).toEqual([]);
    expect(acrossNeighbours([0.1, 0.22, 0.21], 1)).toEqual([]);
    expect(acrossNeighbours([0.25, 0.28, 0.26], 1)).toEqual([]);
  });
});

describe('reuse and lineage', () => {
  const story =
    'Fire crews fought a blaze at the timber yard for six hours on Monday. ' +
    'The owner said nobody had been hurt and the cause was not yet known. ' +
    'Residents nearby were told to keep their windows closed overnight.';
  const corpus = corpusOf(
    story,
    story.replace('for six hours', 'for nearly six hours').replace('overnight', 'until the morning'),
    'On Monday a timber yard burned for six hours before firefighters put it out. Nobody was injured, its ' +
      'owner told reporters, and what started it is unclear. People living close by had to shut their windows.',
  );
  const pair = (a: string, b: string) => corpus.alignments.find((x) => x.a === a && x.b === b);

  it('calls a lightly edited copy a copy and ranks its reuse above a rewrite of the same content', () => {
    expect(pair('a0', 'a1')?.lineage).toBe('copy');
    expect(pair('a0', 'a2')?.lineage).toBe('paraphrase');
    expect(pair('a0', 'a1')!.reuse).toBeGreaterThan(pair('a0', 'a2')!.reuse + 0.5);
  });
});
