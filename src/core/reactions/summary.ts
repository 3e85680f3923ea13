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

/**
 * One summary per country that reacted (the actor's country, never where the story was reported), by name.
 * Organisations that speak for no one country are left to `summariseByOrganization`.
 */
export function summariseByCountry(reactions: readonly Reaction[]): CountrySummary[] {
  const withCountry = reactions.filter((r): r is Reaction & { country: string } => r.country !== null);
  return [...groupBy(withCountry, (r) => r.country)]
    .map(([code, list]) => summarise(code, list))
    .sort((a, b) => a.name.localeCompare(b.name, 'en'));
}

/** What one supranational or non-state organisation said, for the list beside the map. */
export type OrganizationSummary = {
  name: string;
  reactions: Reaction[];
  stances: Stance[];
  actors: string[];
  articleIds: string[];
};

/** One summary per organisation that reacted without a country (the UN, an alliance, an NGO), by name. */
export function summariseByOrganization(reactions: readonly Reaction[]): OrganizationSummary[] {
  const stateless = reactions.filter((r) => r.country === null);
  return [...groupBy(stateless, (r) => r.organization ?? r.actor)]
    .map(([name, list]) => {
      const present = new Set(list.map((r) => r.stance));
      return {
        name,
        reactions: list,
        stances: STANCES.filter((s) => present.has(s)),
        actors: [...new Set(list.map((r) => r.actor))],
        articleIds: [...new Set(list.flatMap(distinctArticleIds))],
      };
    })
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
