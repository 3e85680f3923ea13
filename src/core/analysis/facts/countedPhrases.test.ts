import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../pipeline/buildCorpus';
import type { Corpus } from '../../schema/corpus';

const corpusOf = (...texts: string[]) =>
  buildCorpus(
    texts.map((text, i) => ({ name: `a${i}.txt`, bytes: new TextEncoder().encode(`date: 2024-05-02\n\n${text}`) })),
    { id: 't', title: 'T' },
  ).corpus;

const rowWith = (corpus: Corpus, value: number) => corpus.facts.find((f) => f.values.some((v) => v.value === value));

describe('years that name an event', () => {
  it('reads "the 2004 Summer Games" as dating the games, and meets "in 2004" in the same clause', () => {
    const corpus = corpusOf(
      'The flag was last used at the 2004 Summer Games in Lisbon.',
      'The flag was last used in 2004 at the Summer Games.',
    );
    const row = rowWith(corpus, 2004);
    expect(row?.values.map((v) => v.articleId)).toEqual(['a0', 'a1']);
    expect(row?.status).toBe('agree');
  });

  it('dates an event by the start of a span, and labels the row by the event', () => {
    const row = rowWith(corpusOf('Their 1914-18 war ended in ruin.'), 1914);
    expect(row?.values[0]?.text).toBe('1914-18');
    expect(row?.label).toBe('year of the war (1914)');
  });

  it('does not read a year-like number before a plural noun as a year', () => {
    const corpus = corpusOf('The 1990 ballots were counted again.');
    expect(corpus.facts.some((f) => f.label.startsWith('year'))).toBe(false);
  });
});

describe('what a figure counts', () => {
  it('counts a noun in scare quotes, and stops at the closing mark', () => {
    const corpus = corpusOf('About 1,500 “rebels” remained in each town. “We lost 5 soldiers” the general said.');
    expect(rowWith(corpus, 1500)?.label).toBe('rebels remained');
    expect(rowWith(corpus, 5)?.label).toBe('soldiers lost');
  });

  it('keeps a graded adjective inside the counted phrase', () => {
    const corpus = corpusOf("The city's 25 most senior elders met on Monday.");
    expect(rowWith(corpus, 25)?.label).toBe('elders met');
  });
});

describe('measures, ages and compounds', () => {
  it('reads a temperature as a temperature, not as more of the last thing counted', () => {
    const corpus = corpusOf(
      'Some 22 aircraft fought the fire. Temperatures reached 44C on Friday and 40 °C on Saturday.',
    );
    expect(rowWith(corpus, 44)?.label).toBe('temperature of 44 °C');
    expect(rowWith(corpus, 40)?.label).toBe('temperature of 40 °C');
  });

  it('counts the head after a hyphenated modifier, and keeps "aircraft" as its own plural', () => {
    const corpus = corpusOf('Crews flew 20 water-dropping aircraft over the hills.');
    expect(rowWith(corpus, 20)?.label.startsWith('aircraft')).toBe(true);
  });

  it('reads "a ranger, aged 51," as an age, so two reports of it can disagree', () => {
    const corpus = corpusOf('A 52-year-old ranger died on Friday.', 'A ranger, aged 51, was killed on Friday.');
    const row = rowWith(corpus, 51);
    expect(row?.label).toBe('age of ranger');
    expect(row?.status).toBe('conflict');
  });

  it('reads "the evacuation of 2,500 residents" as people displaced', () => {
    const corpus = corpusOf(
      'The fire forced the evacuation of 2,500 residents.',
      'Some 2,500 residents fled the fire.',
    );
    expect(rowWith(corpus, 2500)?.status).toBe('agree');
  });
});

describe('prison terms', () => {
  it('puts two reports of one sentence in one row, so 15 and 14 years conflict', () => {
    const corpus = corpusOf(
      'A court sentenced the activist Mira Holt to 15 years in prison on charges of plotting a coup.',
      'Mira Holt was sentenced to 14 years in a penal colony.',
    );
    expect(rowWith(corpus, 15)?.status).toBe('conflict');
    expect(rowWith(corpus, 15)?.values.map((v) => v.value)).toEqual([15, 14]);
  });
});

describe('ranges', () => {
  it('reads "between 30 and 40", "30 to 40" and "30-40" as ranges that a figure inside them fits', () => {
    const corpus = corpusOf(
      'Between 30 and 40 people were injured on Monday.',
      'Officials said 30 to 45 people were injured on Monday.',
      'Some 30-40 people were injured on Monday.',
      'Exactly 35 people were injured on Monday.',
    );
    const row = rowWith(corpus, 35);
    expect(row?.values.map((v) => [v.value, v.upper ?? null])).toEqual([
      [30, 40],
      [30, 45],
      [30, 40],
      [35, null],
    ]);
    expect(row?.status).toBe('compatible');
  });

  it('leaves a change ("from 30 to 40") and a score ("won 2-1") unread as ranges', () => {
    const corpus = corpusOf('The toll rose from 30 to 40 people. The home side won 2-1 on Sunday.');
    expect(corpus.facts.flatMap((f) => f.values).some((v) => v.qualifier === 'range')).toBe(false);
  });
});
