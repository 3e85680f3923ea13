import { describe, expect, it } from 'vitest';
import { lengthBars } from './lengthBuckets';

const articles = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ label: `${i + 1}. Tidewater Gazette`, words: i + 1, sentences: 1 }));

describe('lengthBars', () => {
  it('keeps one bar per article while there are few', () => {
    expect(lengthBars(articles(3), 10)).toEqual({ bars: articles(3), grouped: 1 });
  });

  it('averages runs of consecutive articles past the limit, labelled with their range', () => {
    const { bars, grouped } = lengthBars(articles(25), 10);
    expect(grouped).toBe(3);
    expect(bars).toHaveLength(9);
    expect(bars[0]).toEqual({ label: '1–3', words: 2, sentences: 1 });
    expect(bars[8]).toEqual({ label: '25–25', words: 25, sentences: 1 });
  });
});
