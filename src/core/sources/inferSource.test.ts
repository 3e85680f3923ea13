import { describe, expect, it } from 'vitest';
import type { RemovedLine } from '../schema/corpus';
import { inferSource } from './inferSource';

const line = (kind: RemovedLine['kind'], text: string): RemovedLine => ({ kind, text, line: 1 });

describe('inferSource', () => {
  it('names the wire from a copyright line and normalises its spelling', () => {
    const result = inferSource('a', 'Body.', [line('copyright', 'Copyright © Thomson Reuters.')], undefined);
    expect(result.primary).toMatchObject({ name: 'Reuters', kind: 'wire', evidence: { rule: 'copyright' } });
    expect(result.credits).toEqual(['Reuters']);
  });

  it('splits a joint credit line into its wires', () => {
    const result = inferSource('a', 'Body.', [line('credit', '/AFP and REUTERS')], undefined);
    expect(result.primary?.name).toBe('AFP and Reuters');
    expect(result.credits).toEqual(['AFP', 'Reuters']);
  });

  it('prefers a header over anything the text says', () => {
    const result = inferSource(
      'a',
      'Officials told Reuters.',
      [line('copyright', '© Example Post')],
      'The Daily Example',
    );
    expect(result.primary).toMatchObject({ name: 'The Daily Example', kind: 'outlet', evidence: { rule: 'header' } });
  });

  it('prefers a site label over a wire named in the prose', () => {
    const result = inferSource('a', 'This was according to Reuters.', [line('site-label', 'News Hub')], undefined);
    expect(result.primary?.name).toBe('News Hub');
    expect(result.clues.map((c) => c.evidence.rule)).toEqual(['site-label', 'wire-attribution']);
  });

  it('falls back to a wire named as a source in the prose, quoting the clause', () => {
    const text = 'Three people were hurt, two officials told The Associated Press. More followed.';
    const result = inferSource('a', text, [], undefined);
    expect(result.primary).toMatchObject({ name: 'Associated Press', evidence: { rule: 'wire-attribution' } });
    expect(result.primary?.evidence.text).toBe('two officials told The Associated Press.');
  });

  it('returns no source when nothing names one', () => {
    const result = inferSource('a', 'A plain story with no credit.', [], undefined);
    expect(result.primary).toBeNull();
    expect(result.credits).toEqual([]);
  });

  it('does not take a photo agency for the text source', () => {
    const result = inferSource(
      'a',
      'Story.',
      [line('photo-credit', 'Staff | Anadolu Agency via Getty Images')],
      undefined,
    );
    expect(result.primary).toBeNull();
  });
});
