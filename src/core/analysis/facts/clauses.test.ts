import { describe, expect, it } from 'vitest';
import { datedCorpus } from '../../../../test/fixtures/datedCorpus';
import type { Corpus } from '../../schema/corpus';

const corpusOf = datedCorpus;

const rowOf = (corpus: Corpus, articleId: string, value: number) =>
  corpus.facts.find((f) => f.values.some((v) => v.articleId === articleId && v.value === value));
const valuesOf = (corpus: Corpus, articleId: string, value: number) =>
  rowOf(corpus, articleId, value)?.values.map((v) => [v.articleId, v.value]);
const flagged = (corpus: Corpus) => corpus.facts.filter((f) => f.status === 'conflict' || f.status === 'updated');

describe('a figure belongs to its own clause', () => {
  it('keeps the verbs of "and 20 were injured" away from the seven killed', () => {
    const corpus = corpusOf(
      ['2030-03-02', 'At least seven workers were killed and 20 were injured when fire hit a depot in Marlow.'],
      ['2030-03-02', 'Seven workers were killed and 20 others were injured in the depot fire in Marlow.'],
    );
    expect(valuesOf(corpus, 'a0', 7)).toEqual([
      ['a0', 7],
      ['a1', 7],
    ]);
    expect(rowOf(corpus, 'a0', 20)?.label).toBe('workers injured');
    expect(rowOf(corpus, 'a0', 20)).not.toBe(rowOf(corpus, 'a0', 7));
  });

  it('names what happened to a direct object by its own verb, not by a verb further back', () => {
    const corpus = corpusOf(
      ['2030-03-02', 'The flood killed two farmers and left 900 homes without water in Tessel.'],
      ['2030-03-02', 'Officials said 900 homes were left without water after the flood in Tessel.'],
    );
    expect(rowOf(corpus, 'a0', 900)?.label).toBe('homes left');
    expect(rowOf(corpus, 'a0', 900)?.status).toBe('agree');
    expect(rowOf(corpus, 'a0', 2)?.label).toBe('farmers killed');
  });

  it('keeps buildings destroyed and buildings damaged in rows of their own', () => {
    const corpus = corpusOf(
      ['2030-03-02', 'The mayor said 12 houses had been destroyed and another 80 damaged by the quake.'],
      ['2030-03-02', 'Some 12 houses were destroyed in the quake, while 95 were damaged.'],
    );
    expect(rowOf(corpus, 'a0', 12)?.label).toBe('houses destroyed');
    expect(rowOf(corpus, 'a0', 80)?.label).toBe('houses damaged');
    expect(rowOf(corpus, 'a0', 80)).not.toBe(rowOf(corpus, 'a0', 12));
  });

  it('ends a conjunct at a vague amount too: "destroyed 300 barns and damaged hundreds more" are two rows', () => {
    const corpus = corpusOf(
      ['2030-03-02', 'The storm destroyed about 300 barns and damaged hundreds more across Tessel.'],
      ['2030-03-02', 'The storm destroyed 280 barns in Tessel, officials said.'],
    );
    expect(rowOf(corpus, 'a0', 300)?.label).toBe('barns destroyed');
    expect(valuesOf(corpus, 'a0', 300)).toEqual([
      ['a0', 300],
      ['a1', 280],
    ]);
    expect(rowOf(corpus, 'a0', 200)?.label).toBe('barns damaged');
    expect(flagged(corpus)).toEqual([]);
  });

  it('reads a figure\'s verb in its own conjunct, not in an "and that" clause after it', () => {
    const corpus = corpusOf(
      ['2030-03-02', 'The agency said 40 people had been taken to hospital and that about 900 homes were damaged.'],
      ['2030-03-02', 'Some 40 people were taken to hospital after the storm in Tessel.'],
    );
    expect(rowOf(corpus, 'a0', 40)?.label).toBe('people taken');
    expect(valuesOf(corpus, 'a0', 40)).toEqual([
      ['a0', 40],
      ['a1', 40],
    ]);
    expect(rowOf(corpus, 'a0', 900)?.label).toBe('homes damaged');
  });

  it('names a direct object by its verb before a verb of the subject after it', () => {
    const corpus = corpusOf(
      ['2030-03-02', 'The mayor declared three days of mourning and flew to Tessel on Monday.'],
      ['2030-03-02', 'Three days of mourning were declared in Tessel.'],
    );
    expect(rowOf(corpus, 'a0', 3)?.label).toBe('days declared');
    expect(valuesOf(corpus, 'a0', 3)).toEqual([
      ['a0', 3],
      ['a1', 3],
    ]);
  });

  it('keeps nouns joined by "and" one subject of the verb after them', () => {
    const corpus = corpusOf(['2030-03-02', 'On Monday 300 soldiers and police deployed along the river in Tessel.']);
    expect(rowOf(corpus, 'a0', 300)?.label).toBe('soldiers used');
  });

  it('dates a figure by "on Tuesday", not by a day that names a thing ("the October 26 vote")', () => {
    const corpus = corpusOf(
      ['2030-03-02', 'About 5,000 people rallied in Tessel on Tuesday ahead of the October 26 vote.'],
      ['2030-03-02', 'Some 5,000 people rallied in Tessel on Tuesday, police said.'],
    );
    expect(valuesOf(corpus, 'a0', 5000)).toEqual([
      ['a0', 5000],
      ['a1', 5000],
    ]);
    const rally = corpus.facts.find((f) => f.kind === 'date' && f.values.some((v) => v.articleId === 'a0'));
    expect(rally?.label).toBe('date of the clashes');
  });

  it("reads an earthquake's magnitude however it is written, and an aftershock's apart", () => {
    const corpus = corpusOf(
      ['2030-03-02', 'A magnitude 6.4 earthquake struck Tessel on Monday. A 5.1-magnitude aftershock followed.'],
      ['2030-03-02', 'An earthquake of magnitude 6.2 shook Tessel on Monday.'],
      ['2030-03-02', 'The 6.4 magnitude quake destroyed 40 homes in Tessel.'],
    );
    const quake = rowOf(corpus, 'a0', 6.4);
    expect(quake?.label).toBe('magnitude of the earthquake');
    expect(quake?.values.map((v) => [v.articleId, v.value])).toEqual([
      ['a0', 6.4],
      ['a1', 6.2],
      ['a2', 6.4],
    ]);
    expect(quake?.status).toBe('conflict');
    expect(rowOf(corpus, 'a0', 5.1)?.label).toBe('magnitude of the aftershock');
  });

  it('dates a figure by a time phrase set off before its clause, or by the year a "when" clause follows', () => {
    const corpus = corpusOf(
      ['2030-03-02', 'The gale killed six sailors on Friday. It was the worst since 1998, when 20 sailors died.'],
      ['2030-03-02', 'Six sailors were killed in the gale. The last gale this strong, in 1998, killed 20 sailors.'],
      [
        '2030-03-02',
        'Officials said the storm had killed six sailors, the port authority said Friday, after 20 ships sank.',
      ],
    );
    expect(valuesOf(corpus, 'a0', 20)).toEqual([
      ['a0', 20],
      ['a1', 20],
    ]);
    expect(rowOf(corpus, 'a0', 20)?.values.map((v) => v.scope)).toEqual(['in 1998', 'in 1998']);
    expect(rowOf(corpus, 'a0', 6)?.status).toBe('agree');
    expect(flagged(corpus)).toEqual([]);
    // "the port authority said Friday" dates the saying, not the ships.
    expect(rowOf(corpus, 'a2', 20)?.values[0]?.scope).toBeUndefined();
  });

  it("lets a running total reached on a later day update that earlier day's count", () => {
    const corpus = corpusOf(
      ['2030-03-04', 'Four people were killed on Monday when a bridge collapsed near Orvel.'],
      ['2030-03-05', 'The death toll from the bridge collapse near Orvel rose to six on Tuesday, police said.'],
    );
    expect(valuesOf(corpus, 'a0', 4)).toEqual([
      ['a0', 4],
      ['a1', 6],
    ]);
    expect(rowOf(corpus, 'a0', 4)?.status).toBe('updated');
  });

  it('counts "14 others" as more of the things counted before them', () => {
    const corpus = corpusOf(
      ['2030-03-02', 'The blast killed five miners and injured 14 others, the company said.'],
      ['2030-03-02', 'Five miners died and 14 miners were hurt in the blast.'],
    );
    expect(rowOf(corpus, 'a0', 14)?.label).toBe('miners injured');
    expect(rowOf(corpus, 'a0', 14)?.status).toBe('agree');
  });

  it('reads the event of a tally from the participle after its noun', () => {
    const corpus = corpusOf(
      ['2030-03-02', 'Five workers were killed in the depot fire in Marlow.'],
      ['2030-03-03', 'The number of workers killed in the depot fire rose to nine, the mayor said.'],
    );
    expect(valuesOf(corpus, 'a1', 9)).toEqual([
      ['a0', 5],
      ['a1', 9],
    ]);
    expect(rowOf(corpus, 'a1', 9)?.status).toBe('updated');
  });

  it('gives a part of a group ("four of them", "two of the injured") a row of its own', () => {
    const corpus = corpusOf(
      ['2030-03-02', 'Twelve workers were injured. Four of them are in a critical condition.'],
      ['2030-03-02', 'Twelve workers were injured, and two of the injured died in hospital.'],
    );
    expect(valuesOf(corpus, 'a0', 12)).toEqual([
      ['a0', 12],
      ['a1', 12],
    ]);
    expect(rowOf(corpus, 'a1', 2)?.label).toBe('the injured who were killed');
    expect(flagged(corpus)).toEqual([]);
  });
});

