import { toJsonSchema } from '../schema/jsonSchema';
import { REVIEW_SCHEMA_VERSION, reviewSchema } from './schema';

/** The review file's contract as JSON Schema, generated from the zod schema like the corpus's. */
export function reviewJsonSchema(): Record<string, unknown> {
  return toJsonSchema(
    reviewSchema,
    'Parallax review',
    `An analyst's verdicts, notes and corrections on one Parallax corpus, review schema version ${REVIEW_SCHEMA_VERSION}. Decisions are append-only and identified by id.`,
  );
}
