import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../pipeline/buildCorpus';
import { targetAfter } from './index';
import { datelineCountry } from './storyCountries';
import { findCues, isNegated, isPassive } from './stanceCues';
import { countryActors } from './actors';

// Invented text throughout: real country names, invented people, towns and events.
const corpusOf = (...texts: string[]) =>
  buildCorpus(
    texts.map((t, i) => ({ name: `a${i}.txt`, bytes: new TextEncoder().encode(`date: 2023-05-02\n\n${t}`) })),
    { id: 't', title: 'T' },
  ).corpus;

const summarise = (texts: string[]) =>
  corpusOf(...texts)
    .reactions.map((r) => `${r.country ?? r.organization} ${r.stance} ${r.actor}`)
    .sort();

describe('reactions', () => {
  const corpus = corpusOf(
    'A bomb attack hit a market in Lagos on Monday. Nigeria was shaken. France, Kenya and Japan condemned the attack.',
    'Kenyan President Ruth Wanjiku called for calm. Canada offered its assistance to investigators. Officials in Brazil were briefed.',
    'The Ghanaian foreign minister Kofi Mensah denounced the election outcome as a fraud.',
  );
  const summary = corpus.reactions.map((r) => `${r.country} ${r.stance} ${r.actor}`).sort();

  it('gives one reaction per coordinated country and finds the stance', () => {
    expect(summary).toEqual(
      expect.arrayContaining([
        'FR condemn France',
        'KE condemn Kenya',
        'JP condemn Japan',
        'CA offer_help Canada',
        'KE call_for_calm Ruth Wanjiku',
      ]),
    );
  });

  it('does not count a country that is only mentioned', () => {
    expect(summary.some((s) => s.startsWith('BR '))).toBe(false);
    expect(summary.filter((s) => s.startsWith('NG '))).toEqual([]);
  });

  it('takes reactions to any event, with what they are about', () => {
    const ghana = corpus.reactions.find((r) => r.country === 'GH');
    expect(ghana?.stance).toBe('condemn');
    expect(ghana?.target).toBe('the election outcome');
  });

  it('points each mention at the sentence that reports it', () => {
    for (const reaction of corpus.reactions)
      for (const m of reaction.mentions) {
        const article = corpus.articles.find((a) => a.id === m.articleId)!;
        expect(article.sentences.some((s) => s.start === m.start && s.end === m.end)).toBe(true);
      }
  });
});

