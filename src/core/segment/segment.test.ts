import { describe, expect, it } from 'vitest';
import { segmentSentences, tokenize } from './segment';

describe('segmentSentences', () => {
  const text =
    'The U.S. envoy arrived on Oct. 3. “We will talk,” she said. Dr. Lee agreed!\n\nA second paragraph “with a quote.” And more.';
  const paragraphs = [
    { start: 0, end: text.indexOf('\n\n') },
    { start: text.indexOf('\n\n') + 2, end: text.length },
  ];
  const sentences = segmentSentences(text, paragraphs);
  const slices = sentences.map((s) => text.slice(s.start, s.end));

  it('does not split on abbreviations and keeps closing quotes with their sentence', () => {
    expect(slices).toEqual([
      'The U.S. envoy arrived on Oct. 3.',
      '“We will talk,” she said.',
      'Dr. Lee agreed!',
      'A second paragraph “with a quote.”',
      'And more.',
    ]);
  });

  it('never crosses a paragraph boundary and never overlaps', () => {
    for (let i = 1; i < sentences.length; i++)
      expect(sentences[i]!.start).toBeGreaterThanOrEqual(sentences[i - 1]!.end);
    for (const s of sentences) expect(text.slice(s.start, s.end)).not.toContain('\n');
  });

  it('handles text outside the Basic Multilingual Plane with UTF-16 offsets', () => {
    const emoji = 'Fans cheered 🎉 loudly. Then they left.';
    const result = segmentSentences(emoji, [{ start: 0, end: emoji.length }]);
    expect(result.map((s) => emoji.slice(s.start, s.end))).toEqual(['Fans cheered 🎉 loudly.', 'Then they left.']);
  });
});

describe('tokenize', () => {
  it('gives offsets that slice back to each token', () => {
    const text = "It can't be, she said — twice.";
    for (const token of tokenize(text)) expect(text.slice(token.start, token.end)).toBe(token.value);
  });
});
