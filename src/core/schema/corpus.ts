import { z } from 'zod';

/**
 * The corpus contract: what the pipeline writes and the app reads.
 * Names may grow between schema versions, never shrink (see DESIGN.md).
 * Offsets are UTF-16 code-unit offsets into `articles[].text`.
 *
 * 1.1.0 added, all optional or wider, so 1.0.0 corpora still load as they are: figure frames
 * (qualifier, scope) and the statuses compatible and updated; reactions by organisations (country
 * null, `organization`), `stanceDetail` and `target`; an entity's `role`; new kinds of removed
 * page furniture; problems of `level` warning (the article was kept, one field of it dropped).
 */
export const SCHEMA_VERSION = '1.1.0';

const nonNegativeInt = z.number().int().nonnegative();

/** A half-open range [start, end) into one article's stored text. */
export const spanSchema = z
  .object({
    articleId: z.string().min(1),
    start: nonNegativeInt,
    end: nonNegativeInt,
  })
  .refine((s) => s.end >= s.start, { message: 'end must not be before start', path: ['end'] });

export const rangeSchema = z
  .object({ start: nonNegativeInt, end: nonNegativeInt })
  .refine((s) => s.end >= s.start, { message: 'end must not be before start', path: ['end'] });

/** Text taken out of an article while cleaning, kept because it can name a source. */
export const removedLineSchema = z.object({
  kind: z.enum([
    'ad',
    'photo-credit',
    'copyright',
    'credit',
    'site-label',
    'header',
    'blank-noise',
    // Page furniture from scraped web text: kept as evidence, never in the text.
    'caption',
    'media',
    'share',
    'newsletter',
    'related',
    'ticker',
    'markup',
    'contributor',
    'contact',
  ]),
  text: z.string(),
  /** 1-based line number in the original file. */
  line: z.number().int().positive(),
});

/** Why a source was named: the words in the article that name it. */
export const sourceEvidenceSchema = z.object({
  articleId: z.string().min(1),
  text: z.string().min(1),
  rule: z.enum(['header', 'copyright', 'credit-line', 'site-label', 'wire-attribution', 'none']),
});

export const sourceSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  kind: z.enum(['wire', 'outlet', 'unknown']),
  evidence: z.array(sourceEvidenceSchema),
});

export const articleSchema = z.object({
  id: z.string().min(1),
  sourceId: z.string().min(1),
  /** Wires and agencies the text credits (copyright, credit lines, "told Reuters"). */
  credits: z.array(z.string()),
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'an ISO date YYYY-MM-DD')
    .nullable(),
  title: z.string(),
  url: z.string().nullable(),
  language: z.string(),
  text: z.string(),
  paragraphs: z.array(rangeSchema),
  sentences: z.array(rangeSchema),
  removed: z.array(removedLineSchema),
});

export const entityKindSchema = z.enum(['person', 'organization', 'place', 'country', 'other']);

export const entitySchema = z.object({
  id: z.string().min(1),
  kind: entityKindSchema,
  name: z.string().min(1),
  variants: z.array(z.string()),
  /** ISO 3166-1 alpha-2 where the entity is, or speaks for, a country. */
  country: z.string().length(2).nullable().optional(),
  mentions: z.array(spanSchema),
  /** For a person, the title or role the articles give most often ("Foreign Minister"). */
  role: z.string().optional(),
});

/** `compatible`: values differ but can all be true ("at least 130" and 150); `updated`: a later report raises a running total. */
export const factStatusSchema = z.enum(['agree', 'compatible', 'updated', 'conflict', 'single']);

export const qualifierSchema = z.enum(['exact', 'at_least', 'at_most', 'about', 'range']);

export const factValueSchema = z.object({
  articleId: z.string().min(1),
  /** A number for quantities, an ISO date for dates. */
  value: z.union([z.number(), z.string()]),
  /** The words that state the value, e.g. "six". */
  text: z.string(),
  start: nonNegativeInt,
  end: nonNegativeInt,
  qualifier: qualifierSchema.optional(),
  /** Upper bound when the qualifier is a range. */
  upper: z.number().optional(),
  /** Index into the article's sentences. */
  sentence: nonNegativeInt.optional(),
  /** Who the text says gave the figure: "security sources told Reuters". */
  attribution: z.string().optional(),
  /** The time the figure holds for, as the text words it: "on Sunday", "so far this year". */
  scope: z.string().optional(),
});

export const factSchema = z.object({
  id: z.string().min(1),
  label: z.string().min(1),
  kind: z.enum(['quantity', 'date']),
  unit: z.string().optional(),
  status: factStatusSchema,
  values: z.array(factValueSchema),
  /** Sources that support the row once copies of one story count once. */
  independent: nonNegativeInt.optional(),
});

