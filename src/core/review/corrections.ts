import type { Corpus, Entity } from '../schema/corpus';
import type { ReviewDecision } from './schema';
import { targetRowId } from './decisions';
import { locate, partsOf, setParts } from './workingCopy';

/** One change the review made to the corpus, with the value it replaced. */
export type Correction = {
  decisionId: string;
  /** The matrix row the change shows on. */
  rowId: string;
  articleId?: string;
  field: string;
  from: string | null;
  to: string | null;
};

/** What a correction touched, so statuses and independent counts are recomputed once at the end. */
export type Touched = Map<string, string>;

export type Context = { corpus: Corpus; corrections: Correction[]; touched: Touched };

/** Applies one correction to the working corpus; returns why it could not be applied, or null. */
export function applyCorrection(ctx: Context, decision: ReviewDecision): string | null {
  const { corpus } = ctx;
  const action = decision.action;
  const at = locate(corpus, decision.target);
  if (!at) return `no row "${targetRowId(decision.target)}" in this corpus`;
  const rowId = targetRowId(decision.target);
  const record = (field: string, from: string | null, to: string | null, articleId?: string) => {
    ctx.corrections.push({ decisionId: decision.id, rowId, field, from, to, ...(articleId ? { articleId } : {}) });
    ctx.touched.set(rowId, decision.id);
  };
  switch (action.kind) {
    case 'merge-entity': {
      if (at.list !== 'entities') return `"${rowId}" is not an entity`;
      const into = corpus.entities.findIndex((e) => e.id === action.into);
      if (into < 0 || action.into === rowId) return `no other entity "${action.into}" to merge into`;
      const gone = corpus.entities[at.index]!;
      const kept = corpus.entities[into]!;
      const variants = [...kept.variants];
      for (const v of [gone.name, ...gone.variants]) if (!variants.includes(v)) variants.push(v);
      const mentions = [...kept.mentions, ...gone.mentions].sort((a, b) =>
        a.articleId === b.articleId ? a.start - b.start : a.articleId < b.articleId ? -1 : 1,
      );
      corpus.entities[into] = { ...kept, variants, mentions };
      corpus.entities.splice(at.index, 1);
      record('merged into', gone.name, kept.name);
      ctx.corrections.push({
        decisionId: decision.id,
        rowId: kept.id,
        field: 'merged',
        from: kept.name,
        to: gone.name,
      });
      corpus.quotes = corpus.quotes.map((q) =>
        q.speakerEntityId === gone.id ? { ...q, speakerEntityId: kept.id } : q,
      );
      return null;
    }
    case 'split-variant': {
      if (at.list !== 'entities') return `"${rowId}" is not an entity`;
      const entity = corpus.entities[at.index]!;
      const newId = action.newId ?? `${entity.id}~${action.variant.toLowerCase().replace(/\s+/g, '-')}`;
      if (corpus.entities.some((e) => e.id === newId)) return `an entity "${newId}" already exists`;
      const textOf = (m: Entity['mentions'][number]) =>
        corpus.articles.find((a) => a.id === m.articleId)?.text.slice(m.start, m.end) ?? '';
      const moved = entity.mentions.filter((m) => textOf(m) === action.variant);
      if (moved.length === 0) return `no mention of "${rowId}" is written "${action.variant}"`;
      corpus.entities[at.index] = {
        ...entity,
        variants: entity.variants.filter((v) => v !== action.variant),
        mentions: entity.mentions.filter((m) => !moved.includes(m)),
      };
      const { role: _role, ...rest } = entity;
      corpus.entities.splice(at.index + 1, 0, {
        ...rest,
        id: newId,
        name: action.variant,
        variants: [action.variant],
        mentions: moved,
      });
      // No "was": the row the spelling left is the entity itself, named beside it.
      record('split off', null, `${action.variant} (${newId})`);
      return null;
    }
    case 'edit-reaction': {
      if (at.list !== 'reactions') return `"${rowId}" is not a reaction`;
      const reaction = { ...corpus.reactions[at.index]! };
      if (action.country !== undefined && action.country !== reaction.country) {
        record('country', reaction.country, action.country);
        reaction.country = action.country;
      }
      if (action.actor !== undefined && action.actor !== reaction.actor) {
        record('actor', reaction.actor, action.actor);
        reaction.actor = action.actor;
      }
      if (action.stance !== undefined && action.stance !== reaction.stance) {
        record('stance', reaction.stance, action.stance);
        reaction.stance = action.stance;
        delete reaction.stanceDetail; // the finer word belonged to the old stance
      }
      corpus.reactions[at.index] = reaction;
      return null;
    }
    case 'quote-speaker': {
      if (at.list !== 'quotes') return `"${rowId}" is not a quote`;
      const quote = corpus.quotes[at.index]!;
      const entityId = action.speakerEntityId ?? null;
      if (entityId !== null && !corpus.entities.some((e) => e.id === entityId)) return `no entity "${entityId}"`;
      record('speaker', quote.speaker, action.speaker);
      corpus.quotes[at.index] = { ...quote, speaker: action.speaker, speakerEntityId: entityId };
      return null;
    }
    case 'move-figure': {
      if (decision.target.kind !== 'cell' || at.list !== 'facts')
        return 'a figure is moved from one cell of a figure row';
      const articleId = decision.target.articleId;
      const values = partsOf(corpus, at).filter((v) => v.articleId === articleId);
      if (values.length === 0) return `"${rowId}" has no figure from article "${articleId}"`;
      const to = action.to === null ? -1 : corpus.facts.findIndex((f) => f.id === action.to);
      if (action.to !== null && (to < 0 || action.to === rowId)) return `no other figure row "${action.to}"`;
      setParts(
        corpus,
        at,
        partsOf(corpus, at).filter((v) => v.articleId !== articleId),
      );
      if (to >= 0) {
        const dest = corpus.facts[to]!;
        corpus.facts[to] = { ...dest, values: [...dest.values, ...(values as typeof dest.values)] };
        ctx.touched.set(dest.id, decision.id);
      }
      record('moved to', rowId, action.to ?? '(no row)', articleId);
      return null;
    }
    default:
      return null;
  }
}
