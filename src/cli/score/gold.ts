import { z } from 'zod';

/**
 * The gold annotation format (test/gold/README.md). Only the fields the score reads are checked;
 * everything else a gold file holds (evidence, notes, contradictions) passes through unread.
 */
const articleKeys = z.array(z.string()).default([]);

const goldReaction = z.looseObject({
  country_iso2: z.string().optional(),
  country: z.string().optional(),
  stance: z.string().optional(),
  alternate_stance: z.string().optional(),
  articles: articleKeys,
  importance: z.string().optional(),
});

const goldFact = z.looseObject({
  id: z.string().optional(),
  what: z.string().optional(),
  compatible: z.boolean().optional(),
  values: z.record(z.string(), z.unknown()).default({}),
});

const goldPerson = z.looseObject({
  canonical: z.string(),
  variants: z.array(z.string()).default([]),
  salience: z.string().optional(),
});

const quoteWording = z.union([z.string(), z.array(z.string())]);

const goldQuote = z.looseObject({
  variants_by_article: z.record(z.string(), quoteWording).optional(),
  articles: articleKeys,
  text_start: z.string().optional(),
});

const goldPair = z.looseObject({ a: z.string(), b: z.string(), level: z.string().optional() });

export const goldSchema = z.looseObject({
  reactions: z.array(goldReaction).default([]),
  numeric_facts: z.array(goldFact).default([]),
  people: z.array(goldPerson).default([]),
  quotes: z.array(goldQuote).default([]),
  reuse_pairs: z.array(goldPair).default([]),
});

export type Gold = z.infer<typeof goldSchema>;

export function parseGold(value: unknown): { ok: true; gold: Gold } | { ok: false; message: string } {
  const parsed = goldSchema.safeParse(value);
  if (parsed.success) return { ok: true, gold: parsed.data };
  const issue = parsed.error.issues[0];
  return {
    ok: false,
    message: `the gold file does not match the expected shape at ${issue?.path.join('.') || '(top level)'}: ${issue?.message ?? ''}`,
  };
}
