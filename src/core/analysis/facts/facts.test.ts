import { describe, expect, it } from 'vitest';
import { datedCorpus } from '../../../../test/fixtures/datedCorpus';
import { resolveWeekday } from '../quantities/dates';
import { valuesConflict } from '../quantities/numbers';

const corpusOf = datedCorpus;

describe('dates', () => {
  it('resolves a weekday against the article date', () => {
    expect(resolveWeekday('Sunday', '2024-03-11', false)).toBe('2024-03-10');
    expect(resolveWeekday('Monday', '2024-03-11', false)).toBe('2024-03-11');
    expect(resolveWeekday('Sunday', '2024-03-10', true)).toBe('2024-03-03');
  });
});

describe('valuesConflict', () => {
  it('separates exact disagreements from compatible bounds', () => {
    expect(valuesConflict({ value: 4, qualifier: 'exact' }, { value: 9, qualifier: 'exact' })).toBe(true);
    expect(valuesConflict({ value: 4, qualifier: 'exact' }, { value: 1, qualifier: 'at_least' })).toBe(false);
    expect(valuesConflict({ value: 4, qualifier: 'exact' }, { value: 2, qualifier: 'at_most' })).toBe(true);
  });
});

describe('fact rows', () => {
  const corpus = corpusOf(
    [
      '2024-03-11',
      'Four firefighters were injured on Sunday, rescue officials told the Daily Example. Nine trucks were used.',
    ],
    ['2024-03-11', 'Officials said nine trucks were used and that three firefighters were wounded.'],
    [
      '2024-03-12',
      'At least one firefighter was hurt, according to the fire service. Twelve trucks were used on Sunday.',
    ],
  );
  const row = (label: string) => corpus.facts.find((f) => f.label === label);

  it('groups one count across wordings and marks a disagreement as a conflict', () => {
    const injured = row('firefighters injured');
    expect(injured?.values.map((v) => [v.articleId, v.value, v.qualifier])).toEqual([
      ['a0', 4, 'exact'],
      ['a1', 3, 'exact'],
      ['a2', 1, 'at_least'],
    ]);
    expect(injured?.status).toBe('conflict');
  });

  it('keeps counts of different things apart and keeps evidence offsets', () => {
    const trucks = row('trucks used');
    expect(trucks?.values.map((v) => v.value)).toEqual([9, 9, 12]);
    for (const fact of corpus.facts)
      for (const v of fact.values) {
        const text = corpus.articles.find((a) => a.id === v.articleId)!.text;
        expect(text.slice(v.start, v.end)).toBe(v.text);
      }
  });

  it('records who gave the figure', () => {
    expect(row('firefighters injured')?.values[0]?.attribution).toBe('rescue officials told the Daily Example');
  });
});

describe('event dates', () => {
  it('dates unrest named by its people, across a weekday and a calendar date', () => {
    const corpus = corpusOf(
      ['2024-03-11', 'On Friday, protesters threw stones at police near the ministry.'],
      ['2024-03-12', 'Police fired tear gas on March 8 when demonstrators marched on the ministry.'],
    );
    const row = corpus.facts.find((f) => f.label === 'date of the clashes');
    expect(row?.values.map((v) => [v.articleId, v.value])).toEqual([
      ['a0', '2024-03-08'],
      ['a1', '2024-03-08'],
    ]);
    expect(row?.status).toBe('agree');
  });
});

describe('a single casualty', () => {
  const corpus = corpusOf(
    ['2024-03-11', 'A young firefighter was injured when the roof fell, and a statement was issued.'],
    ['2024-03-11', 'Two firefighters were injured, officials said.'],
  );

  it('counts "a firefighter was injured" as at least one, beside the other counts of that row', () => {
    const injured = corpus.facts.find((f) => f.label === 'firefighters injured');
    expect(injured?.values.map((v) => [v.articleId, v.value, v.qualifier, v.text])).toEqual([
      ['a0', 1, 'at_least', 'A young firefighter'],
      ['a1', 2, 'exact', 'Two'],
    ]);
    expect(injured?.status).toBe('compatible');
  });

  it('does not count an indefinite article before anything but a casualty', () => {
    expect(corpus.facts.flatMap((f) => f.values).filter((v) => /statement/.test(v.text))).toEqual([]);
  });
});

describe('counts written without a number', () => {
  const corpus = corpusOf(
    [
      '2024-03-11',
      'Two bombs were planted near the market. The second bomb exploded at noon. Nobody was hurt, the police said.',
    ],
    ['2024-03-11', 'Police found two bombs, and a second exploded the stall before it could be defused.'],
    [
      '2024-03-12',
      'On March 2, mortars fell on the port without any injuries. The explosion on Sunday shook the town.',
    ],
  );
  const row = (label: string) => corpus.facts.find((f) => f.label === label);

  it('reads an ordinal subject as one, with its noun named or left out', () => {
    expect(row('bombs hit')?.values.map((v) => [v.articleId, v.value, v.text])).toEqual([
      ['a0', 1, 'The second bomb'],
      ['a1', 1, 'a second'],
    ]);
  });

  it('reads "nobody was hurt" and "without any injuries" as zero people injured', () => {
    expect(row('people injured')?.values.map((v) => [v.articleId, v.value, v.text])).toEqual([
      ['a0', 0, 'Nobody was hurt'],
      ['a2', 0, 'without any injuries'],
    ]);
  });

  it('keeps the date of rocket or mortar fire apart from the date of the attack', () => {
    expect(row('date of the rocket fire')?.values.map((v) => v.value)).toEqual(['2024-03-02']);
    expect(row('date of the attack')?.values.map((v) => v.value)).toEqual(['2024-03-10']);
  });
});
