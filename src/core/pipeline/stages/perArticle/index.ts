import { analyseArticle, type ArticleAnalysis } from '../../../analysis';
import type { RawArticle } from '../../../ingest/types';
import type { Stage } from '../../stage';
import { clean } from '../clean';
import { segment, type PreparedArticle } from '../segment';

/**
 * Step 4: what one article says read alone (names, figures, stems, signature). Plain data, so it
 * crosses a thread boundary by structured clone.
 */
export const perArticle: Stage<PreparedArticle, ArticleAnalysis> = {
  name: 'perArticle',
  // The source is assigned later across all articles; nothing read here depends on it.
  run: (prepared) => analyseArticle({ ...prepared.article, sourceId: '' }),
};

export type ArticleResult = { prepared: PreparedArticle; analysis: ArticleAnalysis };

/** The stages that read one article at a time, in order: what a worker thread runs per article. */
export function runArticleStages(raw: RawArticle): ArticleResult {
  const prepared = segment.run(clean.run(raw));
  return { prepared, analysis: perArticle.run(prepared) };
}
