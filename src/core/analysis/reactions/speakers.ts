import type { Article, Entity } from '../../schema/corpus';
import { entityCountry, qualifyingCountries } from './actorCountry';
import { adjacentCountry } from './storyCountries';

/** Titles and roles that make a named person speak for a state or an organisation. */
export const OFFICE =
  /\b(?:president|minister|premier|chancellor|secretary|spokes(?:man|woman|person)|ambassador|envoy|governor|mayor|senator|representative|official|chief|director|leader|king|queen|emir|sultan|general|commander|negotiator|officer|cleric|ayatollah|sheikh|imam|pope|diplomat|chairman|head|delegate|lawmaker|prosecutor)\b/i;
/** Offices of a state, as against those of a company or a research centre ("chairman", "director"). */
const STATE_OFFICE =
  /\b(?:president|minister|premier|chancellor|secretary|spokes(?:man|woman|person)|ambassador|envoy|governor|mayor|senator|representative|official|king|queen|emir|sultan|general|commander|negotiator|officer|cleric|ayatollah|sheikh|imam|diplomat|lawmaker|prosecutor)\b/i;

const OFFICE_BEFORE_NAME = new RegExp(`${OFFICE.source}\\s+(?:[\\p{Lu}][\\p{L}.-]*\\s+){0,3}$`, 'iu');
const OFFICE_AFTER_NAME = new RegExp(`^,\\s+(?:[\\w'’-]+\\s+){0,4}?${OFFICE.source}`, 'i');

/** Who a person is for the reactions: their office, if any, and the country they speak for. */
export type Speakers = {
  isOfficial: (entity: Entity) => boolean;
  /**
   * The country a person speaks for at one mention: one named beside them, else the one most of
   * their mentions give, else (for a state office only) `nearby`, the country that reacted in the
   * sentence just before ("China denounced …. Spokesman X said"), or the story's own country, which
   * comes first for an official named in more than one report.
   */
  countryOf: (entity: Entity, article: Article, start: number, end: number, nearby?: string | null) => string | null;
};

/** Reads each person's office and country once, on first asking, for the whole corpus. */
export function speakers(byId: ReadonlyMap<string, Article>, home: string | null): Speakers {
  // A person speaks for a state when some mention gives them an office ("Interior Minister X", "X, a spokesman").
  const offices = new Map<string, string>();
  const officeOf = (entity: Entity): string => {
    if (!offices.has(entity.id)) {
      const role = (entity as { role?: string }).role ?? '';
      let office = role.match(OFFICE)?.[0] ?? entity.name.match(OFFICE)?.[0] ?? '';
      for (const m of entity.mentions) {
        if (office) break;
        const text = byId.get(m.articleId)?.text ?? '';
        const before = text.slice(Math.max(0, m.start - 50), m.start);
        const after = text.slice(m.end, m.end + 80);
        office = before.match(OFFICE_BEFORE_NAME)?.[0] ?? after.match(OFFICE_AFTER_NAME)?.[0] ?? '';
      }
      offices.set(entity.id, office);
    }
    return offices.get(entity.id)!;
  };
  const voted = new Map<string, string | null>();
  return {
    isOfficial: (entity) => officeOf(entity) !== '',
    countryOf: (entity, article, start, end, nearby = null) => {
      const here = qualifyingCountries(article.text, start, end)[0] ?? adjacentCountry(article.text, start);
      if (here) return here;
      if (!voted.has(entity.id)) {
        let country = entityCountry(entity, byId);
        for (const m of entity.mentions) country ??= adjacentCountry(byId.get(m.articleId)?.text ?? '', m.start);
        voted.set(entity.id, country);
      }
      // Only a state office makes someone with no named country speak for the country of the story,
      // or for the one that reacted just before. An official several outlets name is the story's own:
      // a foreign spokesman comes up beside his country's statement, in one report.
      if (voted.get(entity.id)) return voted.get(entity.id)!;
      if (!STATE_OFFICE.test(officeOf(entity))) return null;
      const reports = new Set(entity.mentions.map((m) => m.articleId)).size;
      return reports > 1 ? (home ?? nearby) : (nearby ?? home);
    },
  };
}
