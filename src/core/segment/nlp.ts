import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/** One wink-nlp instance for the whole core: loading the model is the expensive part. */
let instance: ReturnType<typeof winkNLP> | null = null;

export function nlp() {
  instance ??= winkNLP(model);
  return instance;
}
