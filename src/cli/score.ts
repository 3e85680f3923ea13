import { readFile } from 'node:fs/promises';
import { parseCorpusText } from '../core/schema/parseCorpus';
import { parseGold, scoreCorpus, type Score } from '../core/score';

const fmt = (n: number | null) => (n === null ? '  -  ' : n.toFixed(3));

export function scoreTable(score: Score): string {
  const rows: [string, { precision: number | null; recall: number | null; f1: number | null; note: string }][] = [
    ['people', score.people],
    ['entities', score.entities],
    ['facts', score.facts],
    ['quotes', score.quotes],
    ['reactions', score.reactions],
    ['reaction countries', { ...score.reactions.countries, note: score.reactions.countries.found.join(',') }],
    ['reuse', score.reuse],
  ];
  const lines = [
    'section              precision  recall   F1     notes',
    '-------------------  ---------  ------  -----  -----',
  ];
  for (const [name, m] of rows)
    lines.push(
      `${name.padEnd(19)}  ${fmt(m.precision).padStart(9)}  ${fmt(m.recall).padStart(6)}  ${fmt(m.f1)}  ${m.note}`,
    );
  return lines.join('\n');
}

/** `parallax score`: exit 0 when both files were read, 2 when either could not be. */
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
  process.stdout.write(options.json ? `${JSON.stringify(score, null, 2)}\n` : `${scoreTable(score)}\n`);
  return 0;
}
