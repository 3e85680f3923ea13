import { describe, expect, it } from 'vitest';
import { cutText, DISPLAY_LIMIT } from './cutText';

describe('cutText', () => {
  it('leaves a short text whole', () => {
    expect(cutText('Harbour Weekly')).toBe('Harbour Weekly');
    expect(cutText('x'.repeat(DISPLAY_LIMIT))).toBe('x'.repeat(DISPLAY_LIMIT));
  });

  it('cuts a long text to the limit with an ellipsis, at a space when one is near', () => {
    const long = 'lantern '.repeat(20_000);
    const cut = cutText(long);
    expect(cut.length).toBeLessThanOrEqual(DISPLAY_LIMIT + 1);
    expect(cut.endsWith('lantern…')).toBe(true);
    expect(cutText('q'.repeat(100_000))).toBe(`${'q'.repeat(DISPLAY_LIMIT)}…`);
  });

  it('never splits a surrogate pair', () => {
    const text = `${'a'.repeat(9)}😀${'b'.repeat(20)}`;
    expect(cutText(text, 10)).toBe(`${'a'.repeat(9)}…`);
  });
});
