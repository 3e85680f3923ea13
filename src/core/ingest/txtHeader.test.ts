import { describe, expect, it } from 'vitest';
import { parseTxtHeader } from './txtHeader';

describe('parseTxtHeader', () => {
  it('reads key: value lines ended by a blank line', () => {
    const header = parseTxtHeader(
      'date: 2020-03-04\nsource: Example Times\ntitle: A headline\nurl: https://e.x/1\n\nBody starts here.',
    );
    expect(header.meta).toEqual({
      date: '2020-03-04',
      source: 'Example Times',
      title: 'A headline',
      url: 'https://e.x/1',
    });
    expect(header.body).toBe('\nBody starts here.');
    expect(header.headerLines.map((h) => h.line)).toEqual([1, 2, 3, 4]);
  });

  it('reads a date glued in front of the first paragraph', () => {
    const header = parseTxtHeader(' date 2019-12-31 The council met on Tuesday.\n\nSecond paragraph.');
    expect(header.meta.date).toBe('2019-12-31');
    expect(header.body.startsWith('The council met on Tuesday.')).toBe(true);
  });

  it('treats key-like lines without a closing blank line as body text', () => {
    const header = parseTxtHeader('Source: a ministry official said the plan was dropped.\nMore text.');
    expect(header.meta).toEqual({});
    expect(header.body.startsWith('Source: a ministry')).toBe(true);
  });

  it('leaves a file without a header untouched', () => {
    const header = parseTxtHeader('Just text.\n\nMore.');
    expect(header.meta).toEqual({});
    expect(header.body).toBe('Just text.\n\nMore.');
    expect(header.bodyFirstLine).toBe(1);
  });
});
