import { describe, expect, it } from 'vitest';
import { matches } from './matches';

describe('matches', () => {
  it('finds the same matches as matchAll, with their offsets', () => {
    const pattern = /\b[A-Z]\w+/g;
    const text = 'Alpha met Beta and gamma in Delta.';
    const expected = [...text.matchAll(pattern)].map((m) => [m[0], m.index]);
    expect([...matches(text, pattern)].map((m) => [m[0], m.index])).toEqual(expected);
    expect(expected).toHaveLength(3);
  });

  it('starts from the beginning even when an earlier loop stopped half-way', () => {
    const pattern = /\d+/g;
    for (const m of matches('1 2 3', pattern)) if (m[0] === '2') break;
    expect([...matches('4 5', pattern)].map((m) => m[0])).toEqual(['4', '5']);
  });

  it('steps over zero-length matches instead of looping', () => {
    expect([...matches('ab', /x*/g)]).toHaveLength(3);
  });

  it('refuses a pattern without the global flag', () => {
    expect(() => [...matches('a', /a/)]).toThrow(/global/);
  });
});
