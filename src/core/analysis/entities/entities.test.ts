import { describe, expect, it } from 'vitest';
import { findCountries } from '../../countries/lexicon';
import { buildCorpus } from '../../pipeline/buildCorpus';
import { skeleton, surnameKey } from './nameKey';

const corpusOf = (...texts: string[]) =>
  buildCorpus(
    texts.map((t, i) => ({ name: `a${i}.txt`, bytes: new TextEncoder().encode(t) })),
    { id: 't', title: 'T' },
  ).corpus;

/** The kind of the entity of that name in the corpus, if there is one. */
const kindIn = (corpus: ReturnType<typeof corpusOf>, name: string) =>
  corpus.entities.find((e) => e.name === name)?.kind;

describe('skeleton', () => {
  it('joins transliterations of one name', () => {
    const keys = ['Hadhiri', 'Haziri', 'Hadheri', 'Hazeery'].map(skeleton);
    expect(new Set(keys).size).toBe(1);
  });
  it('keeps different names apart', () => {
    expect(skeleton('Morales')).not.toBe(skeleton('Moreno'));
    expect(surnameKey('Ana al-Hadhiri')).toBe(surnameKey('Haziri'));
  });
});

describe('findCountries', () => {
  it('reads names, short forms, demonyms and capitals, with offsets', () => {
    const text = 'The U.K., France and the Netherlands joined; a Kenyan envoy and Ottawa responded.';
    expect(findCountries(text).map((m) => [text.slice(m.start, m.end), m.code, m.cue])).toEqual([
      ['U.K.', 'GB', 'name'],
      ['France', 'FR', 'name'],
      ['Netherlands', 'NL', 'name'],
      ['Kenyan', 'KE', 'demonym'],
      ['Ottawa', 'CA', 'capital'],
    ]);
  });
  it('does not read the pronoun "us" as a country', () => {
    expect(findCountries('He told us and them.')).toEqual([]);
  });
});

describe('extractEntities', () => {
  const corpus = corpusOf(
    'Governor Ana al-Hadhiri visited the port. Later, al-Hadhiri spoke to the Harbour Authority.',
    'Ana Haziri, the governor, said the port would reopen. Haziri thanked the harbour authority.',
    'Luis Haziri, a fisherman, disagreed with the plan in Valparaiso.',
  );
  const people = corpus.entities.filter((e) => e.kind === 'person');

  it('joins spellings and surname-only mentions of one person across articles', () => {
    const ana = people.find((p) => p.variants.includes('Ana al-Hadhiri'));
    expect(ana?.variants).toEqual(expect.arrayContaining(['Ana al-Hadhiri', 'Ana Haziri', 'al-Hadhiri']));
    expect(new Set(ana?.mentions.map((m) => m.articleId)).size).toBe(2);
  });

  it('never merges two people who share a surname', () => {
    const luis = people.find((p) => p.variants.includes('Luis Haziri'));
    expect(luis).toBeDefined();
    expect(luis?.variants).not.toContain('Ana Haziri');
    // "Haziri" alone is ambiguous once two Haziris exist, so it joins neither.
    for (const p of people) expect(p.variants.includes('Haziri') && p.variants.includes('Luis Haziri')).toBe(false);
  });

  it('finds organisations in any case and keeps every mention true to the text', () => {
    const authority = corpus.entities.find((e) => e.kind === 'organization' && /harbour authority/i.test(e.name));
    expect(authority?.variants).toEqual(expect.arrayContaining(['Harbour Authority', 'harbour authority']));
    for (const entity of corpus.entities)
      for (const m of entity.mentions) {
        const text = corpus.articles.find((a) => a.id === m.articleId)!.text.slice(m.start, m.end);
        expect(entity.variants).toContain(text);
      }
  });
});

