import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../pipeline/buildCorpus';
import { conflictHighlights } from './highlights';

const file = (name: string, text: string) => ({ name, bytes: new TextEncoder().encode(text) });

describe('conflictHighlights', () => {
  it('words a conflict as its values with the sources giving them, as the matrix does', () => {
    const corpus = buildCorpus(
      [
        file('a.txt', 'date: 2023-05-02\nsource: Harbour Post\n\nFour guards were injured in the blast.'),
        file('b.txt', 'date: 2023-05-03\nsource: Valley Times\n\nSix guards were injured in the blast.'),
        file('c.txt', 'date: 2023-05-04\nsource: Coast Daily\n\nFour guards were injured in the blast.'),
      ],
      { id: 't', title: 'T' },
    ).corpus;
    const [first] = conflictHighlights(corpus);
    const name = (id: string) => {
      const article = corpus.articles.find((a) => a.id === id)!;
      return corpus.sources.find((s) => s.id === article.sourceId)!.name;
    };
    expect(first?.status).toBe('conflict');
    expect(first?.values).toBe(`4: ${[...new Set([name('a'), name('c')])].join(', ')} · 6: ${name('b')}`);
    expect(first?.articles).toBe(3);
  });
});
