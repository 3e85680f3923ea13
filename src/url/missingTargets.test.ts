import { describe, expect, it } from 'vitest';
import type { Corpus } from '../core/schema/corpus';
import { emptyCorpus } from '../../mocks/fixtures/corpora';
import { missingTargets, type LinkTargets } from './missingTargets';

const article = (id: string, sentences: number) =>
  ({
    id,
    sentences: Array.from({ length: sentences }, (_, i) => ({ start: i * 10, end: i * 10 + 9 })),
  }) as unknown as Corpus['articles'][number];

const corpus: Corpus = {
  ...emptyCorpus,
  title: 'Flooding in Lowmere',
  articles: [article('lowmere-gazette', 4), article('river-wire', 2)],
};
const none: LinkTargets = { view: 'overview', article: null, sentence: null, a: null, b: null, cell: null };

describe('a link to what the corpus lacks says so', () => {
  it('finds nothing to say when every target is there', () => {
    expect(missingTargets(corpus, { ...none, view: 'articles', article: 'river-wire', sentence: 1 })).toEqual([]);
    expect(missingTargets(corpus, { ...none, view: 'diff', a: 'lowmere-gazette', b: 'river-wire' })).toEqual([]);
    expect(missingTargets(corpus, { ...none, view: 'matrix', cell: 'fact-1~river-wire' })).toEqual([]);
  });

  it('names an article the reader, the diff or a matrix cell asks for and the corpus lacks', () => {
    expect(missingTargets(corpus, { ...none, view: 'articles', article: 'hill-times', sentence: 2 })).toEqual([
      'Article “hill-times” is not in this corpus (“Flooding in Lowmere”); another article is shown instead.',
    ]);
    expect(missingTargets(corpus, { ...none, view: 'diff', a: 'lowmere-gazette', b: 'hill-times' })).toEqual([
      'Article “hill-times” (B) is not in this corpus (“Flooding in Lowmere”); another article is shown instead.',
    ]);
    expect(missingTargets(corpus, { ...none, view: 'matrix', cell: 'fact-1~hill-times' })).toEqual([
      'Article “hill-times” of the linked cell is not in this corpus (“Flooding in Lowmere”).',
    ]);
  });

  it('names a sentence past the end of the article', () => {
    expect(missingTargets(corpus, { ...none, view: 'articles', article: 'river-wire', sentence: 5 })).toEqual([
      'Sentence 6 is not in article “river-wire”, which has 2 sentences.',
    ]);
    expect(
      missingTargets(corpus, { ...none, view: 'diff', a: 'river-wire', b: 'lowmere-gazette', sentence: 2 }),
    ).toEqual(['Sentence 3 is not in article “river-wire”, which has 2 sentences.']);
  });

  it('checks only the keys the open view reads', () => {
    expect(missingTargets(corpus, { ...none, view: 'matrix', article: 'hill-times', a: 'hill-times' })).toEqual([]);
  });
});
