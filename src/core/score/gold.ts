import { z } from 'zod';

const byArticle = <T extends z.ZodType>(value: T) => z.record(z.string(), value);

const goldEntity = z.object({
  canonical: z.string(),
  variants: z.array(z.string()),
  salience: z.string().optional(),
});

/** The gold annotation format (see test/gold/README.md); unknown fields are ignored. */
export const goldSchema = z.object({
  people: z.array(goldEntity).default([]),
  organisations: z.array(goldEntity).default([]),
  places: z.array(goldEntity).default([]),
  numeric_facts: z
    .array(z.object({ id: z.string(), values: byArticle(z.union([z.number(), z.string(), z.boolean()])) }))
    .default([]),
  contradictions: z.array(z.object({ fact_id: z.string(), severity: z.string() })).default([]),
  quotes: z
    .array(z.object({ id: z.string(), speaker: z.string(), variants_by_article: byArticle(z.string()) }))
    .default([]),
  reactions: z
    .array(
      z.object({
        country_iso2: z.string(),
        stance: z.string(),
        actor: z.string(),
        articles: z.array(z.string()),
        importance: z.string().optional(),
      }),
    )
    .default([]),
  reuse_pairs: z.array(z.object({ a: z.string(), b: z.string() })).default([]),
});

export type Gold = z.infer<typeof goldSchema>;
export type GoldEntity = z.infer<typeof goldEntity>;