describe('reaction cues', () => {
  it('knows the finer stance of each cue', () => {
    const cue = (s: string) => findCues(s).map((c) => `${c.stance}/${c.detail}`);
    expect(cue('Norway criticised the ruling.')).toEqual(['condemn/criticise']);
    expect(cue('Chile rejected the plan.')).toEqual(['condemn/reject']);
    expect(cue('Peru welcomed the accord.')).toEqual(['support/welcome']);
    expect(cue('Spain sent its condolences.')).toEqual(['support/condolence']);
    expect(cue('Mexico vowed to retaliate.')).toContain('condemn/retaliate');
    expect(cue('Chile accused Peru of dumping.')).toEqual(['blame/accuse']);
    expect(cue('Brazil warned of shortages.')).toEqual(['concern/warn']);
    expect(cue('Canada is ready to receive the families.')).toEqual(['offer_help/offer_help']);
    expect(cue('Ecuador called for an independent inquiry.')).toEqual(['other/call_for_inquiry']);
    expect(cue('Angola expressed dismay at the delay.')).toEqual(['concern/concern']);
    expect(cue('Ghana called the ruling “a step back”.')).toEqual(['other/statement']);
    expect(cue('Ghana called for talks.')).toEqual(['call_for_calm/call_for_calm']);
    expect(cue('Ghana urged the authorities to free the reporters.')).toEqual(['other/statement']);
    expect(cue('Ghana urged restraint.')).toEqual(['call_for_calm/call_for_calm']);
    expect(cue('Residents called for help.')).not.toContain('other/statement');
  });

  it('reads aid sent, flown in or pledged as an offer of help, and sadness as condolence', () => {
    const cue = (s: string) => findCues(s).map((c) => `${c.stance}/${c.detail}`);
    expect(cue('Norway sent a 40-member rescue team to the valley.')).toEqual(['offer_help/send_aid']);
    expect(cue('Chile flew in tents and medical supplies.')).toEqual(['offer_help/send_aid']);
    expect(cue('Ireland pledged 3 million euros in emergency aid.')).toEqual(['offer_help/send_aid']);
    expect(cue('Madrid stood ready to send aid.')).toEqual(['offer_help/send_aid']);
    expect(cue('Oslo offered to send search-and-rescue teams.')).toEqual(['offer_help/send_aid']);
    expect(cue('Ghana expressed deep sadness at the loss of life.')).toEqual(['support/condolence']);
    // Aid cut, or troops sent, is no help.
    expect(cue('Lawmakers pledged to cut aid to the region.')).not.toContain('offer_help/send_aid');
    expect(cue('Peru sent troops to the border.')).toEqual([]);
  });

  it('gives a clause joined by ", and" its own subject, unless a verb follows "and" straight away', () => {
    expect(summarise(['Norway sent a rescue team, and Ireland pledged 3 million euros in emergency aid.'])).toEqual([
      'IE offer_help Ireland',
      'NO offer_help Norway',
    ]);
    expect(
      summarise(['Chile and Peru offered to send doctors, and the European Union said it was ready to help.']),
    ).toEqual(expect.arrayContaining(['European Union offer_help European Union']));
    expect(summarise(['France, Kenya, and Japan condemned the attack.'])).toEqual([
      'FR condemn France',
      'JP condemn Japan',
      'KE condemn Kenya',
    ]);
    expect(summarise(['Chile also condemned the attack, and blamed foreign interference for the unrest.'])).toEqual([
      'CL blame Chile',
      'CL condemn Chile',
    ]);
  });

  it('credits every actor of a coordinated subject or agent, countries and organisations alike', () => {
    expect(summarise(['The ruling was condemned by Norway and the European Union.'])).toEqual([
      'European Union condemn European Union',
      'NO condemn Norway',
    ]);
    expect(summarise(['Chile and the United Nations welcomed the accord.'])).toEqual([
      'CL support Chile',
      'United Nations support United Nations',
    ]);
  });

  it('reads a stance quoted from a country as that country\'s, "the United States" included', () => {
    expect(summarise(['A court barred the candidate. Norway said it was "deeply concerned" by the ruling.'])).toEqual([
      'NO concern Norway',
    ]);
    expect(
      summarise(['A court barred the candidate. The United States said it was "deeply concerned" by the ruling.']),
    ).toEqual(['US concern United States']);
  });

  it('credits each country of a relief effort with its offer', () => {
    const reactions = summarise([
      'An earthquake struck the north of Peru on Monday. Chile sent two planes with tents and medical supplies. Ireland pledged 3 million euros in emergency aid.',
    ]);
    expect(reactions).toEqual(expect.arrayContaining(['CL offer_help Chile', 'IE offer_help Ireland']));
  });

  it('sees negation and the passive', () => {
    expect(isNegated('The minister declined to ')).toBe(true);
    expect(isNegated('Chile did not ')).toBe(true);
    expect(isNegated('Chile has ')).toBe(false);
    expect(isPassive('The plan was ', 'condemned')).toBe(true);
    expect(isPassive('Chile ', 'condemned')).toBe(false);
  });

  it('records the object of a reaction as its target', () => {
    expect(targetAfter(' the new export tariff on Monday.')).toBe('the new export tariff');
    expect(targetAfter(' Peru of dumping steel.')).toBe('Peru');
  });
});