describe('the time a figure holds for', () => {
  it('dates every clause by a sentence-opening adverbial, so background figures never meet the story', () => {
    const corpus = corpusOf(
      ['2030-03-02', 'A fire killed five people in Marlow on Tuesday. Last year, a similar fire killed 12 people.'],
      ['2030-03-02', 'A fire killed five people in Marlow on Tuesday. In 2027, three people died in a fire there.'],
    );
    expect(rowOf(corpus, 'a0', 12)?.values).toHaveLength(1);
    expect(rowOf(corpus, 'a1', 3)?.values).toHaveLength(1);
    expect(rowOf(corpus, 'a0', 12)?.values[0]?.scope).toBe('Last year');
    expect(flagged(corpus)).toEqual([]);
  });

  it('reads "a decade ago" and "two years ago" as times, not as figures', () => {
    const corpus = corpusOf(['2030-03-02', 'Two years ago, a flood killed 40 people. A decade ago, 90 people died.']);
    expect(corpus.facts.some((f) => f.values.some((v) => v.value === 2))).toBe(false);
    expect(rowOf(corpus, 'a0', 40)).not.toBe(rowOf(corpus, 'a0', 90));
  });

  it('reads a count right after a weekday and a comma as a count', () => {
    const corpus = corpusOf(['2030-03-02', 'When the river rose on Monday, 30 families fled their homes.']);
    expect(rowOf(corpus, 'a0', 30)?.label).toBe('families displaced');
  });
});

