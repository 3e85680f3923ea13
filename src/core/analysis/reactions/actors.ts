import { findCountries, type CountryMention } from '../../countries/lexicon';

/**
 * Seats of government and institutions that newsrooms use for their country ("the Kremlin said").
 * Generic world knowledge, the same for every story.
 */
export const GOVERNMENT_METONYMS: [string, string][] = [
  ['White House', 'US'],
  ['Pentagon', 'US'],
  ['State Department', 'US'],
  ['Capitol Hill', 'US'],
  ['Kremlin', 'RU'],
  ['Duma', 'RU'],
  ['Downing Street', 'GB'],
  ['Whitehall', 'GB'],
  ['Foreign Office', 'GB'],
  ['Élysée', 'FR'],
  ['Elysee', 'FR'],
  ["Quai d'Orsay", 'FR'],
  ['Matignon', 'FR'],
  ['Bundestag', 'DE'],
  ['Blue House', 'KR'],
  ['Zhongnanhai', 'CN'],
  ['Kantei', 'JP'],
  ['Knesset', 'IL'],
  ['Casa Rosada', 'AR'],
  ['Planalto', 'BR'],
  ['Los Pinos', 'MX'],
  ['Quirinale', 'IT'],
  ['Palazzo Chigi', 'IT'],
  ['Moncloa', 'ES'],
  ['South Block', 'IN'],
  ['Bankova', 'UA'],
  ['Rideau Hall', 'CA'],
  ['Malacañang', 'PH'],
  ['Malacanang', 'PH'],
];

/**
 * Organisations that speak for no one country: the UN and its agencies, regional unions and
 * alliances, international sports, finance and aid bodies. Generic, not tied to any story.
 */
export const SUPRANATIONAL_NAMES = String.raw`(?:United Nations(?: Security Council| General Assembly| Human Rights Council)?|U\.?N\.?(?= )|UN|UNHCR|UNICEF|UNESCO|European (?:Union|Commission|Council|Parliament)|EU|E\.U\.|NATO|African Union|Arab League|League of Arab States|ASEAN|Organization of American States|OSCE|G7|G20|International (?:Olympics? Committee|Monetary Fund|Criminal Court|Court of Justice|Atomic Energy Agency|Committee of the Red Cross|Red Cross)|IOC|IMF|ICC|IAEA|ICRC|World (?:Trade Organi[sz]ation|Health Organi[sz]ation|Bank|Food Programme)|WTO|WHO|Red Crescent|Amnesty International|Human Rights Watch|Doctors Without Borders|Médecins Sans Frontières|Reporters Without Borders|Vatican|Holy See)`;
export const SUPRANATIONAL = new RegExp(String.raw`\b${SUPRANATIONAL_NAMES}\b`);

/** Nouns that make a country word an actor: "Peruvian police", "Chile's prime minister", "Danish officials". */
const GOV_NOUN =
  /^(?:government|governments|authorities|officials?|police|military|army|navy|ministry|ministries|minister|president|premier|prime|chancellor|foreign|interior|defen[cs]e|trade|commerce|finance|state|spokes(?:man|woman|person)|diplomats?|ambassador|embassy|envoy|leader|leaders|leadership|parliament|lawmakers|legislators|legislature|cabinet|administration|media|television|tv|radio|newspaper|news|agency|council|office|representative|representatives|delegation|delegate|negotiator|secretary|king|queen|emir|crown|regime|junta|side|officer|prosecutors?|courts?|judge|mayor|governor|party|regulators|intelligence|security|border|riot|top|senior|deputy|vice|acting|head|chief|unification|presidential)$/i;

/** What makes a capitalised organisation a news outlet: it reports reactions rather than having them. */
export const MEDIA =
  /\b(?:news|agency|press|television|tv|radio|newspaper|times|post|journal|broadcast\w*|channel|reuters|media)\b/i;

/** Words before a country that make it a place or an object rather than the one acting. */
export const PLACE_BEFORE =
  /\b(?:in|from|to|into|of|with|against|at|near|across|towards?|over|on|by|for|through|via|between|inside|outside|about|than|like|and\s+(?:in|from|to))\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}$/iu;

export type CountryActor = { code: string; start: number; end: number; text: string; cue: string };

/** Country words in a subject that name the one acting: a country, capital or seat of government, or a qualified office. */
export function countryActors(subject: string): CountryActor[] {
  const found: CountryActor[] = [];
  const mentions: CountryMention[] = findCountries(subject);
  for (const [name, code] of GOVERNMENT_METONYMS) {
    let at = subject.indexOf(name);
    while (at >= 0) {
      mentions.push({ start: at, end: at + name.length, text: name, code, cue: 'name' });
      at = subject.indexOf(name, at + name.length);
    }
  }
  mentions.sort((a, b) => a.start - b.start);
  for (const m of mentions) {
    const before = subject.slice(0, m.start);
    const after = subject.slice(m.end);
    // "pro-Iran militias", "anti-American protesters": a stance towards the country, never the country.
    if (/\b(?:pro|anti)-$/i.test(before)) continue;
    const nextWords = after
      .replace(/^['’]s\b/, '')
      .trim()
      .split(/[\s,]+/)
      .slice(0, 3)
      .map((w) => w.replace(/[^\p{L}-]/gu, ''));
    const possessive = /^['’]s\b/.test(after);
    const reach = m.cue === 'demonym' || possessive ? 3 : 2;
    const noun = nextWords.slice(0, reach).findIndex((w) => GOV_NOUN.test(w));
    const qualifies = noun >= 0;
    if (m.cue === 'demonym') {
      // "Peruvian police", "the Bolivian minister"; never "a Danish billionaire" or "on the Bolivian side".
      if (qualifies && !/\bpro-$|-$/i.test(before) && !PLACE_BEFORE.test(before)) {
        // The office runs on through its titles: "Kenyan Foreign Minister", "Peruvian riot police".
        const all = after.trim().split(/\s+/);
        let last = noun;
        while (last + 1 < all.length && last < 5 && GOV_NOUN.test(all[last + 1]!.replace(/[^\p{L}-]/gu, ''))) last++;
        const words = all
          .slice(0, last + 1)
          .join(' ')
          .replace(/[^\p{L}]+$/u, '');
        found.push({
          ...m,
          end: m.end + after.indexOf(words) + words.length,
          text: `${m.text} ${words}`,
          cue: 'demonym',
        });
      }
      continue;
    }
    if (possessive && !qualifies) continue; // "Peru's fence": a thing of the country, not the country acting.
    // "Officials in Nairobi", "the mayor of Lagos": a place that qualifies an office.
    const officeBefore =
      /\b(?:officials?|authorities|leaders?|government|ministry|police|diplomats?)\s+(?:in|of|from)\s+(?:the\s+)?$/i.test(
        before,
      );
    if (!officeBefore && PLACE_BEFORE.test(before)) continue;
    found.push(m);
  }
  return found;
}

/** The actors a subject names, first one first; coordinated countries ("Germany and Austria") act together. */
export function coordinatedActors(subject: string, first: CountryActor, all: readonly CountryActor[]): CountryActor[] {
  if (first.cue === 'demonym') return [first];
  const chain: CountryActor[] = [first];
  for (const m of all.filter((x) => x.cue !== 'demonym' && x.start > first.start)) {
    const between = subject.slice(chain[chain.length - 1]!.end, m.start);
    if (/^\s*(?:,|and|,\s*and|&)\s*(?:the\s+)?$/i.test(between)) chain.push(m);
    else break;
  }
  return chain;
}
