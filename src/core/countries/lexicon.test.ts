import { describe, expect, it } from 'vitest';
import { findCountries, placeCountry } from './lexicon';

const codes = (text: string) => findCountries(text).map((m) => `${m.text}:${m.code}`);

describe('the country table', () => {
  it('gives a phrase two entries share to the sovereign state, then the larger one', () => {
    expect(codes('American, Dutch and Dominican officials met.')).toEqual(['American:US', 'Dutch:NL', 'Dominican:DO']);
  });

  it('leaves out a country’s own-language name spelt without accents, which English uses for other things', () => {
    expect(codes('Officials in Rhode Island and the Credit Suisse bank said so.')).toEqual([]);
    expect(codes('Iceland and Switzerland')).toEqual(['Iceland:IS', 'Switzerland:CH']);
  });

  it('reads the singular of a plural name as its adjective', () => {
    expect(codes('Philippine and Maldive officials')).toEqual(['Philippine:PH', 'Maldive:MV']);
    expect(findCountries('Philippine officials')[0]?.cue).toBe('demonym');
  });
});

describe('placeCountry', () => {
  it('reads a whole place name without case or accents, and running text keeps both', () => {
    expect(placeCountry('ASUNCION')).toBe('PY');
    expect(placeCountry('Bogota')).toBe('CO');
    expect(placeCountry('Kenyan')).toBeNull();
    expect(findCountries('Male voters queued.')).toEqual([]);
  });
});

describe('short names', () => {
  it('knows the short names English news uses beside the data set’s own', () => {
    expect(codes('Turkey, Britain, Ivory Coast, Bosnia, Trinidad and St. Lucia met.')).toEqual([
      'Turkey:TR',
      'Britain:GB',
      'Ivory Coast:CI',
      'Bosnia:BA',
      'Trinidad:TT',
      'St. Lucia:LC',
    ]);
  });
});
