import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/**
 * The one wink-nlp instance of the whole core, created once (loading the model is the expensive
 * part: each instance cost a tenth of a second of every command-line build). It runs sentence
 * boundaries and part-of-speech tags; wink's entity, negation and sentiment passes are never used
 * (names, figures and stems are read by Parallax's own stages).
 */
type Nlp = ReturnType<typeof winkNLP>;

/**
 * wink-nlp learns every new word into its lexicon, and the first form it meets decides how later
 * ones are split: after reading "the U.S and", it reads "U.S." as "U.S" + "." and may end a
 * sentence there. So an article's sentences depended on the articles read before it (a build on
 * two threads split differently from one on one thread). Reading every two-letter initialism with
 * its final point first, when an instance is made, fixes those forms whatever comes later.
 */
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const INITIALISMS = [...LETTERS].flatMap((a) => [...LETTERS].map((b) => `${a}.${b}.`)).join(' ');

function primed(instance: Nlp): Nlp {
  instance.readDoc(INITIALISMS);
  return instance;
}
let tagger: Nlp | null = null;

/** Sentence boundaries and part-of-speech tags. */
export function nlp(): Nlp {
  tagger ??= primed(winkNLP(model, ['sbd', 'pos']));
  return tagger;
}