describe('what is counted', () => {
  it('takes the plural noun as the head when the word after it is a verb the tagger read as a noun', () => {
    const corpus = corpusOf(['2030-03-02', 'Around 250 people work at the depot.']);
    expect(rowOf(corpus, 'a0', 250)?.values[0]?.qualifier).toBe('about');
    expect(rowOf(corpus, 'a0', 250)?.label).not.toMatch(/^works?\b/);
  });

  it('reads "tens of thousands" as some 20,000 that contradicts no estimate', () => {
    const corpus = corpusOf(
      ['2031-06-14', 'Tens of thousands of people marched in Ostrava on Saturday.'],
      ['2031-06-14', 'About 45,000 people marched in Ostrava on Saturday.'],
    );
    const row = rowOf(corpus, 'a0', 20_000);
    expect(row?.values.map((v) => v.text)).toEqual(['Tens of thousands', '45,000']);
    expect(row?.status).toBe('compatible');
  });

  it('reads an estimate given as "put the crowd at 45,000", and "the figure" as the count named before', () => {
    const corpus = corpusOf([
      '2031-06-14',
      'Police estimated the crowd at 45,000. About 50,000 people marched, and organisers put the figure at 150,000.',
    ]);
    expect(rowOf(corpus, 'a0', 45_000)?.label).toMatch(/^crowds?\b/);
    expect(rowOf(corpus, 'a0', 150_000)?.label).toMatch(/^people\b/);
  });

  it('labels staff counts as employed, not used', () => {
    const corpus = corpusOf(['2030-03-02', 'The depot employs about 300 people.']);
    expect(rowOf(corpus, 'a0', 300)?.label).toBe('people employed');
  });
});
