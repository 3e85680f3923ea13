import { z } from 'zod';
import { corpusSchema, SCHEMA_VERSION } from './corpus';

/** A zod schema as JSON Schema (draft 2020-12), with a title and description, for consumers outside TypeScript. */
export function toJsonSchema(schema: z.ZodType, title: string, description: string): Record<string, unknown> {
  const json = z.toJSONSchema(schema, { target: 'draft-2020-12', unrepresentable: 'any' }) as Record<string, unknown>;
  return { ...json, title, description };
}

/** The corpus contract as JSON Schema. Generated from the zod schema. */
export function corpusJsonSchema(): Record<string, unknown> {
  return toJsonSchema(
    corpusSchema,
    'Parallax corpus',
    `A pre-processed news corpus for Parallax, schema version ${SCHEMA_VERSION}. Offsets are UTF-16 code units into articles[].text.`,
  );
}
