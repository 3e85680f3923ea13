import { describe, expect, it } from 'vitest';
import { datelineCountry } from './storyCountries';

describe('the dateline country', () => {
  it('reads a capital that a dateline writes without its accents', () => {
    expect(datelineCountry('YAOUNDE (Wire) — Rain fell on Monday.')).toBe('CM');
    expect(datelineCountry('BOGOTA, June 3 (Wire) - Rain fell on Monday.')).toBe('CO');
  });

  it('does not guess the country of a city placed in a region it cannot read', () => {
    expect(datelineCountry('SAN JOSE, Calif. (Wire) — Rain fell on Monday.')).toBeNull();
    expect(datelineCountry('WASHINGTON, D.C. (Wire) — Rain fell on Monday.')).toBe('US');
  });
});
