/** Particles that belong to a name but not to its identity: "al-Rashid" and "Rashid" are one surname. */
const PARTICLES = new Set([
  'al',
  'el',
  ' al-',
  'el-',
  'bin',
  'ibn',
  'abu',
  'de',
  'da',
  'di',
  'del',
  'van',
  'von',
  'der',
  'le',
  'la',
  'du',
]);

export function isParticle(token: string): boolean {
  return PARTICLES.has(token.toLowerCase());
}

function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/** The words of a name without particles, apostrophes or possessives. */
export function nameWords(name: string): string[] {
  return fold(name)
    .replace(/['’‘ʼ"]s$/u, '')
    .split(/[\s-]+/)
    .map((w) => w.replace(/[^a-z]/g, ''))
    .filter((w) => w.length > 0 && !PARTICLES.has(w));
}

/**
 * A consonant skeleton that survives common transliteration differences (dh/z/d, kh/k, q/k, th/t,
 * doubled letters, vowels): "Gaddafi", "Qadhafi", "Kadhafi" and "Gadafi" share one key.
 * Written by hand: phonetic packages (Soundex, Metaphone) target English spelling and merge far
 * more than transliterations do.
 */
export function skeleton(word: string): string {
  const w = fold(word).replace(/[^a-z]/g, '');
  if (!w) return '';
  const mapped = w
    .replace(/kh/g, 'k')
    .replace(/gh/g, 'g')
    .replace(/dh|th|z/g, 'd')
    .replace(/sh|ch/g, 's')
    .replace(/ph/g, 'f')
    .replace(/q|c(?=[aou])|ck/g, 'k')
    .replace(/ou|oo/g, 'u');
  const first = mapped[0]!;
  const rest = mapped.slice(1).replace(/[aeiouyhw]/g, '');
  return (first + rest).replace(/(.)\1+/g, '$1');
}

/**
 * Key of one name word: its skeleton, or the word itself when the word or its skeleton is too
 * short to tell names apart ("Li" and "Lu", "Paik" and "Pak" would share two letters).
 */
export function wordKey(word: string): string {
  if (word.length < 4) return word;
  const key = skeleton(word);
  return key.length < 3 ? word : key;
}

/** Key of a surname; empty when the name has no letters. */
export function surnameKey(name: string): string {
  const words = nameWords(name);
  const last = words[words.length - 1];
  return last ? wordKey(last) : '';
}

export function givenNameKey(name: string): string | null {
  const words = nameWords(name);
  return words.length >= 2 ? wordKey(words[0]!) : null;
}

/** Key of the first word of a full name, which is the family name in "Wang Lihua" and "Park Ji Hoon". */
export function firstWordKey(name: string): string | null {
  const words = nameWords(name);
  return words.length >= 2 ? wordKey(words[0]!) : null;
}
