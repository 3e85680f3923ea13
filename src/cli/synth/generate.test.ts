import { describe, expect, it } from 'vitest';
import { generateArticles, type SeedArticle } from './generate';
import { changeFigures, translatedStyle } from './rewrite';
import { seededRandom } from './seeded';

const seeds: SeedArticle[] = [
  {
    id: 'x',
    date: '2023-01-02',
    title: 'Storm hits coast',
    sentences: [
      'Officials said six homes were damaged.',
      'The storm hit the coast early Monday.',
      'Two people were injured, police said.',
      'The mayor called for calm.',
    ],
  },
  {
    id: 'y',
    date: '2023-01-03',
    title: 'Coast recovers',
    sentences: ['Crews cleared 40 roads.', 'The government announced aid.'],
  },
];

describe('generateArticles', () => {
  it('is deterministic for a seed and varies with it', () => {
    expect(generateArticles(seeds, 30, 4)).toEqual(generateArticles(seeds, 30, 4));
    expect(generateArticles(seeds, 30, 4)).not.toEqual(generateArticles(seeds, 30, 5));
  });

  it('makes every kind of article, with a header the pipeline reads', () => {
    const articles = generateArticles(seeds, 200, 1);
    expect(new Set(articles.map((a) => a.kind))).toEqual(
      new Set(['wire-copy', 'paraphrase', 'figures', 'translated', 'unrelated']),
    );
    expect(articles.every((a) => /^(date: \d{4}-\d{2}-\d{2}\n)?title: .+\n\n/.test(a.text))).toBe(true);
    expect(new Set(articles.map((a) => a.name)).size).toBe(200);
    const unrelated = articles.find((a) => a.kind === 'unrelated')!;
    expect(unrelated.base).toBeNull();
    expect(seeds.flatMap((s) => s.sentences).some((s) => unrelated.text.includes(s))).toBe(false);
  });

  it('refuses to start from nothing', () => {
    expect(() => generateArticles([], 3)).toThrow(/at least one real article/);
  });
});

describe('rewrites', () => {
  it('changes figures in digits and words', () => {
    const random = seededRandom(3);
    const outs = Array.from({ length: 10 }, () => changeFigures('Six homes and 40 roads.', random));
    expect(outs.some((o) => !o.includes('40'))).toBe(true);
    expect(outs.some((o) => !o.startsWith('Six'))).toBe(true);
  });

  it('moves the speaker after the statement, as translated copy does', () => {
    expect(translatedStyle('The minister said the border stays open.', seededRandom(1))).toBe(
      'The border stays open, said the minister.',
    );
  });
});