describe('who reacted', () => {
  it('does not take a denied reaction for one', () => {
    const s = summarise([
      'The Chilean government declined to blame Peru for the flood. Bolivia did not condemn the vote in Sucre.',
    ]);
    expect(s.filter((x) => x.includes('blame') || x.includes('condemn'))).toEqual([]);
  });

  it('gives a passive or possessive frame to the agent, not to the owner', () => {
    const corpus = corpusOf("Peru's new export tariff was condemned by Chile on Tuesday.");
    const r = corpus.reactions.filter((x) => x.stance === 'condemn');
    expect(r.map((x) => x.country)).toEqual(['CL']);
    expect(r[0]?.target).toBe("Peru's new export tariff");
  });

  it('finds the country of a role, an affiliation, a capital or a seat of government', () => {
    const s = summarise([
      'Malaysian Foreign Minister Aziz Rahman criticised the decision. Officials in Lima vowed to retaliate. The Kremlin warned of consequences.',
    ]);
    expect(s).toEqual(expect.arrayContaining(['MY condemn Aziz Rahman', 'PE condemn Peru', 'RU concern Russia']));
  });

  it('lets an organisation react with no country', () => {
    const corpus = corpusOf('The African Union expressed concern about the border closure.');
    const au = corpus.reactions.find((r) => r.organization === 'African Union');
    expect(au).toMatchObject({ country: null, stance: 'concern', actorKind: 'organization' });
  });

  it('leaves private people out: a shopkeeper speaks for no country', () => {
    const s = summarise(['Maria Lopez, a shopkeeper from Santiago, condemned the tariff on Friday.']);
    expect(s.filter((x) => x.startsWith('CL '))).toEqual([]);
  });

  it('gives officials with no country named the country of the dateline, or of the country reacting just before', () => {
    const s = summarise([
      'LIMA (Wire) — Interior Minister Jorge Salas criticised the strike. Chile denounced the closure of the pass. Foreign Ministry spokesman Pablo Reyes said it was unacceptable.',
    ]);
    expect(s).toEqual(expect.arrayContaining(['PE condemn Jorge Salas', 'CL condemn Pablo Reyes']));
  });

  it("keeps an official several reports name for the story's country, even right after a foreign reaction", () => {
    const s = summarise([
      'LIMA (Wire) — A quake hit Peru. Prime Minister Rosa Quispe declared a day of mourning. Chile sent rescue teams. "We will rebuild," Quispe said.',
      'LIMA (Post) — Prime Minister Rosa Quispe praised the rescuers.',
    ]);
    const hers = s.filter((r) => r.endsWith('Rosa Quispe'));
    expect(hers.length).toBeGreaterThan(0);
    expect(hers.filter((r) => !r.startsWith('PE '))).toEqual([]);
    expect(s.filter((r) => r.startsWith('CL '))).toEqual(['CL offer_help Chile']);
  });

  it('reads "its ministry" as the country of the clause before, in the same sentence', () => {
    const s = summarise([
      'A quake hit Peru. Spain offered condolences; its foreign ministry said it stood ready to send aid.',
    ]);
    expect(s).toEqual(['ES offer_help Spain', 'ES support Spain']);
  });

  it('counts acts of state and coordinated countries', () => {
    const s = summarise(['Both Germany and Austria introduced checks at their borders on Sunday.']);
    expect(s).toEqual(expect.arrayContaining(['DE other Germany', 'AT other Austria']));
  });

  it('reads datelines and qualified offices', () => {
    expect(datelineCountry('LIMA (Wire) — The rains')).toBe('PE');
    expect(datelineCountry('QUITO, Ecuador Rain fell')).toBe('EC');
    expect(datelineCountry('The rains fell')).toBeNull();
    expect(countryActors('Peruvian riot police ').map((c) => c.code)).toEqual(['PE']);
    expect(countryActors('a Danish billionaire ')).toEqual([]);
    expect(countryActors("Peru's fence ")).toEqual([]);
    expect(countryActors('in Peru the police ')).toEqual([]);
    expect(countryActors('the pro-Iran militia leaders ')).toEqual([]);
  });
});

describe('quotes', () => {
  const corpus = corpusOf(
    'The mayor, Ana Lopez, said: “We will rebuild the bridge quickly and safely.” Crowds cheered.',
    '“We will rebuild this bridge quickly and safely,” Lopez told reporters. She added that funds were ready.',
    '“Nothing will change,” said a local shopkeeper.',
  );

  it('groups two wordings of one statement and names the speaker', () => {
    const group = corpus.quotes.find((q) => q.variants.length === 2);
    expect(group?.speaker).toBe('Ana Lopez');
    expect(group?.variants.map((v) => v.articleId)).toEqual(['a0', 'a1']);
    for (const v of group!.variants)
      expect(corpus.articles.find((a) => a.id === v.articleId)!.text.slice(v.start, v.end)).toBe(v.text);
  });

  it('keeps a described speaker when no name is given', () => {
    expect(corpus.quotes.find((q) => q.variants[0]?.text === 'Nothing will change')?.speaker).toBe('local shopkeeper');
  });
});

describe('an office and its officer in one statement', () => {
  it('gives the reaction to the officer, not also to the office', () => {
    const found = summarise([
      'A ferry sank off Mombasa on Friday. In a statement, the Norwegian Foreign Ministry spokesperson said the crew were safe. ' +
        'The spokesperson called for calm.',
    ]).filter((r) => r.includes('call_for_calm'));
    expect(found).toEqual(['NO call_for_calm Norwegian Foreign Ministry spokesperson']);
  });
});
