// The floor for building the sample: wink-nlp loading its model and tagging the same texts
// (sentences and parts of speech), nothing else. Plain JavaScript, so no compiler runs first.
import { readdirSync, readFileSync } from 'node:fs';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

const folder = process.argv[2];
const nlp = winkNLP(model, ['sbd', 'pos']);
let tokens = 0;
for (const name of readdirSync(folder))
  tokens += nlp
    .readDoc(readFileSync(`${folder}/${name}`, 'utf8'))
    .tokens()
    .length();
process.stdout.write(`${tokens}\n`);
