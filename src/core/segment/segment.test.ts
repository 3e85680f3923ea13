import { describe, expect, it } from 'vitest';
import { segmentAndTag, segmentSentences } from './segment';

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

describe('segmentAndTag', () => {
  it('gives each sentence its tokens, with offsets that slice back to each token, numbered from the first', () => {
    const text = "It can't be, she said — twice. Then 🎉 they left.";
    const { sentences, tokens } = segmentAndTag(text, [{ start: 0, end: text.length }]);
    expect(tokens).toHaveLength(sentences.length);
    tokens.forEach((sentence, i) => {
      expect(sentence.map((t) => t.index)).toEqual(sentence.map((_, k) => k));
      for (const t of sentence) {
        expect(text.slice(t.start, t.end)).toBe(t.value);
        expect(t.start >= sentences[i]!.start && t.end <= sentences[i]!.end).toBe(true);
      }
    });
    expect(tokens[1]!.map((t) => t.value)).toContain('left');
  });
});

describe('segmentation does not depend on what was read before', () => {
  it('splits a sentence the same after another text used the initialism without its final point', () => {
    const later = 'Envoys of the U.N. and of two towns met on Tuesday. They agreed.';
    const range = [{ start: 0, end: later.length }];
    segmentSentences('A statement was issued by the U.N and signed by both mayors.', [{ start: 0, end: 61 }]);
    const after = segmentSentences(later, range).map((r) => later.slice(r.start, r.end));
    expect(after).toEqual(['Envoys of the U.N. and of two towns met on Tuesday.', 'They agreed.']);
  });
});
