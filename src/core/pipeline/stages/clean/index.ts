import { cleanArticle, type CleanArticle } from '../../../clean/cleanArticle';
import type { RawArticle } from '../../../ingest/types';
import type { Stage } from '../../stage';

export type Cleaned = { raw: RawArticle; clean: CleanArticle };

/** Step 2: page furniture, ads and credit lines out of the text, kept as evidence. */
export const clean: Stage<RawArticle, Cleaned> = {
  name: 'clean',
  run: (raw) => ({ raw, clean: cleanArticle(raw) }),
};
