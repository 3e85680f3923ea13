import { describe, expect, it } from 'vitest';
import { classifyCorpusUrl } from './corpusSource';

const PAGE = 'https://parallax.example/app/?view=matrix';

describe('where a ?corpus= value points', () => {
  it.each([
    ['/corpus.json', 'https://parallax.example/corpus.json'],
    ['other.json', 'https://parallax.example/app/other.json'],
    ['https://parallax.example/c/one.json', 'https://parallax.example/c/one.json'],
    ['HTTPS://PARALLAX.EXAMPLE/two.json', 'https://parallax.example/two.json'],
    ['  /spaced.json', 'https://parallax.example/spaced.json'],
  ])('%s is this site’s own', (value, url) => {
    expect(classifyCorpusUrl(value, PAGE)).toEqual({ kind: 'same-origin', url });
  });

  it('a saved corpus is named by its id', () => {
    expect(classifyCorpusUrl('saved:my-event', PAGE)).toEqual({ kind: 'saved', id: 'my-event' });
  });

  it.each([
    ['https://other.example/c.json', 'https://other.example'],
    ['//other.example/c.json', 'https://other.example'],
    ['/\\other.example/c.json', 'https://other.example'],
    ['http://parallax.example/c.json', 'http://parallax.example'],
    ['https://parallax.example:8443/c.json', 'https://parallax.example:8443'],
    ['https://parallax.example.evil.test/c.json', 'https://parallax.example.evil.test'],
  ])('%s is another site’s, named %s', (value, origin) => {
    const result = classifyCorpusUrl(value, PAGE);
    expect(result.kind).toBe('other-origin');
    expect(result).toMatchObject({ origin });
  });

  it.each([
    ['data:application/json,{"id":"x"}', 'data:'],
    ['javascript:alert(1)', 'javascript:'],
    [' JavaScript:alert(1)', 'javascript:'],
    ['blob:https://parallax.example/0b8c', 'blob:'],
    ['file:///home/someone/c.json', 'file:'],
    ['ftp://files.example/c.json', 'ftp:'],
  ])('%s is refused, naming the scheme', (value, scheme) => {
    const result = classifyCorpusUrl(value, PAGE);
    expect(result.kind).toBe('refused');
    if (result.kind === 'refused') expect(result.message).toContain(scheme);
  });

  it('an address that does not parse is refused, not fetched', () => {
    expect(classifyCorpusUrl('http://[::1', PAGE).kind).toBe('refused');
  });
});
