import { analyseArticle, type ArticleAnalysis } from '../../../analysis';
import type { RawArticle } from '../../../ingest/types';
import type { Stage } from '../../stage';
import { clean } from '../clean';
import { segment, type PreparedArticle, type Segmented } from '../segment';

/**
 * Step 4: what one article says read alone (names, figures, stems, signature). Plain data, so it
 * crosses a thread boundary by structured clone.
 */
export const perArticle: Stage<Segmented, ArticleAnalysis> = {
  name: 'perArticle',
  // The source is assigned later across all articles; nothing read here depends on it.
  run: (segmented) => analyseArticle({ ...segmented.article, sourceId: '' }, segmented.tokens),
};

export type ArticleResult = { prepared: PreparedArticle; analysis: ArticleAnalysis };

/** The stages that read one article at a time, in order: what a worker thread runs per article. */
export function runArticleStages(raw: RawArticle): ArticleResult {
  const segmented = segment.run(clean.run(raw));
  // The tokens are read here and left here: they would cost more to copy between threads than to read.
  const { tokens: _read, ...prepared } = segmented;
  return { prepared, analysis: perArticle.run(segmented) };
}
