import { describe, expect, it } from 'vitest';
import { appHref } from './links';

describe('in-app links keep the corpus', () => {
  it('adds the loaded corpus to every link, after the view and its keys', () => {
    expect(appHref({ view: 'diff', a: 'north-post', b: 'valley-news', sentence: 3 }, '/other.json')).toBe(
      '?view=diff&a=north-post&b=valley-news&sentence=3&corpus=%2Fother.json',
    );
    expect(appHref({ view: 'articles', article: 'north-post' }, 'saved:my-event')).toBe(
      '?view=articles&article=north-post&corpus=saved%3Amy-event',
    );
  });

  it('leaves the corpus out for the sample, and unset keys and the default view out always', () => {
    expect(appHref({ view: 'articles', article: 'a b&c', sentence: null }, null)).toBe(
      '?view=articles&article=a+b%26c',
    );
    expect(appHref({ view: 'overview', changes: false, q: undefined }, null)).toBe('?');
    expect(appHref({ view: 'overview' }, '/other.json')).toBe('?corpus=%2Fother.json');
  });

  it('a link cannot name another corpus than the loaded one', () => {
    expect(appHref({ view: 'matrix', corpus: '/elsewhere.json' }, '/other.json')).toBe(
      '?view=matrix&corpus=%2Fother.json',
    );
  });
});
