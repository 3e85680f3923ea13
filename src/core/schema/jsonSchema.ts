import { z } from 'zod';
import { corpusSchema, SCHEMA_VERSION } from './corpus';

/** The corpus contract as JSON Schema, for consumers outside TypeScript. Generated from the zod schema. */
export function corpusJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(corpusSchema, { target: 'draft-2020-12', unrepresentable: 'any' }) as Record<
    string,
    unknown
  >;
  return {
    ...schema,
    title: 'Parallax corpus',
    description: `A pre-processed news corpus for Parallax, schema version ${SCHEMA_VERSION}. Offsets are UTF-16 code units into articles[].text.`,
  };
}
