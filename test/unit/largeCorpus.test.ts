import { describe, expect, it } from 'vitest';
import { largeCorpus } from '../../mocks/fixtures/largeCorpus';
import { parseCorpusValue } from '../../src/core/schema/parseCorpus';
import { buildMatrix } from '../../src/core/matrix';

describe('largeCorpus fixture', () => {
  const corpus = largeCorpus({ articles: 200, rows: 1000 });

  it('is a valid corpus whose figures point at their words', () => {
    const parsed = parseCorpusValue(JSON.parse(JSON.stringify(corpus)));
    expect(parsed.ok ? [] : parsed).toEqual([]);
    for (const fact of corpus.facts.slice(0, 50))
      for (const v of fact.values)
        expect(corpus.articles.find((a) => a.id === v.articleId)!.text.slice(v.start, v.end)).toBe(v.text);
  });

  it('fills a 200 × 1,000 matrix with agreements and conflicts', () => {
    const matrix = buildMatrix(corpus);
    expect(matrix.columns).toHaveLength(200);
    expect(matrix.rows).toHaveLength(1000);
    expect(matrix.rows.some((r) => r.status === 'conflict')).toBe(true);
    expect(matrix.rows.some((r) => r.status === 'agree')).toBe(true);
  });

  it('is the same corpus every time', () => {
    expect(JSON.stringify(largeCorpus({ articles: 20, rows: 50 }))).toBe(
      JSON.stringify(largeCorpus({ articles: 20, rows: 50 })),
    );
  });
});
