import { wordTable } from '../text/wordTable';

/**
 * Leftover HTML in scraped text: tags, comments and character entities that a scraper did not
 * render. Hand-written because the core must not pull in a DOM for every .txt line; the element
 * and entity names below are HTML's own vocabulary, not fitted to any site.
 */

const SCRIPT_BLOCK = /<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>|<!--[\s\S]*?-->/gi;
/** Elements that break a paragraph: what follows them starts a new block of text. */
const BLOCK_TAG =
  /<\/?(?:p|div|br|li|ul|ol|h[1-6]|table|tbody|thead|tr|td|th|blockquote|section|article|figure|figcaption|header|footer|main|aside|nav|hr|dl|dt|dd)\b[^<>]*\/?>/gi;
/** Elements that sit inside a sentence: they go without a trace. */
const INLINE_TAG =
  /<\/?(?:a|abbr|b|i|u|s|em|strong|span|small|big|sup|sub|font|mark|cite|q|code|time|img|source|picture|video|audio|iframe|embed|object|link|meta|input|button|label|center|del|ins|wbr|noscript|svg|path|g|use|template)\b[^<>]*\/?>/gi;
const ENTITY =
  /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z][a-zA-Z0-9]{1,7}));|&(nbsp|amp|quot|lt|gt)(?=[^\w;]|$)/g;

const NAMED = wordTable<string>({
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ensp: ' ',
  emsp: ' ',
  thinsp: ' ',
  shy: '',
  zwnj: '',
  zwj: '',
  ndash: '–',
  mdash: '—',
  lsquo: '‘',
  rsquo: '’',
  sbquo: '‚',
  ldquo: '“',
  rdquo: '”',
  bdquo: '„',
  laquo: '«',
  raquo: '»',
  hellip: '…',
  middot: '·',
  bull: '•',
  copy: '©',
  reg: '®',
  trade: '™',
  euro: '€',
  pound: '£',
  yen: '¥',
  cent: '¢',
  deg: '°',
  times: '×',
  divide: '÷',
  frac12: '½',
  frac14: '¼',
  frac34: '¾',
  eacute: 'é',
  egrave: 'è',
  aacute: 'á',
  agrave: 'à',
  iacute: 'í',
  oacute: 'ó',
  uacute: 'ú',
  uuml: 'ü',
  ouml: 'ö',
  auml: 'ä',
  ntilde: 'ñ',
  ccedil: 'ç',
  szlig: 'ß',
});

function decodeEntity(match: string, dec?: string, hex?: string, name?: string, bare?: string): string {
  if (dec || hex) {
    const code = dec ? Number(dec) : parseInt(hex!, 16);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : match;
  }
  const value = NAMED[(name ?? bare ?? '').toLowerCase()];
  return value ?? match;
}

/** Character entities decoded; unknown names are left as written. */
export function decodeEntities(text: string): string {
  return text.includes('&') ? text.replace(ENTITY, decodeEntity) : text;
}

/** Script, style and comment blocks blanked out, keeping the line count (so line numbers stay true). */
export function blankScriptBlocks(body: string): { body: string; found: string[] } {
  const found: string[] = [];
  if (!body.includes('<')) return { body, found };
  const out = body.replace(SCRIPT_BLOCK, (block) => {
    found.push(block.replace(/\s+/g, ' ').slice(0, 80));
    return block.replace(/[^\n]/g, '');
  });
  return { body: out, found };
}

export type MarkupResult = {
  /** The line's text as blocks: a block-level tag inside the line starts a new one. */
  blocks: string[];
  /** The markup taken out or decoded, as written (deduplicated), for the evidence list. */
  found: string[];
};

/** One line of text with its leftover tags removed and its entities decoded. */
export function stripMarkup(line: string): MarkupResult {
  if (!line.includes('<') && !line.includes('&')) return { blocks: [line], found: [] };
  const found = new Set<string>();
  const note = (m: string) => {
    found.add(m.length > 60 ? `${m.slice(0, 57)}…` : m);
  };
  // Entities first: a double-escaped tag (&lt;br&gt;) is a tag once decoded.
  let text = line.replace(ENTITY, (m: string, dec?: string, hex?: string, name?: string, bare?: string) => {
    const decoded = decodeEntity(m, dec, hex, name, bare);
    if (decoded !== m) note(m);
    return decoded;
  });
  text = text.replace(INLINE_TAG, (m) => {
    note(m);
    return '';
  });
  const blocks = text
    .split(BLOCK_TAG)
    .map((b) => b.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  for (const m of text.match(BLOCK_TAG) ?? []) note(m);
  return { blocks, found: [...found] };
}

/** A title or other short field with its markup gone. */
export function cleanInlineMarkup(text: string): string {
  return stripMarkup(text).blocks.join(' ').trim();
}
