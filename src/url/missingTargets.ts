import { useQueryStates } from 'nuqs';
import type { Corpus } from '../core/schema/corpus';
import { diffParsers } from './diffState';
import { matrixParsers, parseCellKey } from './matrixState';
import { articleParser, sentenceParser, viewParser, type ViewName } from './viewState';

/** The URL keys that point at an article or a sentence of the loaded corpus. */
export type LinkTargets = {
  view: ViewName;
  article: string | null;
  sentence: number | null;
  a: string | null;
  b: string | null;
  cell: string | null;
};

/**
 * What the link asks for that the loaded corpus lacks, one sentence each. The views fall back to
 * an article they have; this says so, rather than showing another article as if it were the one.
 */
export function missingTargets(corpus: Corpus, targets: LinkTargets): string[] {
  const byId = new Map(corpus.articles.map((a) => [a.id, a]));
  const missing: string[] = [];
  const article = (id: string | null, role: string) => {
    if (id === null) return undefined;
    const found = byId.get(id);
    if (!found)
      missing.push(
        `Article “${id}”${role} is not in this corpus (“${corpus.title}”); another article is shown instead.`,
      );
    return found;
  };
  const sentence = (found: Corpus['articles'][number] | undefined, index: number | null) => {
    if (!found || index === null) return;
    if (index < 0 || index >= found.sentences.length)
      missing.push(
        `Sentence ${index + 1} is not in article “${found.id}”, which has ${found.sentences.length} sentence${found.sentences.length === 1 ? '' : 's'}.`,
      );
  };
  if (targets.view === 'articles') sentence(article(targets.article, ''), targets.sentence);
  if (targets.view === 'diff') {
    sentence(article(targets.a, ' (A)'), targets.sentence);
    article(targets.b, ' (B)');
  }
  if (targets.view === 'matrix') {
    const cell = parseCellKey(targets.cell);
    if (cell && !byId.has(cell.articleId))
      missing.push(`Article “${cell.articleId}” of the linked cell is not in this corpus (“${corpus.title}”).`);
  }
  return missing;
}

/** The keys `missingTargets` checks, as the views read them. */
export function useLinkTargets(): LinkTargets {
  const [targets] = useQueryStates({
    view: viewParser,
    article: articleParser,
    sentence: sentenceParser,
    a: diffParsers.a,
    b: diffParsers.b,
    cell: matrixParsers.cell,
  });
  return targets;
}
