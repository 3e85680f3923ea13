import type { RemovedLine } from '../schema/corpus';
import { wordCount } from './boilerplate';

/**
 * Page furniture glued inside a paragraph: photo captions with their credit, media-player notices,
 * share buttons, slideshow counters, link boxes, stock quotes, contributor and contact lines.
 * Written by hand: no maintained package finds these in plain text. Every rule keys on a shape that
 * article prose does not have (an agency credit after a full stop, a running time, a run of button
 * words, a bracketed link) and cuts only from a sentence boundary, so real sentences stay whole.
 */

type Kind = RemovedLine['kind'];
export type Cut = { start: number; end: number; kind: Kind };

const ABBREVIATION =
  /(?:\b(?:Mr|Mrs|Ms|Dr|Prof|St|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|Cpl|Adm|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|No|Nos|Co|Corp|Inc|Ltd|Jr|Sr|vs|etc|Ave|Mt|Ft|Fig|approx)|\b\p{Lu}|(?:\b\p{L}\.)+\p{L})$/u;
/** A capitalised function word straight after a lower-case word: a new sentence glued on without a stop. */
const GLUED_START =
  /(?<=[\p{Ll}\d])\s+(?=(?:The|A|An|In|On|At|It|He|She|They|We|But|And|This|That|These|Those|His|Her|Their|Its|Officials|Police)\s)/gu;

/**
 * Where sentences start: 0, and after a full stop, question or exclamation mark followed by a capital,
 * a digit or an opening quote, unless the stop ends an abbreviation or an initial. With `glued`, also
 * before a capitalised function word that follows a lower-case word (a caption run into the next sentence).
 */
