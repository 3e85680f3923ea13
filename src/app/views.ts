import { lazy, type ComponentType } from 'react';
import type { Corpus } from '../core/schema/corpus';
import type { ViewName } from '../url/viewState';

export type ViewProps = { corpus: Corpus };

/** Each view is its own chunk, loaded when first opened. */
export const VIEW_COMPONENTS: Record<Exclude<ViewName, 'import'>, ComponentType<ViewProps>> = {
  overview: lazy(() => import('../views/overview/OverviewView')),
  matrix: lazy(() => import('../views/matrix/MatrixView')),
  reactions: lazy(() => import('../views/reactions/ReactionsView')),
  diff: lazy(() => import('../views/diff/DiffView')),
  articles: lazy(() => import('../views/articles/ArticlesView')),
};

/** The import page needs no corpus: it works even when the current one cannot be loaded. */
export const ImportView = lazy(() => import('../views/import/ImportView'));

export const VIEW_LABELS: Record<ViewName, string> = {
  overview: 'Overview',
  matrix: 'Matrix',
  reactions: 'Reactions',
  diff: 'Diff',
  articles: 'Articles',
  import: 'Import',
};