export const quoteVariantSchema = z.object({
  articleId: z.string().min(1),
  text: z.string(),
  start: nonNegativeInt,
  end: nonNegativeInt,
  sentence: nonNegativeInt.optional(),
});

export const quoteSchema = z.object({
  id: z.string().min(1),
  speaker: z.string(),
  speakerEntityId: z.string().nullable().optional(),
  variants: z.array(quoteVariantSchema),
  independent: nonNegativeInt.optional(),
});

export const stanceSchema = z.enum(['condemn', 'support', 'concern', 'call_for_calm', 'offer_help', 'blame', 'other']);

export const reactionMentionSchema = z.object({
  articleId: z.string().min(1),
  start: nonNegativeInt,
  end: nonNegativeInt,
  sentence: nonNegativeInt.optional(),
  /** The quoted words carried with the reaction, if any. */
  quote: z.string().optional(),
});

export const reactionSchema = z.object({
  id: z.string().min(1),
  /** ISO 3166-1 alpha-2 of the country the actor speaks for; null for supranational and non-state actors. */
  country: z
    .string()
    .regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 code such as "FR"')
    .nullable(),
  /** The organisation that reacted when it speaks for no one country (an alliance, a UN body, an NGO). */
  organization: z.string().optional(),
  actor: z.string(),
  actorKind: z
    .enum(['government', 'head_of_state', 'official', 'ministry', 'party', 'religious', 'organization', 'other'])
    .optional(),
  stance: stanceSchema,
  /** A finer word for the stance, e.g. "criticise", "reject", "welcome", "warn", "retaliate", "condolence". */
  stanceDetail: z.string().optional(),
  /** Towards whom or what the reaction is, in the text's words ("the new levy", "the embassy"). */
  target: z.string().optional(),
  mentions: z.array(reactionMentionSchema),
  independent: nonNegativeInt.optional(),
});

export const alignedPairSchema = z.object({
  a: nonNegativeInt,
  b: nonNegativeInt,
  score: z.number().min(0).max(1),
});

export const alignmentSchema = z.object({
  a: z.string().min(1),
  b: z.string().min(1),
  /** Shared wording: the share of the shorter article's four-word sequences the other also holds. */
  reuse: z.number().min(0).max(1),
  pairs: z.array(alignedPairSchema),
  /** Inferred direction and kind of reuse, where the evidence allows. */
  lineage: z.enum(['copy', 'paraphrase', 'shared-source', 'independent']).optional(),
});

export const corpusSchema = z.object({
  schemaVersion: z.string().min(1),
  id: z.string().min(1),
  title: z.string(),
  hash: z.string().min(1),
  generator: z.string().optional(),
  sources: z.array(sourceSchema),
  articles: z.array(articleSchema),
  entities: z.array(entitySchema),
  facts: z.array(factSchema),
  quotes: z.array(quoteSchema),
  reactions: z.array(reactionSchema),
  alignments: z.array(alignmentSchema),
  /**
   * Files or records that could not be used, with the reason; a `warning` names an article that was
   * kept with one field dropped (an address that is not http or https).
   */
  problems: z
    .array(
      z.object({
        file: z.string(),
        record: z.number().int().optional(),
        message: z.string(),
        level: z.enum(['skipped', 'warning']).optional(),
      }),
    )
    .optional(),
});

export type Span = z.infer<typeof spanSchema>;
export type Range = z.infer<typeof rangeSchema>;
export type RemovedLine = z.infer<typeof removedLineSchema>;
export type SourceEvidence = z.infer<typeof sourceEvidenceSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type Article = z.infer<typeof articleSchema>;
export type EntityKind = z.infer<typeof entityKindSchema>;
export type Entity = z.infer<typeof entitySchema>;
export type FactStatus = z.infer<typeof factStatusSchema>;
export type FactValue = z.infer<typeof factValueSchema>;
export type Fact = z.infer<typeof factSchema>;
export type QuoteVariant = z.infer<typeof quoteVariantSchema>;
export type Quote = z.infer<typeof quoteSchema>;
export type Stance = z.infer<typeof stanceSchema>;
export type ReactionMention = z.infer<typeof reactionMentionSchema>;
export type Reaction = z.infer<typeof reactionSchema>;
export type AlignedPair = z.infer<typeof alignedPairSchema>;
export type Alignment = z.infer<typeof alignmentSchema>;
export type Corpus = z.infer<typeof corpusSchema>;
export type Problem = NonNullable<Corpus['problems']>[number];

/** A problem that cost a file or record, as against a warning about an article that was kept. */
export const isSkip = (problem: Problem) => problem.level !== 'warning';
