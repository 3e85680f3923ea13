import { describe, expect, it } from 'vitest';
import { containment, packShingles, shinglesOf, wordShingles } from './shingles';

const wire =
  'Flood waters rose across the northern valley on Tuesday, forcing hundreds of families from their homes. ' +
  'The regional governor said the dams upstream were holding but warned that more rain was expected by Thursday.';
// The same wire copy, lightly edited by a second outlet.
const edited =
  'Flood waters rose across the northern valley on Tuesday, forcing hundreds of families to leave their homes. ' +
  'The regional governor said the dams upstream were holding, but warned more rain was expected by Thursday.';
// The same facts, written independently.
const rewritten =
  'Hundreds of households fled rising water in the north of the country this week. Upstream dams are intact, ' +
  'according to the governor of the region, who cautioned that further downpours could arrive later in the week.';

describe('word shingles', () => {
  it('rank a lightly edited copy far above an independent report of the same facts', () => {
    const [a, b, c] = [wire, edited, rewritten].map(wordShingles);
    expect(containment(a!, b!)).toBeGreaterThan(0.5);
    expect(containment(a!, c!)).toBe(0);
  });

  it('ignore case and punctuation, and are symmetric', () => {
    const a = wordShingles('The dams upstream were holding.');
    const b = wordShingles('THE DAMS, upstream — were holding!');
    expect(containment(a, b)).toBe(1);
    expect(containment(b, a)).toBe(1);
  });

  it('measure against the shorter article, so a copy inside a longer story still counts whole', () => {
    const short = wordShingles(wire);
    const long = wordShingles(`${rewritten} ${wire} ${rewritten.toUpperCase()} and more words besides`);
    expect(containment(short, long)).toBe(1);
  });

  it('give nothing for texts under four words, and pack several articles losslessly', () => {
    expect(wordShingles('Too short here').length).toBe(0);
    expect(containment(wordShingles('Too short here'), wordShingles(wire))).toBe(0);
    const list = [wire, '', edited].map(wordShingles);
    const packed = packShingles(list);
    list.forEach((s, k) => expect([...shinglesOf(packed, k)]).toEqual([...s]));
  });
});
