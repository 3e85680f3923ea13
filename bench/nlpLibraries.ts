import nlpCompromise from 'compromise';
import { articleNames } from '../src/core/analysis/entities';
import type { Corpus } from '../src/core/schema/corpus';

export type NlpLibraryFigure = { library: string; variantsFound: number; variants: number; recall: number; ms: number };

/** The part of the gold annotation this comparison reads: each core name's spellings per article. */
type GoldNames = Record<
  'people' | 'organisations' | 'places',
  { salience?: string; variants_by_article?: Record<string, string[]> }[]
>;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A spelling counts as found when a name the library returns is it, or holds it as whole words. */
function holds(names: readonly string[], variant: string): boolean {
  const word = new RegExp(`(?<![\\p{L}\\p{N}])${escape(variant)}(?![\\p{L}\\p{N}])`, 'u');
  return names.some((n) => word.test(n));
}

function measure(run: () => Map<string, string[]>): { names: Map<string, string[]>; ms: number } {
  run(); // warm up: the first call loads lexicons and JIT-compiles
  const started = performance.now();
  const names = run();
  return { names, ms: Math.round((performance.now() - started) * 10) / 10 };
}

/**
 * Parallax's names (wink-nlp part-of-speech tags, then its own name runs and classes) against
 * compromise's people, organisations and places, on the same cleaned articles: how many of the
 * gold's spellings of core names each finds, and how long it takes.
 */
export function compareNlpLibraries(corpus: Corpus, gold: GoldNames): NlpLibraryFigure[] {
  const prefix = (id: string) => id.slice(0, 3);
  const libraries: [string, () => Map<string, string[]>][] = [
    [
      'Parallax names on wink-nlp tags',
      () => new Map(corpus.articles.map((a) => [prefix(a.id), articleNames(a).map((n) => n.text)])),
    ],
    [
      'compromise people/organisations/places',
      () =>
        new Map(
          corpus.articles.map((a) => {
            const doc = nlpCompromise(a.text);
            const names = [doc.people(), doc.organizations(), doc.places()].flatMap((v) => v.out('array') as string[]);
            return [prefix(a.id), names];
          }),
        ),
    ],
  ];
  const expected = [...gold.people, ...gold.organisations, ...gold.places]
    .filter((e) => e.salience === 'core')
    .flatMap((e) =>
      Object.entries(e.variants_by_article ?? {}).flatMap(([article, vs]) => vs.map((v) => ({ article, v }))),
    );
  return libraries.map(([library, run]) => {
    const { names, ms } = measure(run);
    const variantsFound = expected.filter(({ article, v }) => holds(names.get(article) ?? [], v)).length;
    return {
      library,
      variantsFound,
      variants: expected.length,
      recall: Math.round((variantsFound / Math.max(1, expected.length)) * 1000) / 1000,
      ms,
    };
  });
}
