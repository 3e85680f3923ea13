import { z } from 'zod';
import { stanceSchema } from '../schema/corpus';

/**
 * An analyst's review of one corpus: an append-only list of decisions (verdicts, notes and
 * corrections), kept apart from the corpus so a rebuilt corpus can take the same review back
 * wherever its ids still match. Each decision has its own id, so two copies of one review (two
 * tabs, two files) merge by id without losing any.
 */
export const REVIEW_SCHEMA_VERSION = '1.0.0';

/** Limits that keep a hostile or runaway file from exhausting the page or the command line. */
export const REVIEW_LIMITS = { decisions: 50_000, text: 10_000, id: 500 } as const;

const id = z.string().min(1).max(REVIEW_LIMITS.id);
const text = z.string().max(REVIEW_LIMITS.text);

/** What a decision is about: a whole matrix row, one cell of it, a reaction, a quote or an entity. */
export const reviewTargetSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('row'), rowId: id }),
  z.object({ kind: z.literal('cell'), rowId: id, articleId: id }),
  z.object({ kind: z.literal('reaction'), reactionId: id }),
  z.object({ kind: z.literal('quote'), quoteId: id }),
  z.object({ kind: z.literal('entity'), entityId: id }),
]);

export const verdictSchema = z.enum(['verified', 'dismissed']);

export const reviewActionSchema = z.discriminatedUnion('kind', [
  /** The finding is right (verified) or wrong (dismissed: left out of the corrected corpus). */
  z.object({ kind: z.literal('verdict'), verdict: verdictSchema }),
  /** Clears an earlier decision of this review, named by its id. */
  z.object({ kind: z.literal('undo'), decisionId: id }),
  /** Free text; the latest note on a target is the one that counts, an empty one clears it. */
  z.object({ kind: z.literal('note'), text }),
  /** The target entity is the same as `into`: its variants and mentions join it. */
  z.object({ kind: z.literal('merge-entity'), into: id }),
  /** Mentions written as `variant` are another entity, `newId` (default: the entity id + "~" + the variant). */
  z.object({ kind: z.literal('split-variant'), variant: text.min(1), newId: id.optional() }),
  /** A reaction read wrongly: any of its country (null for an organisation), actor or stance. */
  z.object({
    kind: z.literal('edit-reaction'),
    country: z
      .string()
      .regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 code such as "FR"')
      .nullable()
      .optional(),
    actor: text.min(1).optional(),
    stance: stanceSchema.optional(),
  }),
  /** The quote's speaker, by name and optionally by entity. */
  z.object({ kind: z.literal('quote-speaker'), speaker: text, speakerEntityId: id.nullable().optional() }),
  /** A cell's figure belongs to another row (`to`), or to no row at all (null). */
  z.object({ kind: z.literal('move-figure'), to: id.nullable() }),
]);

export const reviewDecisionSchema = z.object({
  id,
  /** When it was made, as the caller's clock gave it (ISO 8601); the order decisions apply in. */
  time: z.iso.datetime({ offset: true }),
  /** Who made it, when a merged review holds several reviewers' decisions. */
  author: text.optional(),
  target: reviewTargetSchema,
  action: reviewActionSchema,
});

export const reviewSchema = z.object({
  schemaVersion: z.string().regex(/^\d+\.\d+\.\d+$/, 'a version such as "1.0.0"'),
  /** The corpus reviewed: its id (the event) and the hash of the build the decisions were made on. */
  corpus: z.object({ id, hash: id }),
  author: text,
  decisions: z.array(reviewDecisionSchema).max(REVIEW_LIMITS.decisions),
});

export type ReviewTarget = z.infer<typeof reviewTargetSchema>;
export type Verdict = z.infer<typeof verdictSchema>;
export type ReviewAction = z.infer<typeof reviewActionSchema>;
export type ReviewDecision = z.infer<typeof reviewDecisionSchema>;
export type Review = z.infer<typeof reviewSchema>;
