import { readFile } from 'node:fs/promises';
import { parseCorpusText } from '../../core/schema/parseCorpus';
import { parseGold, scoreCorpus, scoreLines } from '.';

/**
 * `parallax score`: the reference scorer's figures for one corpus, in its format (one line a
 * section) or as its JSON. Exit 0 when both files were read, 2 when either could not be.
 */
export async function runScore(corpusPath: string, options: { gold: string; json?: boolean }): Promise<number> {
  const corpus = parseCorpusText(await readFile(corpusPath, 'utf8'));
  if (!corpus.ok) {
    process.stderr.write(`parallax: ${corpusPath}: ${corpus.error.message}\n`);
    return 2;
  }
  let goldValue: unknown;
  try {
    goldValue = JSON.parse(await readFile(options.gold, 'utf8'));
  } catch (error) {
    process.stderr.write(`parallax: ${options.gold}: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
  const gold = parseGold(goldValue);
  if (!gold.ok) {
    process.stderr.write(`parallax: ${options.gold}: ${gold.message}\n`);
    return 2;
  }
  const score = scoreCorpus(corpus.corpus, gold.gold);
  process.stdout.write(options.json ? `${JSON.stringify(score, null, 1)}\n` : `${scoreLines(score)}\n`);
  return 0;
}