describe('names read from their neighbours', () => {
  const corpus = corpusOf(
    'Rescue teams worked through the night in Tarvik and Morrow after the river burst its banks. ' +
      'In Tarvik, Brannock said the water was still rising. ' +
      'The Renewal (Tajdid) Party called for an inquiry, and Ostrander (the mayor) agreed.',
  );
  const named = (name: string) => corpus.entities.find((e) => e.variants.includes(name));

  it('reads a lone name joined by "and" to a place after "in" as a place', () => {
    expect(named('Tarvik')?.kind).toBe('place');
    expect(named('Morrow')?.kind).toBe('place');
  });

  it('does not carry a place across a comma that ends the phrase', () => {
    expect(named('Brannock')?.kind).not.toBe('place');
  });

  it('keeps an original name in brackets inside an organisation name, and nothing else in brackets', () => {
    expect(named('Renewal (Tajdid) Party')?.kind).toBe('organization');
    expect(corpus.entities.some((e) => e.variants.some((v) => v.includes('Ostrander (')))).toBe(false);
  });
});

describe('what a name names', () => {
  const corpus = corpusOf(
    'Vice Premier Tan Wuhe met Foreign Minister Pak Sun-hee in Dorvale on Tuesday. ' +
      'Tan said the talks went well, and Pak agreed. ' +
      'Trade Representative Carla Menendez-Ruiz was also there with Mr. Hollis Quarry. ' +
      'The Tarvel-based Orbix Corp. and ZNA-TV reported the meeting. ' +
      'The Red House said the Winter Games and the Dorvale Agreement would go ahead, and the Kremlin agreed. ' +
      'Quiet Kenya and its neighbours watched. A Kenyan Treasury spokesman declined to comment. ' +
      'Ayodele, 41, said she had waited since the Cold War. Many Kenyans came. ' +
      'Christian Moreau, a Sunni Muslim cleric, said: "Peace." Pro-Western crowds cheered. ' +
      'Photo Gallery images showed Lyon April 6 crowds near Mount Sorel and the Rishi Pass.',
  );
  const named = (name: string) => corpus.entities.find((e) => e.variants.includes(name));
  const people = corpus.entities.filter((e) => e.kind === 'person').map((e) => e.name);

  it('keeps hyphenated given names and double surnames whole, with the role apart', () => {
    expect(named('Pak Sun-hee')?.kind).toBe('person');
    expect(named('Pak Sun-hee')?.role).toBe('Foreign Minister');
    expect(named('Carla Menendez-Ruiz')?.role).toBe('Trade Representative');
    expect(named('Hollis Quarry')?.role).toBeUndefined();
    expect(people).not.toContain('Pak Sun');
  });

  it('links a lone family name written first ("Tan", "Pak") to the one full name it opens', () => {
    expect(named('Tan Wuhe')?.variants).toEqual(expect.arrayContaining(['Tan', 'Tan Wuhe']));
    expect(named('Pak Sun-hee')?.variants).toContain('Pak');
  });

  it('types companies, seats of government and events as what they are', () => {
    expect(named('Orbix Corp.')?.kind).toBe('organization');
    expect(named('ZNA-TV')?.kind).toBe('organization');
    expect(named('Red House')?.kind).toBe('organization');
    expect(named('Kremlin')?.kind).toBe('organization');
    expect(named('Winter Games')?.kind).toBe('other');
    expect(named('Dorvale Agreement')?.kind).toBe('other');
    expect(named('Cold War')?.kind).toBe('other');
    expect(named('Tarvel')?.kind).toBe('place');
    expect(named('Mount Sorel')?.kind).toBe('place');
    expect(named('Rishi Pass')?.kind).toBe('place');
  });

  it('never lists sentence openers, country words, attitudes, furniture or dates as people', () => {
    for (const wrong of [
      'Quiet Kenya',
      'Treasury',
      'Kenyans',
      'Pro-Western',
      'Photo Gallery',
      'Lyon April',
      'Sunni Muslim',
    ])
      expect(people).not.toContain(wrong);
  });

  it('reads an age in apposition as a person and a belief word before a lone surname as a given name', () => {
    expect(named('Ayodele')?.kind).toBe('person');
    expect(named('Christian Moreau')?.kind).toBe('person');
  });
});

