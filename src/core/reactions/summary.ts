import type { Reaction, Stance } from '../schema/corpus';
import { countryName } from './countries';
import { distinctArticleIds } from './filter';
import { STANCE_LABELS, STANCES, type CountryStance } from './stances';
import { groupBy } from '../collections/groupBy';

/** Everything the map needs to know about one reacting country. */
export type CountrySummary = {
  code: string;
  name: string;
  reactions: Reaction[];
  /** Distinct stances, in legend order. */
  stances: Stance[];
  /** The one stance all its reactions share, or "mixed". */
  stance: CountryStance;
  actors: string[];
  /** Articles reporting any of its reactions. */
  articleIds: string[];
};

function summarise(code: string, reactions: Reaction[]): CountrySummary {
  const present = new Set(reactions.map((r) => r.stance));
  const stances = STANCES.filter((s) => present.has(s));
  const [only] = stances;
  return {
    code,
    name: countryName(code),
    reactions,
    stances,
    stance: stances.length === 1 && only ? only : 'mixed',
    actors: [...new Set(reactions.map((r) => r.actor))],
    articleIds: [...new Set(reactions.flatMap(distinctArticleIds))],
  };
}

/** One summary per country that reacted (the actor's country, never where the story was reported), by name. */
export function summariseByCountry(reactions: readonly Reaction[]): CountrySummary[] {
  return [...groupBy(reactions, (r) => r.country)]
    .map(([code, list]) => summarise(code, list))
    .sort((a, b) => a.name.localeCompare(b.name, 'en'));
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** One line for a tooltip or an accessible name: "2 reactions (Condemn, Call for calm), reported by 1 article". */
export function summaryLine(summary: CountrySummary): string {
  const stances = summary.stances.map((s) => STANCE_LABELS[s]).join(', ');
  const mixed = summary.stance === 'mixed' ? 'mixed: ' : '';
  return `${plural(summary.reactions.length, 'reaction')} (${mixed}${stances}), reported by ${plural(summary.articleIds.length, 'article')}`;
}
