import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/**
 * wink-nlp instances for the whole core, each created once (loading the model is the expensive
 * part) and each running only the passes its callers read. wink's entity, negation and sentiment
 * passes are never used (names, figures and stems are read by Parallax's own stages); sentence
 * boundaries do not need the tagger, and stems need neither: tokens come out the same in all three.
 */
type Nlp = ReturnType<typeof winkNLP>;
let tagger: Nlp | null = null;
let segmenter: Nlp | null = null;
let tokeniser: Nlp | null = null;

/** Sentence boundaries and part-of-speech tags. */
export function nlp(): Nlp {
  tagger ??= winkNLP(model, ['sbd', 'pos']);
  return tagger;
}

/** Sentence boundaries only: segmentation runs over every article's whole text. */
export function sentenceNlp(): Nlp {
  segmenter ??= winkNLP(model, ['sbd']);
  return segmenter;
}

/** Tokens alone (with their lazily computed stems and lemmas). */
export function tokenNlp(): Nlp {
  tokeniser ??= winkNLP(model, []);
  return tokeniser;
}
