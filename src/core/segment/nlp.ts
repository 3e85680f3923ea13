import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/**
 * One wink-nlp instance for the whole core: loading the model is the expensive part. Only sentence
 * boundaries and part-of-speech tags are used (names, figures and stems are read by Parallax's
 * own stages), so wink's entity, negation and sentiment passes are left out of the pipe: they do
 * not change the tags and cost a third of its time.
 */
let instance: ReturnType<typeof winkNLP> | null = null;

export function nlp() {
  instance ??= winkNLP(model, ['sbd', 'pos']);
  return instance;
}
