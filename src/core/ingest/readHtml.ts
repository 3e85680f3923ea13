import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { articleIdFromName, decodeText } from './decode';
import { metaFrom } from './meta';
import type { RemovedLine } from '../schema/corpus';
import type { IngestResult, InputFile } from './types';

/** Elements whose content is never article text, removed before anything reads the page. */
const NOT_TEXT =
  'script, style, noscript, template, iframe, object, embed, svg, canvas, form, button, nav, footer, aside';
const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, td';

function meta(document: Document, ...selectors: string[]): string | undefined {
  for (const selector of selectors) {
    const element = document.querySelector(selector);
    const value =
      element?.getAttribute('content') ?? element?.getAttribute('datetime') ?? element?.getAttribute('href');
    if (value && value.trim()) return value.trim();
  }
  return undefined;
}

/** Class and id words that mark page furniture, and the kind each is kept as in `removed`. */
const FURNITURE_WORDS: [RegExp, RemovedLine['kind']][] = [
  [/^(?:caption|figcaption|wp-caption-text)$/, 'caption'],
  [/^(?:credit|credits|photo-credit)$/, 'photo-credit'],
  [/^(?:share|sharing|social|sharebar|share-bar|share-tools)$/, 'share'],
  [/^(?:newsletter|subscribe|signup|sign-up)$/, 'newsletter'],
  [/^(?:related|recommended|more-stories|read-more|outbrain|taboola)$/, 'related'],
  [/^(?:ticker|quotes|stock|stocks)$/, 'ticker'],
  [/^(?:byline|contributor|contributors|author)$/, 'contributor'],
];

const FURNITURE_TAGS = new Set(['div', 'section', 'aside', 'figure', 'figcaption', 'p', 'ul', 'ol', 'header', 'small']);

function furnitureKind(element: Element): RemovedLine['kind'] | null {
  if (element.tagName.toLowerCase() === 'figcaption') return 'caption';
  const words = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`
    .toLowerCase()
    .split(/[\s_]+|(?<=[a-z])-(?=[a-z])/)
    .filter(Boolean);
  for (const [re, kind] of FURNITURE_WORDS) if (words.some((w) => re.test(w))) return kind;
  return null;
}

/** The 1-based line of the page where `text` first appears, or 1 when it cannot be found as written. */
function lineOf(source: string, text: string): number {
  const probe = text.slice(0, 30);
  const at = probe ? source.indexOf(probe) : -1;
  return at < 0 ? 1 : source.slice(0, at).split('\n').length;
}

/**
 * Captions, share bars, newsletter and related-story boxes, bylines, and the copyright in the footer,
 * taken out of the page before Readability reads it and kept as evidence. Short blocks only: a
 * container that holds the article is never furniture.
 */
function takeFurniture(document: Document, source: string): RemovedLine[] {
  const found: RemovedLine[] = [];
  for (const element of [...document.querySelectorAll('figcaption, [class], [id]')]) {
    if (!element.isConnected || !FURNITURE_TAGS.has(element.tagName.toLowerCase())) continue;
    // A word inside a sentence is never furniture, whatever its class says.
    if (element.tagName.toLowerCase() !== 'p' && element.parentElement?.closest('p')) continue;
    const kind = furnitureKind(element);
    if (!kind) continue;
    for (const code of [...element.querySelectorAll('script, style, noscript, template')]) code.remove();
    const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text.split(' ').length > 60) continue;
    if (text) found.push({ kind, text, line: lineOf(source, text) });
    element.remove();
  }
  for (const footer of [...document.querySelectorAll('footer')]) {
    const text = (footer.textContent ?? '').replace(/\s+/g, ' ').trim();
    const copyright = text.match(/(?:©|\bcopyright\b).{0,160}/i);
    if (copyright) {
      const line = text.split(' ').length <= 30 ? text : copyright[0].trim();
      found.push({ kind: 'copyright', text: line, line: lineOf(source, line) });
    }
  }
  return found;
}

/** Scripts, styles and event handlers go first, so neither Readability nor the corpus ever sees them. */
function disarm(document: Document): void {
  for (const element of [...document.querySelectorAll(NOT_TEXT)]) element.remove();
  for (const element of [...document.querySelectorAll('*')])
    for (const name of element.getAttributeNames())
      if (/^on/i.test(name) || name === 'style') element.removeAttribute(name);
}

/** The article's blocks as paragraphs: Readability's cleaned HTML read block by block. */
function blocksOf(html: string): string[] {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const blocks = [...document.querySelectorAll(BLOCKS)].filter((b) => !b.querySelector(BLOCKS));
  const texts = blocks.map((b) => (b.textContent ?? '').replace(/\s+/g, ' ').trim()).filter(Boolean);
  return texts.length > 0
    ? texts
    : (document.body.textContent ?? '')
        .split(/\n\s*\n/)
        .map((t) => t.replace(/\s+/g, ' ').trim())
        .filter(Boolean);
}

/**
 * A web page: the main article text extracted with Readability over linkedom's DOM, and the title,
 * site name, date and address read from the page's meta tags.
 */
export function readHtml(file: InputFile): IngestResult {
  const decoded = decodeText(file.name, file.bytes);
  if (!decoded.ok) return decoded;
  const { document } = parseHTML(decoded.text);
  const furniture = takeFurniture(document, decoded.text);
  disarm(document);
  const fields = {
    title:
      meta(document, 'meta[property="og:title"]', 'meta[name="twitter:title"]') ??
      document.querySelector('title')?.textContent ??
      undefined,
    source: meta(document, 'meta[property="og:site_name"]', 'meta[name="application-name"]'),
    date: meta(
      document,
      'meta[property="article:published_time"]',
      'meta[name="date"]',
      'meta[name="pubdate"]',
      'meta[itemprop="datePublished"]',
      'time[datetime]',
    ),
    url: meta(document, 'link[rel="canonical"]', 'meta[property="og:url"]'),
    // A file that is not markup at all (a lone '!') parses to a document with no root element.
    language: document.documentElement?.getAttribute('lang') ?? undefined,
  };
  let parsed: ReturnType<Readability['parse']>;
  try {
    parsed = new Readability(document as unknown as Document, { charThreshold: 200 }).parse();
  } catch {
    // A page Readability cannot walk is a page with no article we can find.
    parsed = null;
  }
  const paragraphs = parsed?.content ? blocksOf(parsed.content) : [];
  const words = paragraphs
    .join(' ')
    .split(/\s+/)
    .filter((w) => /\p{L}{2}/u.test(w));
  if (words.length < 8)
    return {
      ok: false,
      problem: {
        file: file.name,
        message: 'no article text found in this HTML page (it may be an index, a login wall or a script-built page)',
      },
    };
  const info = metaFrom({
    ...fields,
    title: fields.title ?? parsed?.title ?? undefined,
    source: fields.source ?? parsed?.siteName ?? undefined,
    date: fields.date ?? parsed?.publishedTime ?? undefined,
  });
  return {
    ok: true,
    articles: [
      {
        id: articleIdFromName(file.name),
        fileName: file.name,
        body: paragraphs.join('\n\n'),
        bodyFirstLine: 1,
        meta: info,
        headerLines: [],
        furniture,
      },
    ],
  };
}