export function sentenceStarts(text: string, glued = false): number[] {
  const starts = [0];
  for (const m of text.matchAll(/[.!?…]["”’)\]]*\s+(?=["“‘(]?[\p{Lu}\d])/gu)) {
    if (m[0][0] === '.' && ABBREVIATION.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    starts.push(m.index + m[0].length);
  }
  if (glued) for (const m of text.matchAll(GLUED_START)) starts.push(m.index + m[0].length);
  return [...new Set(starts)].sort((a, b) => a - b);
}

const TIMER = String.raw`(?:\d{1,2}:)?\d{1,2}:\d{2}`;
const SHARE_WORD = String.raw`(?:Share|SHARE|Tweet|Post|Email|E-mail|Facebook|Twitter|WhatsApp|LinkedIn|Pinterest|Reddit|Print|Comments?|Messenger|Copy link|Save|Flipboard)`;
/** Photo agencies as they sign pictures ("AGENCY/Photographer"): the vocabulary of credits, not of any event. */
const AGENCY = String.raw`(?:REUTERS|Reuters|AFP|AP|EPA|EPA-EFE|XINHUA|Xinhua|ANADOLU|Anadolu|GETTY IMAGES|Getty Images|ANSA|DPA|dpa|TASS|KYODO|Kyodo|YONHAP|Yonhap|POOL|Pool|HANDOUT|Handout|SIPA|Sipa|NurPhoto|ZUMA|Bloomberg)`;
const NAME_TOKEN = /\s*(?:\/\s*)?([\p{Lu}][\p{L}'’.-]*)/uy;
const NAME_STOP =
  /^(?:The|A|An|In|On|At|It|He|She|They|We|But|And|This|That|These|Those|His|Her|Their|Its|Officials|Police|Mr|Ms|Mrs)$/;

/** Where a photographer's name after "AGENCY/" ends: up to three capitalised words, not the next sentence. */
function creditNameEnd(text: string, from: number): number {
  let end = from;
  const ends: number[] = [];
  NAME_TOKEN.lastIndex = from;
  for (let m = NAME_TOKEN.exec(text); m && ends.length < 5; m = NAME_TOKEN.exec(text)) {
    if (NAME_STOP.test(m[1]!)) break;
    if (ends.length >= 3 && !/^(?:File|FILE|Photo|PHOTO|Pool|POOL)$/.test(m[1]!)) break;
    end = m.index + m[0].length;
    ends.push(end);
  }
  // A capitalised word followed by a lower-case one starts the next sentence, not the name.
  if (ends.length >= 2 && /^\s+\p{Ll}/u.test(text.slice(end))) end = ends[ends.length - 2]!;
  return end;
}

const SLASH_CREDIT = new RegExp(String.raw`(?:©\s*)?${AGENCY}(?:\s+PHOTO)?\s*/\s*(?=\p{Lu})`, 'gu');
const PAREN_CREDIT =
  /\((?:[\p{Lu}][\p{L}.&'’-]*\s+){0,3}(?:Photo|PHOTO|Photos|Pictures?|Images?|IMAGES|Photograph)\b[^()]{0,80}\)/gu;
/** A caption cut short by the scraper, signed by its source: "… west of the... (Example Press)". */
const TRUNCATED_CREDIT = /(?:\.\.\.|…)\s*\((?:[\p{Lu}][\p{L}.&'’-]*)(?:\s+[\p{Lu}][\p{L}.&'’-]*){0,3}\)\s*$/u;
const FILE_MARKER =
  /\bFILE(?: PHOTO)?\s*[-–—:]\s+|\bIn this (?:[^.]{0,60}?\s)?(?:file )?(?:photo|image|picture|video frame)\b/g;
const CAPTION_MARKER = new RegExp(
  String.raw`(?:(?:Image|Media|Video|Photo) (?:copyright|source)\s+(?:[\p{Lu}][\p{L}'’.&/-]*\s+){1,4}?)?(?:Image|Media|Video|Photo) caption\s+`,
  'gu',
);
const COPYRIGHT_MARKER = /\b(?:Image|Media|Video|Photo) (?:copyright|source)\s+(?=\p{Lu})/gu;

/** `hint` is a cheap test that must pass before the rule's expression runs over the line. */
type Rule = { re: RegExp; kind: Kind; hint: RegExp };

/** Furniture with clear edges of its own: the match is the cut. */
const PLAIN: Rule[] = [
  { re: /\bMedia playback is (?:unsupported|not supported) on your device\b/g, kind: 'media', hint: /playback/ },
  {
    re: new RegExp(String.raw`\b(?:JUST WATCHED|MUST WATCH|NOW PLAYING|UP NEXT)\b[^]{0,300}?${TIMER}(?![\d:])`, 'g'),
    kind: 'media',
    hint: /WATCH|PLAYING|UP NEXT/,
  },
  {
    re: /\b(?:slide ?show|gallery|photo gallery|photos|pictures|video)\s*\(\s*\d+\s*(?:images?|photos?|pictures?|videos?|slides?)?\s*\)/gi,
    kind: 'media',
    hint: /\(\s*\d/,
  },
  { re: /\bgallery\s+\d+\s+photos?(?:\s+gallery)?\b/gi, kind: 'media', hint: /gallery/i },
  {
    re: new RegExp(String.raw`(?<![\d:])${TIMER}\s*/\s*${TIMER}(?:\s+(?:SD|HD|CC|Share|LIVE|Play))*`, 'g'),
    kind: 'media',
    hint: /\d\s*\/\s*\d/,
  },
  { re: new RegExp(String.raw`\blisten to (?:this )?article\b(?:\s+${TIMER})?`, 'gi'), kind: 'share', hint: /listen/i },
  {
    re: new RegExp(String.raw`\bshare this (?:article|story|page)\b(?:\s+${SHARE_WORD})*`, 'gi'),
    kind: 'share',
    hint: /share this/i,
  },
  {
    re: new RegExp(String.raw`\b${SHARE_WORD}(?:\s+${SHARE_WORD}){2,}\b`, 'g'),
    kind: 'share',
    hint: /Share|SHARE|Tweet|Post|Email|E-mail|Facebook|Twitter|WhatsApp|LinkedIn|Pinterest|Reddit|Print|Comment|Messenger|Copy link|Save|Flipboard/,
  },
  {
    re: /(?<=[.!?"”’]\s+)(?:ADVERTISEMENT|Advertisement)(?=\s+["“\p{Lu}])/gu,
    kind: 'ad',
    hint: /dvertisement|ADVERTISEMENT/,
  },
  {
    re: /\[\s*(?:Read|READ|Related|RELATED|See|SEE|Also|ALSO|Watch|WATCH|More|MORE)\b[^[\]]{0,150}\]/g,
    kind: 'related',
    hint: /\[/,
  },
  {
    re: /\bRelated Topics(?:\s+[\p{Lu}][\p{L}'’-]*(?:\s+(?:and|of|the|in|for)\s+[\p{Lu}][\p{L}'’-]*)?)+/gu,
    kind: 'related',
    hint: /Related Topics/,
  },
  {
    re: /\s?\(\s*(?:NYSE|NASDAQ|Nasdaq|NYSE American|NYSEArca|AMEX|LSE|TSX|ASX|HKEX|OTC|SGX|TYO|BSE|NSE)\s*:\s*[A-Z][A-Z0-9.]{0,7}\s*\)/g,
    kind: 'ticker',
    hint: /\(\s*[A-Z]+[\w ]*:/,
  },
  {
    re: /\b[A-Z]{1,5}\s+\$?\d{1,3}(?:,\d{3})*\.\d{2,}\s+[+\-−▲▼]\s?\d+(?:\.\d+)?%?(?:\s+\(?[+\-−]?\d+(?:\.\d+)?%\)?)?/g,
    kind: 'ticker',
    hint: /\d\.\d\d/,
  },
  {
    re: /\s*\((?:Additional )?(?:Reporting|Writing|Editing) by [^()]{1,200}\)\s*$/g,
    kind: 'credit',
    hint: / by /,
  },
];

const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}\b/gi;
const CONTRIBUTED = /\bcontributed(?: reporting)? to (?:this|the) (?:report|story|article)\b\.?\)?/g;

/** The start of the sentence that holds `at`. */
function sentenceStartBefore(text: string, at: number, glued = false): number {
  const starts = sentenceStarts(text.slice(0, at), glued).filter((s) => s <= at);
  return starts[starts.length - 1] ?? 0;
}

/** The end of the sentence that starts at or before `from` (the next sentence start, or the line end). */
function sentenceEndAfter(text: string, from: number, glued = false): number {
  const rest = text.slice(from);
  const next = sentenceStarts(rest, glued).find((s) => s > 0);
  return next === undefined ? text.length : from + rest.slice(0, next).trimEnd().length;
}

/** Where the caption signed by a credit at `creditStart` begins. */
function captionStart(text: string, creditStart: number): number {
  const before = text.slice(0, creditStart);
  let marker = -1;
  for (const m of before.matchAll(FILE_MARKER)) marker = m.index;
  if (marker >= 0 && wordCount(before.slice(marker)) <= 80) return marker;
  const trimmed = before.trimEnd();
  const starts = sentenceStarts(trimmed).filter((s) => s < trimmed.length);
  const i = starts.length - 1;
  let start = starts[i] ?? 0;
  // Reuters adds "Picture taken <date>." after the description: the caption is the sentence before too.
  if (/^(?:Picture|Photo|Image) taken\b/.test(text.slice(start)) && i > 0) start = starts[i - 1]!;
  const head = text.slice(0, start).trim();
  if (head && wordCount(head) <= 12 && !/[.!?"”’]$/.test(head)) start = 0;
  return start;
}

/** Captions found by their credit: the sentence before "AGENCY/Name", "(Photo …)", or a truncated "(Source)". */
function creditCaptions(text: string, cuts: Cut[]): void {
  const add = (creditStart: number, creditEnd: number) => {
    const start = captionStart(text, creditStart);
    // A long stretch is article text with a stray credit after it: take the credit alone.
    if (wordCount(text.slice(start, creditStart)) > 60)
      cuts.push({ start: creditStart, end: creditEnd, kind: 'photo-credit' });
    else cuts.push({ start, end: creditEnd, kind: 'caption' });
  };
  for (const m of text.matchAll(SLASH_CREDIT)) {
    const before = text.slice(0, m.index).trimEnd();
    // A credit signs a caption: it follows a full stop or starts the line ("CITY/CITY, Country" datelines do not).
    if (before && !/[.!?"”’)]$/.test(before) && !m[0].startsWith('©')) continue;
    add(m.index, creditNameEnd(text, m.index + m[0].length));
  }
  for (const m of text.matchAll(PAREN_CREDIT)) add(m.index, m.index + m[0].length);
  const truncated = text.match(TRUNCATED_CREDIT);
  if (truncated?.index !== undefined) {
    const whole = wordCount(text) <= 80;
    cuts.push({ start: whole ? 0 : captionStart(text, truncated.index), end: text.length, kind: 'caption' });
  }
  for (const m of text.matchAll(FILE_MARKER)) {
    if (!m[0].startsWith('FILE')) continue;
    const end = sentenceEndAfter(text, m.index + m[0].length);
    if (wordCount(text.slice(m.index, end)) <= 60) cuts.push({ start: m.index, end, kind: 'caption' });
  }
}

/** "Image copyright X Image caption …": the caption runs to the end of its sentence. */
function markedCaptions(text: string, cuts: Cut[]): void {
  for (const m of text.matchAll(CAPTION_MARKER)) {
    const bodyStart = m.index + m[0].length;
    const end = sentenceEndAfter(text, bodyStart, true);
    cuts.push({ start: m.index, end, kind: 'caption' });
  }
  for (const m of text.matchAll(COPYRIGHT_MARKER)) {
    const end = creditNameEnd(text, m.index + m[0].length);
    cuts.push({ start: m.index, end, kind: 'photo-credit' });
  }
}

/** "… contributed to this report." and a reader-contact sentence with an e-mail address. */
function sentenceFurniture(text: string, cuts: Cut[]): void {
  for (const m of text.matchAll(CONTRIBUTED)) {
    cuts.push({ start: sentenceStartBefore(text, m.index), end: m.index + m[0].length, kind: 'contributor' });
  }
  for (const m of text.matchAll(EMAIL)) {
    const starts = sentenceStarts(text.slice(0, m.index));
    let i = starts.length - 1;
    // The questions that lead up to the address ("Were you there? Email us at …") go with it.
    while (i > 0 && /\?["”’]?\s*$/.test(text.slice(starts[i - 1]!, starts[i]))) i--;
    const end = sentenceEndAfter(text, m.index);
    cuts.push({ start: starts[i] ?? 0, end, kind: 'contact' });
  }
}

/** Overlapping or touching cuts become one, with the kind of the first. */
function merge(text: string, cuts: Cut[]): Cut[] {
  const sorted = [...cuts].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Cut[] = [];
  for (const cut of sorted) {
    const last = out[out.length - 1];
    if (last && cut.start <= last.end + 1 && /^\s*$/.test(text.slice(last.end, Math.max(last.end, cut.start))))
      last.end = Math.max(last.end, cut.end);
    else out.push({ ...cut });
  }
  return out;
}

/** The furniture inside one line of text, as merged cuts in text order. */
export function inlineFurniture(text: string): Cut[] {
  const cuts: Cut[] = [];
  for (const { re, kind } of PLAIN)
    for (const m of text.matchAll(re)) cuts.push({ start: m.index, end: m.index + m[0].length, kind });
  if (/\/|\(|…|\.\.\.|FILE|In this/.test(text)) creditCaptions(text, cuts);
  if (/caption|copyright|source/.test(text)) markedCaptions(text, cuts);
  if (text.includes('@') || text.includes('contributed')) sentenceFurniture(text, cuts);
  return merge(
    text,
    cuts.filter((c) => c.end > c.start),
  );
}

export type LinePieces = { kept: string; removed: { kind: Kind; text: string }[] };

/**
 * A line with its furniture cut out. When what is left is a short fragment that does not end like a
 * sentence (the rest of a caption, a label), it goes with the furniture.
 */
export function cutFurniture(text: string): LinePieces {
  const cuts = inlineFurniture(text);
  if (cuts.length === 0) return { kept: text, removed: [] };
  const pieces: string[] = [];
  let at = 0;
  for (const cut of cuts) {
    pieces.push(text.slice(at, cut.start).trim());
    at = cut.end;
  }
  pieces.push(text.slice(at).trim());
  // Join what is left around each cut with one space, none before punctuation.
  const kept = pieces
    .filter(Boolean)
    .reduce((all, piece) => (!all ? piece : /^[,.;:!?]/.test(piece) ? all + piece : `${all} ${piece}`), '');
  const rest = kept.replace(/^[\s\-–—|:,;.·•]+|[\s\-–—|:,;·•]+$/g, '');
  if (!rest || (wordCount(rest) <= 8 && !/[.!?"”’]$/.test(rest)))
    return { kept: '', removed: [{ kind: cuts[0]!.kind, text }] };
  return { kept, removed: cuts.map((c) => ({ kind: c.kind, text: text.slice(c.start, c.end).trim() })) };
}