describe('a name after an article', () => {
  const corpus = corpusOf(
    'The rowers passed under the Harbour Friendship Banner, which hung from the old bridge. Crowds cheered.',
    'Volunteers for the Jane Okafor campaign gathered early. Officials said that Tomas Reyes had resigned.',
  );
  const kindOf = (name: string) => kindIn(corpus, name);

  it('names a thing when the name heads the phrase, and a person when it modifies a noun or follows "that"', () => {
    expect(kindOf('Harbour Friendship Banner')).toBe('other');
    expect(kindOf('Jane Okafor')).toBe('person');
    expect(kindOf('Tomas Reyes')).toBe('person');
  });
});

describe('places named like people', () => {
  it('reads "the town of X" as a place, and X as that place wherever it stands untitled', () => {
    const corpus = corpusOf(
      'Rescuers reached the town of San Lucas on Monday. The governor flew to San Lucas later.',
      'A visit to San Lucas was planned, Mayor Ana Varga said.',
    );
    const lucas = corpus.entities.filter((e) => e.name === 'San Lucas');
    expect(lucas.map((e) => [e.kind, e.mentions.length])).toEqual([['place', 3]]);
    expect(corpus.entities.find((e) => e.name === 'Ana Varga')?.kind).toBe('person');
  });

  it('keeps a surname a person when it is read as a place no more often than as a person', () => {
    const corpus = corpusOf(
      'Ana Varga visited the port on Monday. Varga said it would reopen.',
      'Fishermen gathered in Varga to hear the plan.',
    );
    expect(corpus.entities.find((e) => e.name === 'Ana Varga')?.variants).toContain('Varga');
  });
});

describe('the rest of an organisation\'s name after its "of"', () => {
  it('is no person of its own', () => {
    const corpus = corpusOf(
      'Her lawyer said they would appeal to the Regional Court of Civic Freedoms. The Ministry of Public Works declined to comment.',
    );
    const people = corpus.entities.filter((e) => e.kind === 'person').map((e) => e.name);
    expect(people).not.toContain('Civic Freedoms');
    expect(people).not.toContain('Public Works');
  });
});

describe('companies and datelines', () => {
  it('types a name ending in a word companies are named with as an organisation, and a capitals dateline as a place', () => {
    const corpus = corpusOf(
      'LAKE TOWN, Feb 10 (Wire) - Varen Foods agreed to buy Osk Dairy, and analysts at Brill Capital approved. Chief executive Ida Moen spoke.',
    );
    const kindOf = (name: string) => kindIn(corpus, name);
    expect(kindOf('Varen Foods')).toBe('organization');
    expect(kindOf('Osk Dairy')).toBe('organization');
    expect(kindOf('Brill Capital')).toBe('organization');
    expect(kindOf('LAKE TOWN')).toBe('place');
    expect(kindOf('Ida Moen')).toBe('person');
  });

  it('joins a company named with and without its legal suffix', () => {
    const corpus = corpusOf(
      'Varen Foods Inc said on Monday it would buy Osk Dairy.',
      'Varen Foods will pay $58 a share.',
    );
    const varen = corpus.entities.filter((e) => e.kind === 'organization' && e.variants.includes('Varen Foods'));
    expect(varen.map((e) => e.variants)).toEqual([['Varen Foods', 'Varen Foods Inc']]);
  });
});

describe('news outlets', () => {
  it('types a name ending in a word newspapers and wires are named with as an organisation', () => {
    const corpus = corpusOf(
      'TESSEL, May 2 (Metro Wire) - The ferry sank, Ana Okoro told the Harbour Gazette and the Valley Tribune.',
    );
    const kindOf = (name: string) => kindIn(corpus, name);
    expect(kindOf('Metro Wire')).toBe('organization');
    expect(kindOf('Harbour Gazette')).toBe('organization');
    expect(kindOf('Valley Tribune')).toBe('organization');
    expect(kindOf('Ana Okoro')).toBe('person');
  });
});

