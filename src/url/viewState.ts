import { parseAsInteger, parseAsString, parseAsStringLiteral, useQueryState, useQueryStates } from 'nuqs';

/** The views, in navigation order; the first is the default and stays out of the URL. */
export const VIEWS = ['overview', 'matrix', 'reactions', 'diff', 'articles', 'import'] as const;
export type ViewName = (typeof VIEWS)[number];

export const viewParser = parseAsStringLiteral(VIEWS).withDefault('overview');
export const articleParser = parseAsString;
export const sentenceParser = parseAsInteger;
export const corpusUrlParser = parseAsString;

export function useView() {
  return useQueryState('view', viewParser.withOptions({ history: 'push' }));
}

export function useArticleParam() {
  return useQueryState('article', articleParser.withOptions({ history: 'push' }));
}

export function useSentenceParam() {
  return useQueryState('sentence', sentenceParser.withOptions({ history: 'push' }));
}

export function useCorpusUrlParam() {
  return useQueryState('corpus', corpusUrlParser);
}

/** Article and sentence change together, as one history entry, so Back returns to the previous place. */
export function useReaderLocation() {
  return useQueryStates({ article: articleParser, sentence: sentenceParser }, { history: 'push' });
}
