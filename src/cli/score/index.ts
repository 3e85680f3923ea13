import type { Corpus } from '../../core/schema/corpus';
import { scoreFacts, type FactFigures } from './facts';
import type { Gold } from './gold';
import { scorePeople, type PeopleFigures } from './people';
import { scoreQuotes, type QuoteFigures } from './quotes';
import { scoreReactions, type ReactionFigures } from './reactions';
import { scoreReuse, type ReuseFigures } from './reuse';
import { articleKeyResolver } from './text';

export { parseGold, type Gold } from './gold';

/** The reference scorer's figures, section by section, under its names (see ../shared/tools/score.mjs). */
export type Score = {
  reactions: ReactionFigures;
  facts: FactFigures;
  people: PeopleFigures;
  quotes: QuoteFigures;
  reuse: ReuseFigures;
};

export function scoreCorpus(corpus: Corpus, gold: Gold): Score {
  const toCorpus = articleKeyResolver(corpus.articles.map((a) => String(a.id)));
  return {
    reactions: scoreReactions(corpus, gold, toCorpus),
    facts: scoreFacts(corpus, gold, toCorpus),
    people: scorePeople(corpus, gold),
    quotes: scoreQuotes(corpus, gold, toCorpus),
    reuse: scoreReuse(corpus, gold, toCorpus),
  };
}

/** One line a section, `name  key=value  key=value`, as the reference prints it. */
export function scoreLines(score: Score): string {
  return Object.entries(score)
    .map(
      ([section, figures]) =>
        `${section.padEnd(10)} ${Object.entries(figures as Record<string, unknown>)
          .map(([k, v]) => `${k}=${String(v)}`)
          .join('  ')}`,
    )
    .join('\n');
}
