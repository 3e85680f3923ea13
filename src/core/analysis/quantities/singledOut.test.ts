import { describe, expect, it } from 'vitest';
import { datedCorpus } from '../../../../test/fixtures/datedCorpus';
import type { Corpus } from '../../schema/corpus';

const rowsWith = (corpus: Corpus, value: number) => corpus.facts.filter((f) => f.values.some((v) => v.value === value));

describe('a count of one member singled out of a set', () => {
  const corpus = datedCorpus(
    [
      '2025-03-04',
      'Dozens of choirs entered the regional contest this spring, with the most popular one attracting more than 5,000 fans online.',
    ],
    ['2025-03-04', 'More than 40 choirs entered the regional contest. The most popular has nearly 3,000 followers.'],
  );

  it('reads the pronoun "one" after a determiner and adjectives as no figure', () => {
    expect(rowsWith(corpus, 1)).toEqual([]);
  });

  it('puts two outlets’ figures for that member in one row, whatever word counts them', () => {
    const rows = rowsWith(corpus, 5000);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.values.map((v) => [v.articleId, v.value])).toEqual([
      ['a0', 5000],
      ['a1', 3000],
    ]);
    expect(rows[0]!.label).toMatch(/of the most popular choir$/);
    expect(rows[0]!.status).toBe('conflict');
  });

  it('frames a named member the same way', () => {
    const camps = datedCorpus(
      ['2025-03-04', 'Aid groups run six camps. The largest camp holds 4,000 people.'],
      ['2025-03-04', 'Six camps are open. The largest camp has about 3,500 residents.'],
    );
    expect(rowsWith(camps, 4000)[0]!.values.map((v) => v.value)).toEqual([4000, 3500]);
    expect(rowsWith(camps, 4000)[0]!.label).toBe('people of the largest camp');
  });

  it('does not join different members of the set', () => {
    const camps = datedCorpus(
      ['2025-03-04', 'Aid groups run six camps. The largest camp holds 4,000 people.'],
      ['2025-03-04', 'Aid groups run six camps. The smallest camp holds 900 people.'],
    );
    expect(rowsWith(camps, 4000)[0]!.values).toHaveLength(1);
    expect(camps.facts.some((f) => f.status === 'conflict')).toBe(false);
  });
});

describe('ranks', () => {
  it('reads "one of the largest" as a rank, not a count of one', () => {
    const corpus = datedCorpus(
      ['2025-03-04', 'It was one of the largest fires this year, and one of the most costly.'],
      ['2025-03-04', 'Nine trucks were used.'],
    );
    expect(rowsWith(corpus, 1)).toEqual([]);
  });
});

describe('a subset named in passing', () => {
  it('leaves the next bare figure counting the whole, with its own verb', () => {
    const corpus = datedCorpus(
      ['2025-03-04', 'A blast hit the station, killing 21 people, including three children, and wounding 48.'],
      ['2025-03-04', 'Officials said 48 people were injured in the blast.'],
    );
    const injured = rowsWith(corpus, 48);
    expect(injured).toHaveLength(1);
    expect(injured[0]!.label).toBe('people injured');
    expect(injured[0]!.status).toBe('agree');
  });
});
