import type { Article, Entity } from '../../schema/corpus';
import { entityCountry, qualifyingCountries } from './actorCountry';
import { SUPRANATIONAL_NAMES } from './actors';
import { adjacentCountry } from './storyCountries';

/** Titles and roles that make a named person speak for a state or an organisation. */
const OFFICE_WORDS =
  'president|minister|premier|chancellor|secretary|spokes(?:man|woman|person)|ambassador|envoy|governor|mayor|senator|representative|official|chief|director|leader|king|queen|emir|sultan|general|commander|negotiator|officer|cleric|ayatollah|sheikh|imam|pope|diplomat|chairman|head|delegate|lawmaker|prosecutor';
export const OFFICE = new RegExp(String.raw`\b(?:${OFFICE_WORDS})\b`, 'i');
/** Offices of a state, as against those of a company or a research centre ("chairman", "director"). */
const STATE_OFFICE =
  /\b(?:president|minister|premier|chancellor|secretary|spokes(?:man|woman|person)|ambassador|envoy|governor|mayor|senator|representative|official|king|queen|emir|sultan|general|commander|negotiator|officer|cleric|ayatollah|sheikh|imam|diplomat|lawmaker|prosecutor)\b/i;

const OFFICE_BEFORE_NAME = new RegExp(`${OFFICE.source},?\\s+(?:[\\p{Lu}][\\p{L}.-]*\\s+){0,3}$`, 'iu');
const OFFICE_AFTER_NAME = new RegExp(`^,\\s+(?:[\\w'’-]+\\s+){0,4}?${OFFICE.source}`, 'i');

/** What may stand between an organisation and a person's name: titles, capitalised words, "of", "the". */
const TITLE_WORD = String.raw`(?:[\p{Lu}][\p{L}.'’-]*|of|for|the|${OFFICE_WORDS})`;
/** "UN Secretary-General X", "At the United Nations, Secretary General X", "the NATO chief, X". */
const ORG_BEFORE_NAME = new RegExp(
  String.raw`(${SUPRANATIONAL_NAMES})(?:['’]s)?[\s,]+(?:${TITLE_WORD}[\s,-]+){1,5}$`,
  'u',
);
/** "X, the UN secretary-general", "X, secretary general of the United Nations". */
const ORG_AFTER_NAME = new RegExp(
  String.raw`^,\s+(?:the\s+)?(?:${TITLE_WORD}[\s-]+){0,4}?(?:(?:of|at)\s+the\s+)?(${SUPRANATIONAL_NAMES})\b`,
  'u',
);

/** The body above countries (the UN, an alliance) that a person speaks for at one mention, if one is named with them. */
function organizationAt(text: string, start: number, end: number): string | null {
  const before = text.slice(Math.max(0, start - 70), start).match(ORG_BEFORE_NAME)?.[1];
  return before ?? text.slice(end, end + 70).match(ORG_AFTER_NAME)?.[1] ?? null;
}

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
  /**
   * The organisation above countries a person speaks for ("UN Secretary-General X"): named beside
   * them here, else at another of their mentions, and only when no country is named beside them here.
   */
  organizationOf: (entity: Entity, article: Article, start: number, end: number) => string | null;
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
  const bodies = new Map<string, string | null>();
  const countryHere = (article: Article, start: number, end: number) =>
    qualifyingCountries(article.text, start, end)[0] ?? adjacentCountry(article.text, start);
  return {
    isOfficial: (entity) => officeOf(entity) !== '',
    countryOf: (entity, article, start, end, nearby = null) => {
      const here = countryHere(article, start, end);
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
    organizationOf: (entity, article, start, end) => {
      if (countryHere(article, start, end)) return null;
      const here = organizationAt(article.text, start, end);
      if (here) return here;
      if (!bodies.has(entity.id)) {
        let body: string | null = null;
        for (const m of entity.mentions) body ??= organizationAt(byId.get(m.articleId)?.text ?? '', m.start, m.end);
        bodies.set(entity.id, body && !entityCountry(entity, byId) ? body : null);
      }
      return bodies.get(entity.id)!;
    },
  };
}
