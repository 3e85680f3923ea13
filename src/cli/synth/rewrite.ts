import type { Random } from './seeded';

/**
 * Generic newsroom rewordings: how one outlet's copy differs from another's. Ordinary English,
 * unrelated to any event, so synthetic corpora paraphrase whatever real text they start from.
 */
const SYNONYMS: readonly (readonly [string, string])[] = [
  ['said', 'stated'],
  ['told', 'informed'],
  ['attack', 'assault'],
  ['killed', 'left dead'],
  ['injured', 'wounded'],
  ['officials', 'authorities'],
  ['government', 'administration'],
  ['residence', 'home'],
  ['called for', 'urged'],
  ['condemned', 'denounced'],
  ['early', 'in the early hours of'],
  ['including', 'among them'],
  ['however', 'but'],
  ['security forces', 'the security services'],
  ['spokesman', 'spokesperson'],
  ['announced', 'declared'],
];

const NUMBER_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

const OPENERS = ['According to reports, ', 'It is understood that ', 'Sources indicated that ', 'Reportedly, '];

function swapWord(text: string, from: string, to: string): string {
  return text.replace(new RegExp(`\\b${from}\\b`, 'g'), to);
}

/** Replaces some generic words with their synonyms, as a rewrite desk would. */
export function paraphrase(sentence: string, random: Random): string {
  let out = sentence;
  for (const [a, b] of SYNONYMS) {
    if (random.chance(0.6)) out = swapWord(out, a, b);
  }
  return out;
}

/** Changes the figures a sentence gives, in digits or in words. */
export function changeFigures(sentence: string, random: Random): string {
  const digits = sentence.replace(/\b\d{1,4}\b/g, (n) =>
    random.chance(0.5) ? String(Number(n) + random.int(1, 5)) : n,
  );
  return digits.replace(new RegExp(`\\b(${NUMBER_WORDS.join('|')})\\b`, 'gi'), (word) =>
    random.chance(0.5) ? random.pick(NUMBER_WORDS) : word,
  );
}

/** Word order and stock phrases of a translated wire: a fronted opener and the verb before the speaker. */
export function translatedStyle(sentence: string, random: Random): string {
  const inverted = sentence.replace(/^(.{3,60}?) said,? (.+)$/, (_m, who: string, rest: string) => {
    const statement = rest.replace(/\.$/, '');
    return `${statement.charAt(0).toUpperCase()}${statement.slice(1)}, said ${who.replace(/^The /, 'the ')}.`;
  });
  if (inverted !== sentence || !random.chance(0.5)) return inverted;
  const opener = random.pick(OPENERS);
  return `${opener}${sentence.charAt(0).toLowerCase()}${sentence.slice(1)}`;
}

const TOPICS = [
  'council',
  'museum',
  'railway',
  'harbour',
  'library',
  'stadium',
  'hospital',
  'orchestra',
  'bakery',
  'festival',
];
const ACTIONS = [
  'approved a budget of',
  'reported a rise of',
  'opened a new wing for',
  'counted',
  'hired',
  'announced a loan of',
];
const UNITS = ['visitors', 'million euros', 'workers', 'passengers', 'books', 'trees'];

/** A sentence about something else entirely, for articles that share nothing with the event. */
export function unrelatedSentence(random: Random): string {
  return `The ${random.pick(TOPICS)} in district ${random.int(1, 90)} ${random.pick(ACTIONS)} ${random.int(2, 900)} ${random.pick(UNITS)} this ${random.pick(['week', 'month', 'year'])}.`;
}
