import { describe, expect, it } from 'vitest';
import { datedCorpus } from '../../../../test/fixtures/datedCorpus';
import type { Corpus } from '../../schema/corpus';
import { numberStatus, readingsFit } from './status';

const corpusOf = datedCorpus;

const rowWith = (corpus: Corpus, value: number) => corpus.facts.find((f) => f.values.some((v) => v.value === value));
const values = (corpus: Corpus, label: string) =>
  corpus.facts.find((f) => f.label === label)?.values.map((v) => [v.articleId, v.value]);

describe('figure values', () => {
  const corpus = corpusOf(
    [
      '2024-05-02',
      'Ostland imposed 15% tariffs on $300 billion of Vardan goods. Twenty-five people were injured in Belmora. ' +
        'The company raised €3m from investors. About 1.2 million residents live in the valley.',
    ],
    ['2024-05-02', 'Officials said twenty five people were injured in Belmora and that dozens of cars were burned.'],
  );

  it('reads money with its currency in whole units, and names the rate after the amount it applies to', () => {
    expect(rowWith(corpus, 300_000_000_000)?.label).toBe('goods worth $300bn');
    expect(rowWith(corpus, 3_000_000)?.values[0]?.text).toBe('€3m');
    expect(rowWith(corpus, 15)?.label).toBe('tariff rate on $300bn');
  });

  it('ends a counted phrase at a determiner that starts another one', () => {
    const trade = corpusOf(['2024-05-02', 'The new duties apply to $5bn of trade a year, officials said.']);
    expect(rowWith(trade, 5_000_000_000)?.label).toMatch(/^trades? worth \$5bn$/);
  });

  it('reads compound number words and scale words', () => {
    expect(values(corpus, 'people injured')).toEqual([
      ['a0', 25],
      ['a1', 25],
    ]);
    expect(rowWith(corpus, 1_200_000)?.values[0]?.qualifier).toBe('about');
  });
});

describe('measures', () => {
  it('converts units and reads a bracketed conversion as the same figure', () => {
    const corpus = corpusOf(
      ['2024-05-02', 'Troops are massed within 30 km (19 miles) of the border.'],
      ['2024-05-02', 'The troops are 10 miles from the border.'],
    );
    const figures = corpus.facts.flatMap((f) => f.values.map((v) => v.value));
    expect(figures).toContain(30);
    expect(figures).toContain(16.1);
    expect(figures).not.toContain(19);
  });

  it('reads a length per hour as a speed, not a distance, and a converted figure as approximate', () => {
    const corpus = corpusOf(
      ['2024-05-02', 'Gusts of 120 km/h (75 mph) hit the pier. The ferry sailed 120 km to the island.'],
      ['2024-05-02', 'Winds reached 70 miles per hour near the lighthouse.'],
    );
    const speed = corpus.facts.find((f) => f.unit === 'km/h' && f.values.some((v) => v.value === 120));
    expect(speed?.label).toBe('speed of 120 km/h');
    expect(speed?.values.map((v) => v.text)).toEqual(['120 km/h']);
    expect(corpus.facts.find((f) => f.unit === 'km')?.values.map((v) => v.value)).toEqual([120]);
    const converted = corpus.facts.flatMap((f) => f.values).find((v) => v.text === '70 miles per hour');
    expect(converted).toMatchObject({ value: 112.7, qualifier: 'about' });
  });
});

