import { seededRandom, type Random } from './seeded';
import { changeFigures, paraphrase, translatedStyle, unrelatedSentence } from './rewrite';

export type SeedArticle = { id: string; date: string | null; title: string; sentences: string[] };

export type SyntheticKind = 'wire-copy' | 'paraphrase' | 'figures' | 'translated' | 'unrelated';

export type SyntheticArticle = { name: string; kind: SyntheticKind; base: string | null; text: string };

/** Share of each kind, in the spirit of a real cluster: many copies of a few wires, some rewrites, some noise. */
const MIX: readonly [SyntheticKind, number][] = [
  ['wire-copy', 0.3],
  ['paraphrase', 0.25],
  ['figures', 0.15],
  ['translated', 0.1],
  ['unrelated', 0.2],
];

function chooseKind(random: Random): SyntheticKind {
  let roll = random.int(0, 999) / 1000;
  for (const [kind, share] of MIX) {
    if (roll < share) return kind;
    roll -= share;
  }
  return 'unrelated';
}

/** Swaps a few neighbouring sentences, as an editor moving paragraphs would. */
function reorder(sentences: string[], random: Random): string[] {
  const out = [...sentences];
  for (let i = 0; i + 1 < out.length; i += 2) if (random.chance(0.3)) [out[i], out[i + 1]] = [out[i + 1]!, out[i]!];
  return out;
}

function body(kind: SyntheticKind, base: SeedArticle, seeds: readonly SeedArticle[], random: Random): string[] {
  const kept = base.sentences.filter(() => !random.chance(kind === 'wire-copy' ? 0.1 : 0.2));
  if (kind === 'unrelated') return Array.from({ length: random.int(6, 20) }, () => unrelatedSentence(random));
  if (kind === 'wire-copy') {
    const extra = random.pick(seeds).sentences;
    return random.chance(0.5) && extra.length > 0 ? [...kept, random.pick(extra)] : kept;
  }
  if (kind === 'paraphrase')
    return reorder(
      kept.map((s) => paraphrase(s, random)),
      random,
    );
  if (kind === 'figures') return kept.map((s) => changeFigures(s, random));
  return kept.map((s) => translatedStyle(paraphrase(s, random), random));
}

/**
 * Any number of articles made from a real cluster, deterministically from the seed: copies of a
 * wire with edits, paraphrased and reordered rewrites, changed figures, translated-style wording
 * and unrelated articles. Each is a .txt file with a header the pipeline reads.
 */
export function generateArticles(seeds: readonly SeedArticle[], count: number, seed = 1): SyntheticArticle[] {
  if (seeds.length === 0) throw new Error('a synthetic corpus needs at least one real article to start from');
  const random = seededRandom(seed);
  const width = String(count).length;
  return Array.from({ length: count }, (_, i) => {
    const kind = chooseKind(random);
    const base = random.pick(seeds);
    const sentences = body(kind, base, seeds, random);
    const paragraphs: string[] = [];
    for (let at = 0; at < sentences.length; at += 3) paragraphs.push(sentences.slice(at, at + 3).join(' '));
    const title =
      kind === 'unrelated'
        ? unrelatedSentence(random).replace(/\.$/, '')
        : kind === 'paraphrase'
          ? paraphrase(base.title, random)
          : base.title;
    // An undated seed gives undated copies: inventing a date would invent conflicts.
    const header = [...(base.date ? [`date: ${base.date}`] : []), `title: ${title}`, ''];
    return {
      name: `syn${String(i).padStart(width, '0')}.txt`,
      kind,
      base: kind === 'unrelated' ? null : base.id,
      text: `${[...header, paragraphs.join('\n\n')].join('\n')}\n`,
    };
  });
}
