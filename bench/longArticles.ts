import { seededRandom } from '../src/cli/synth/seeded';
import type { SeedArticle } from '../src/cli/synth/generate';
import { changeFigures, paraphrase } from '../src/cli/synth/rewrite';

/**
 * Two long articles (about `bytes` each) for the diff benchmark: A strings real sentences
 * together; B is A rewritten, with changed figures, some sentences dropped and others added.
 */
export function longArticlePair(seeds: readonly SeedArticle[], bytes = 50_000, seed = 3): { a: string; b: string } {
  const random = seededRandom(seed);
  const pool = seeds.flatMap((s) => s.sentences);
  const a: string[] = [];
  let size = 0;
  while (size < bytes) {
    const sentence = random.pick(pool);
    a.push(sentence);
    size += sentence.length + 1;
  }
  const b = a.flatMap((s) => {
    if (random.chance(0.08)) return [];
    const changed = random.chance(0.5) ? paraphrase(s, random) : random.chance(0.3) ? changeFigures(s, random) : s;
    return random.chance(0.05) ? [changed, random.pick(pool)] : [changed];
  });
  const paragraphs = (list: string[]) => {
    const out: string[] = [];
    for (let i = 0; i < list.length; i += 4) out.push(list.slice(i, i + 4).join(' '));
    return out.join('\n\n');
  };
  return { a: `title: Long article A\n\n${paragraphs(a)}\n`, b: `title: Long article B\n\n${paragraphs(b)}\n` };
}