describe('initialisms', () => {
  it('never reads a dotted initialism as the surname of a person', () => {
    const corpus = corpusOf(
      'Leader Park Jin Un addressed the assembly on Monday. He rejected the latest U.N. sanctions again.',
      'Park Jin Un spoke for an hour. Diplomats expect new U.N. measures soon.',
    );
    const park = corpus.entities.find((e) => e.name === 'Park Jin Un');
    expect(park?.kind).toBe('person');
    expect(park?.variants).not.toContain('U.N.');
  });
});

describe('name keys', () => {
  it('never joins names on a skeleton of two letters', () => {
    expect(surnameKey('Mina Paik')).not.toBe(surnameKey('Jo Pook'));
    expect(surnameKey('Ana Kino')).not.toBe(surnameKey('Eli Kane'));
  });
});

describe('acronyms', () => {
  it('join the one long form whose initials they spell', () => {
    const corpus = corpusOf(
      'The Northern Rowing League said on Monday it would help. The International Skating Committee (ISC) will decide, and the NRL said the ISC would meet.',
    );
    const named = (name: string) => corpus.entities.find((e) => e.variants.includes(name));
    expect(named('ISC')?.name).toBe('International Skating Committee');
    expect(named('NRL')?.name).toBe('Northern Rowing League');
  });
});

describe('hyphenated names', () => {
  it('reads a hyphenated title before a name as a title, and an acronym compound as an organisation', () => {
    const corpus = corpusOf(
      'UN Secretary-General Jan Novak spoke on Monday. Ferro-ABC shares fell after the talks with the Baltic Rail Union.',
    );
    expect(kindIn(corpus, 'Jan Novak')).toBe('person');
    expect(corpus.entities.some((e) => e.name.includes('Secretary-General'))).toBe(false);
    expect(kindIn(corpus, 'Ferro-ABC')).toBe('organization');
  });
});

describe('symbols and honours', () => {
  it('reads a name ending in a symbol or an honour as a thing, not a person', () => {
    const corpus = corpusOf(
      'Athletes of both nations marched behind the Chilean Unity Flag. Later they sang the Harbour Anthem and Mira Holt won the Silver Medal.',
    );
    expect(kindIn(corpus, 'Chilean Unity Flag')).toBe('other');
    expect(kindIn(corpus, 'Mira Holt')).toBe('person');
    expect(corpus.entities.filter((e) => e.kind === 'person').map((e) => e.name)).toEqual(['Mira Holt']);
  });
});

describe('organisations named by one word', () => {
  it('reads a one-word name after a kind of organisation as one, everywhere the corpus names it', () => {
    const corpus = corpusOf(
      'The airline Varen cancelled 40 flights. Varen said the strike would end soon. Shares in Varen fell.',
      'Varen apologised to passengers on Monday.',
    );
    const varen = corpus.entities.filter((e) => e.name === 'Varen');
    expect(varen.map((e) => e.kind)).toEqual(['organization']);
    expect(new Set(varen[0]!.mentions.map((m) => m.articleId))).toEqual(new Set(['a0', 'a1']));
  });

  it('reads the credit of a dateline as a news organisation', () => {
    const corpus = corpusOf('LIMA (Harbour Ledger) - Rain fell on Monday.');
    expect(kindIn(corpus, 'Harbour Ledger')).toBe('organization');
  });
});

describe('"to" before a name', () => {
  it('names a source or a listener after "according to" or "spoke to", and a place after other verbs', () => {
    const corpus = corpusOf(
      'Eva Lind runs the camp. According to Lind, it is full. The minister spoke to Lind and then flew to Varna.',
    );
    expect(corpus.entities.filter((e) => e.kind === 'place').map((e) => e.name)).toEqual(['Varna']);
    expect(kindIn(corpus, 'Eva Lind')).toBe('person');
  });
});

describe('organisations named "International"', () => {
  it('reads a name holding "International" as an organisation', () => {
    const corpus = corpusOf('Harbour Rights International said the trial was unfair. Mira Holt agreed.');
    expect(kindIn(corpus, 'Harbour Rights International')).toBe('organization');
  });
});
