import type { Corpus } from '../schema/corpus';
import { goldSchema, type Gold } from './gold';
import { scoreEntities, type EntityScore } from './scoreEntities';
import { scoreFacts, type FactScore } from './scoreFacts';
import { scoreQuotes, type QuoteScore } from './scoreQuotes';
import { scoreReactions, type ReactionScore } from './scoreReactions';
import { scoreReuse, type ReuseScore } from './scoreReuse';

export type Score = {
  people: EntityScore;
  entities: EntityScore;
  facts: FactScore;
  quotes: QuoteScore;
  reactions: ReactionScore;
  reuse: ReuseScore;
};

export function parseGold(value: unknown): { ok: true; gold: Gold } | { ok: false; message: string } {
  const parsed = goldSchema.safeParse(value);
  if (parsed.success) return { ok: true, gold: parsed.data };
  const issue = parsed.error.issues[0];
  return {
    ok: false,
    message: `the gold file does not match the expected shape: ${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''}`,
  };
}

/** Gold article keys are short prefixes of corpus article ids ("000" for "000_a93…"). */
export function articleKeyOf(corpus: Corpus, gold: Gold): (id: string) => string {
  const keys = new Set<string>();
  for (const r of gold.reactions) r.articles.forEach((a) => keys.add(a));
  for (const f of gold.numeric_facts) Object.keys(f.values).forEach((a) => keys.add(a));
  const sorted = [...keys].sort((a, b) => b.length - a.length);
  const map = new Map(corpus.articles.map((a) => [a.id, sorted.find((k) => a.id.startsWith(k)) ?? a.id]));
  return (id) => map.get(id) ?? id;
}

/** How close a corpus is to a hand annotation, section by section. */
export function scoreCorpus(corpus: Corpus, gold: Gold): Score {
  const articleOf = articleKeyOf(corpus, gold);
  return {
    people: scoreEntities(corpus, gold, ['people']),
    entities: scoreEntities(corpus, gold, ['people', 'organisations', 'places']),
    facts: scoreFacts(corpus, gold, articleOf),
    quotes: scoreQuotes(corpus, gold, articleOf),
    reactions: scoreReactions(corpus, gold, articleOf),
    reuse: scoreReuse(corpus, gold, articleOf),
  };
}
