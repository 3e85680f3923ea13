import { describe, expect, it } from 'vitest';
import { datedCorpus } from '../../../../test/fixtures/datedCorpus';

// Invented text: real countries and organisations, invented people and events.
const reactionsOf = (...texts: string[]) =>
  datedCorpus(...texts.map((t): [string, string] => ['2023-05-02', t])).reactions.map(
    (r) => `${r.country ?? '-'} ${r.organization ?? '-'} ${r.stance} ${r.actor}`,
  );

describe('who an official speaks for', () => {
  it('gives an organisation above countries to the official it names, not the story country', () => {
    const found = reactionsOf(
      'ZAGREB, Croatia (AP) — Officials in Croatia said buses were ready. UN Secretary-General Jan Novak called the new fences "unacceptable."',
      'ZAGREB, Croatia — Croatia opened its border on Friday.',
    );
    expect(found).toContain('- UN condemn Jan Novak');
    // One reaction: neither the story's country nor the body itself speaks beside him.
    expect(found.filter((r) => r.includes(' UN '))).toEqual(['- UN condemn Jan Novak']);
    expect(found.filter((r) => r.endsWith('Jan Novak'))).toHaveLength(1);
  });

  it('reads the organisation from an apposition after the name, and keeps it at later mentions', () => {
    const found = reactionsOf(
      'Mira Holt, the NATO secretary general, condemned the shelling. Holt later said she was "deeply concerned" by the fighting.',
    );
    expect(found).toEqual(expect.arrayContaining(['- NATO condemn Mira Holt', '- NATO concern Mira Holt']));
  });

  it('lets a country named with the office win over the organisation it serves at', () => {
    const found = reactionsOf('U.S. Ambassador to the United Nations Karen Doyle condemned the shelling.');
    expect(found.filter((r) => r.includes('condemn'))).toEqual([expect.stringMatching(/^US - condemn/)]);
  });
});

describe('an office in apposition', () => {
  it('makes the person named after "official," an official wherever else they are named', () => {
    const found = reactionsOf(
      "Chile's top security official, Ana Reyes, visited the site. Ana Reyes (a former judge) condemned the attack.",
    );
    expect(found).toContain('CL - condemn Ana Reyes');
  });
});

describe('a possessive office', () => {
  it('gives "Peru’s economy minister, X" to Peru wherever the story happens', () => {
    const found = reactionsOf(
      'DUBLIN (Wire) - Hackers struck a bank. Peru\'s economy minister, Luis Ortega, called the theft "deeply worrying".',
    );
    expect(found).toContain('PE - concern Luis Ortega');
    expect(found.some((r) => r.startsWith('IE '))).toBe(false);
  });
});