describe('rows by frame', () => {
  it('keeps different amounts of money in different rows', () => {
    const corpus = corpusOf(
      ['2024-05-02', 'Ostland taxed $27 billion of imports. A second round on $12 billion of imports follows.'],
      ['2024-05-02', 'Ostland has taxed imports worth $27 billion.'],
    );
    expect(rowWith(corpus, 27_000_000_000)?.status).toBe('agree');
    expect(rowWith(corpus, 12_000_000_000)?.status).toBe('single');
  });

  it('keeps a total for the year apart from one day’s count', () => {
    const corpus = corpusOf(
      ['2024-05-02', 'More than 90,000 travellers have arrived so far this year.'],
      ['2024-05-02', 'About 40 travellers arrived in Kessel on Wednesday.'],
    );
    expect(rowWith(corpus, 90_000)?.values.some((v) => v.value === 40)).toBe(false);
  });

  it('meets a figure whose clause has several verbs with one that has only the shared verb', () => {
    const corpus = corpusOf(
      ['2024-05-02', 'More than 150 hikers crossed into Tarnia.'],
      ['2024-05-02', 'By evening, more than 600 hikers walked through fields to cross into Tarnia.'],
    );
    const row = rowWith(corpus, 600);
    expect(row?.values.map((v) => v.value)).toEqual([150, 600]);
    expect(row?.status).toBe('conflict');
  });

  it('takes the verb before a figure in object position: "detained 40 protesters"', () => {
    const corpus = corpusOf([
      '2024-05-02',
      'Police said they had detained 40 protesters entering the square - and a review was launched.',
    ]);
    expect(rowWith(corpus, 40)?.label).toBe('protesters arrested');
  });

  it('splits two values one article gives in two sentences into two rows', () => {
    const corpus = corpusOf(
      [
        '2024-05-02',
        'Ostland will send a delegation of more than 400, including 60 singers. It will send a 150-member delegation in March.',
      ],
      ['2024-05-02', 'Ostland will send a 550-member delegation.'],
    );
    const games = rowWith(corpus, 550);
    expect(games?.values.map((v) => v.value)).toEqual([400, 550]);
    expect(games?.status).toBe('compatible');
  });

  it('counts "Kessel and two other towns" as three towns', () => {
    const corpus = corpusOf(['2024-05-02', 'Protests spread to Kessel and two other towns.']);
    expect(rowWith(corpus, 3)?.values[0]?.text).toBe('Kessel and two');
  });

  it('reads a year that dates something as a figure, but not a year inside a full date', () => {
    const corpus = corpusOf(
      ['2024-05-02', 'The feud has simmered since 2011. The bridge opened on May 3, 2019.'],
      ['2024-05-02', 'The feud, which has simmered since 2011, flared again.'],
    );
    expect(values(corpus, 'year simmered since 2011')).toEqual([
      ['a0', 2011],
      ['a1', 2011],
    ]);
    expect(rowWith(corpus, 2019)).toBeUndefined();
  });

  it('lets a figure whose clause names no event confirm a row but never contradict it', () => {
    const corpus = corpusOf(
      ['2024-05-02', 'Rebels seized halls in three towns on Sunday.'],
      ['2024-05-02', 'The unrest in Kessel and two other towns was the worst in years.'],
      ['2024-05-02', 'The unrest in five towns was the worst in years.'],
    );
    const row = rowWith(corpus, 3);
    expect(row?.values.map((v) => v.value)).toEqual([3, 3]);
    expect(row?.status).toBe('agree');
    expect(rowWith(corpus, 5)?.status).toBe('single');
  });

  it('reads what a tally counts from its subject: "the number of complaints rose to 300"', () => {
    const corpus = corpusOf(
      ['2024-05-02', 'The number of complaints filed with the regulator rose to more than 300 this month.'],
      ['2024-05-03', 'More than 300 complaints have been lodged with the regulator.'],
      ['2024-05-03', 'The death toll in Kessel climbed to 12 on Tuesday.'],
    );
    const complaints = rowWith(corpus, 300);
    expect(complaints?.values.map((v) => [v.articleId, v.qualifier])).toEqual([
      ['a0', 'at_least'],
      ['a1', 'at_least'],
    ]);
    expect(complaints?.label).toMatch(/^complaints/);
    expect(rowWith(corpus, 12)?.label).toBe('people killed');
  });

  it('reads an age given after a name', () => {
    const corpus = corpusOf(['2024-05-02', 'Mira Tal, 35, a teacher from Kessel, said the road was closed.']);
    expect(rowWith(corpus, 35)?.label).toBe('age of Tal');
  });
});

describe('row status', () => {
  const v = (
    articleId: string,
    value: number,
    qualifier: 'exact' | 'at_least' | 'about' = 'exact',
    text = String(value),
  ) => ({
    articleId,
    value,
    qualifier,
    text,
    start: 0,
    end: 1,
  });
  const dates = new Map([
    ['a', '2024-05-01'],
    ['b', '2024-05-02'],
    ['c', '2024-05-02'],
  ]);

  it('tells agreement, compatible values, updates and conflicts apart', () => {
    expect(numberStatus([v('a', 6), v('b', 6)], dates)).toBe('agree');
    expect(numberStatus([v('a', 130, 'at_least'), v('b', 150)], dates)).toBe('compatible');
    expect(numberStatus([v('a', 19), v('b', 29)], dates)).toBe('updated');
    expect(numberStatus([v('a', 29), v('b', 19)], dates)).toBe('conflict');
    expect(numberStatus([v('b', 6), v('c', 7)], dates)).toBe('conflict');
    expect(numberStatus([v('a', 2), v('b', 6), v('c', 7)], dates)).toBe('conflict');
    expect(numberStatus([v('b', 24, 'about', 'dozens'), v('c', 7)], dates)).toBe('compatible');
    expect(numberStatus([v('b', 6)], dates)).toBe('single');
  });

  it('reads two different lower bounds as two claims, and overlapping bounds as compatible', () => {
    expect(readingsFit({ value: 150, qualifier: 'at_least' }, { value: 600, qualifier: 'at_least' })).toBe(false);
    expect(readingsFit({ value: 150, qualifier: 'at_least' }, { value: 600, qualifier: 'at_most' })).toBe(true);
    expect(readingsFit({ value: 100, qualifier: 'about' }, { value: 110, qualifier: 'exact' })).toBe(true);
  });
});

describe('figures in reported speech', () => {
  const corpus = corpusOf([
    '2024-05-02',
    'The governor said patrols were within 40 km (25 miles) of the coast. Three officials said the road was closed.',
  ]);

  it('keeps a measure that a speaker reports, and leaves out the count of speakers', () => {
    expect(rowWith(corpus, 40)?.values.map((v) => v.text)).toEqual(['40 km']);
    expect(rowWith(corpus, 3)).toBeUndefined();
  });
});
