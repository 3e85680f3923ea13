import { describe, expect, it } from 'vitest';
import { datedCorpus } from '../../../../test/fixtures/datedCorpus';

// Invented text: real countries and organisations, invented people and events.
const reactionsOf = (...texts: string[]) =>
  datedCorpus(...texts.map((t): [string, string] => ['2023-05-02', t])).reactions.map(
    (r) => `${r.country ?? r.organization} ${r.stance}`,
  );

describe('stance cues', () => {
  it('reads an offer to send and ships sent to help as offers of help', () => {
    const found = reactionsOf('Norway offered to send a hospital ship. Chile sent two navy vessels to help.');
    expect(found).toEqual(expect.arrayContaining(['NO offer_help', 'CL offer_help']));
  });

  it('reads a cue whose object denies it as no stance', () => {
    const found = reactionsOf('Peru condemned nothing but said it was following the talks closely.');
    expect(found).not.toContain('PE condemn');
    expect(found).toContain('PE other');
  });

  it('lets a body above countries that is quoted speak for itself, not for the story country', () => {
    const found = reactionsOf(
      'LIMA, Peru (AP) — Peru closed its ports. The European Union said it was "deeply saddened" by the deaths.',
    );
    expect(found).toContain('European Union support');
    expect(found).not.toContain('PE support');
  });
});

describe('calls for calm', () => {
  it('reads a call on someone to show restraint or stay calm', () => {
    const found = reactionsOf(
      'Norway called on both sides to show restraint. Chile urged the two governments to remain calm. Peru asked protesters to stay calm.',
    );
    expect(found).toEqual(expect.arrayContaining(['NO call_for_calm', 'CL call_for_calm', 'PE call_for_calm']));
  });
});

describe('concern and spokespeople', () => {
  it('reads "deeply worrying" and "extremely troubling" as concern', () => {
    const found = reactionsOf(
      'Norway called the leak "deeply worrying". Officials in Chile said the news was extremely troubling.',
    );
    expect(found).toEqual(expect.arrayContaining(['NO concern', 'CL concern']));
  });

  it('gives what a spokesperson for a body says to that body', () => {
    const found = reactionsOf(
      'A spokesman for the Chilean Trade Commission said the agency was in contact with the firm.',
    );
    expect(found).toContain('CL other');
  });
});

describe('more stance words', () => {
  it('reads "act of terror" and "appalled" as condemnation, and aid announced as help', () => {
    const found = reactionsOf(
      'Norway called the bombing "an act of terror". Chile said it was appalled. Peru announced 5 million dollars in humanitarian aid.',
    );
    expect(found).toEqual(expect.arrayContaining(['NO condemn', 'CL condemn', 'PE offer_help']));
  });

  it('reads the noun "accusations" as blame only with its accuser after it', () => {
    expect(reactionsOf('Norway rejected the accusations as lies.')).not.toContain('NO blame');
    expect(reactionsOf('The raid drew accusations from Chile that the army had lied.')).toContain('CL blame');
  });
});

describe('reactions named by a noun or a phrase of support', () => {
  it('gives "criticism from X" and "condemnation from X" to X', () => {
    const found = reactionsOf(
      'The ruling drew sharp criticism from Norway and Chile. It also sparked condemnation from Peru.',
    );
    expect(found).toEqual(expect.arrayContaining(['NO condemn', 'CL condemn', 'PE condemn']));
  });

  it('reads voiced support, standing with someone and "a step in the right direction" as support', () => {
    const found = reactionsOf(
      'Norway voiced support for the plan. Chile said it stood with the people of Peru. Kenya called the deal a step in the right direction.',
    );
    expect(found).toEqual(expect.arrayContaining(['NO support', 'CL support', 'KE support']));
  });
});

describe('verdicts on a trial', () => {
  it('reads "politically motivated" and "a travesty" as condemnation, by an organisation named International', () => {
    const found = reactionsOf(
      'Norway called the verdict "politically motivated". Harbour Rights International said the trial was a "travesty of justice".',
    );
    expect(found).toEqual(expect.arrayContaining(['NO condemn']));
  });
});

describe('diplomatic vocabulary', () => {
  it('reads threats, protests, refusals, praise, regret and offers to mediate by their stance', () => {
    const found = reactionsOf(
      'Chile threatened sanctions. Kenya refused to recognise the result. Peru lodged a formal protest. ' +
        'Ghana lauded the deal. Spain expressed regret over the decision. Norway offered to mediate. Iran demanded an apology.',
    );
    expect(found).toEqual(
      expect.arrayContaining([
        'CL condemn',
        'KE condemn',
        'PE condemn',
        'GH support',
        'ES concern',
        'NO offer_help',
        'IR condemn',
      ]),
    );
  });
});
