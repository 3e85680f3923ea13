import { afterEach, describe, expect, it } from 'vitest';
import { readDates } from './readDates';

const values = (text: string, reference: string | null) => readDates(text, reference).map((d) => d.value);

describe('readDates', () => {
  const zone = process.env.TZ;
  afterEach(() => {
    if (zone === undefined) delete process.env.TZ;
    else process.env.TZ = zone;
  });

  it('gives the same dates whatever the machine time zone', () => {
    const text = 'The vote on November 7, 2021 came after clashes on Friday and elections last month.';
    const seen = ['UTC', 'Asia/Baghdad', 'Pacific/Kiritimati', 'America/Los_Angeles'].map((tz) => {
      process.env.TZ = tz;
      return values(text, '2021-11-08');
    });
    expect(seen[0]).toEqual(['2021-11-07', '2021-11-05', '2021-10']);
    for (const s of seen) expect(s).toEqual(seen[0]);
  });

  it('dates a bare weekday to the latest one past, and a future calendar date forward', () => {
    expect(values('Protesters marched on Sunday.', '2024-03-15')).toEqual(['2024-03-10']);
    expect(values('The poll will be held no later than May 11.', '2024-04-07')).toEqual(['2024-05-11']);
    expect(values('She has been in office since May 2020.', '2024-04-07')).toEqual(['2020-05']);
  });

  it('keeps only dates that name their year when the article has no date', () => {
    expect(values('It opened on March 3, 2019 and closed on Friday.', null)).toEqual(['2019-03-03']);
  });
});
