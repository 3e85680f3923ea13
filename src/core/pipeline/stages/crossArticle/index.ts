import { analyseContent, type ArticleAnalysis, type Content } from '../../../analysis';
import type { Article } from '../../../schema/corpus';
import type { Stage } from '../../stage';

export type Subjects = { articles: Article[]; each: ArticleAnalysis[] };

/** Steps 5 to 7: entities across spellings, figure rows, quote groups and reactions. Needs no alignment. */
export const crossArticle: Stage<Subjects, Content> = {
  name: 'crossArticle',
  run: ({ articles, each }) => analyseContent(articles, each),
};
