/**
 * The small word sets `classify` reads a candidate's neighbours with: prepositions and settlement
 * nouns that place a name, articles that open a thing's name, page-furniture labels, and nouns
 * after a name that say it is an organisation's. Generic English, tied to no story.
 */

/** Prepositions after which a lone name is a place ("in Tarvel"). */
export const PLACE_PREPOSITIONS = new Set([
  'in',
  'at',
  'near',
  'from',
  'to',
  'into',
  'across',
  'outside',
  'inside',
  'toward',
  'towards',
]);

/** Nouns for a settlement or an area that name a place with "of": "the town of X", "the province of Y". */
export const SETTLEMENTS = new Set([
  'town',
  'city',
  'village',
  'hamlet',
  'suburb',
  'municipality',
  'province',
  'region',
  'district',
  'county',
  'state',
  'port',
  'island',
  'capital',
]);

/** Words that open a noun phrase: the name after one heads a thing's name, or modifies a noun. */
export const ARTICLES = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those']);

/** Labels of photos, videos and galleries that page furniture is made of. */
export const FURNITURE = new Set([
  'image',
  'images',
  'photo',
  'photos',
  'video',
  'videos',
  'caption',
  'slideshow',
  'replay',
  'gallery',
]);

/** Lower-case nouns after a name that make it an organisation's: "the X newspaper", "the Y group". */
export const KIND_NOUNS = new Set([
  'newspaper',
  'paper',
  'daily',
  'magazine',
  'agency',
  'broadcaster',
  'channel',
  'network',
  'company',
  'firm',
  'conglomerate',
  'carrier',
  'airline',
  'maker',
  'bank',
  'party',
  'militia',
  'group',
  'ministry',
]);

/** More kinds of organisation that come before a name as its description: "the streaming service X". */
export const APPOSITIVE_KINDS = new Set([
  'service',
  'platform',
  'operator',
  'retailer',
  'insurer',
  'lender',
  'startup',
  'giant',
  'manufacturer',
  'supplier',
  'developer',
  'publisher',
]);
