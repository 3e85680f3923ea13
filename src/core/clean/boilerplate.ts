import type { RemovedLine } from '../schema/corpus';

type Kind = RemovedLine['kind'];

const AD_PLACEHOLDER = /^\[\s*ad[\s_-]*\d*\s*\]$/i;
const AD_LABEL =
  /^(advertisement|advertising|sponsored(?: content)?|story continues below(?: advertisement)?|scroll to continue(?: with content)?)$/i;
/** The label of a box of links to other stories ("Read more:", "More on this story", "Related Topics"). */
const RELATED_LABEL =
  /^(?:read more|related(?: (?:topics|stories|articles|coverage|content|links|news|reading|video))?|more (?:on|about|from) (?:this|the|these|that|our)\b.{0,40}|more (?:stories|news|coverage)(?: (?:from|on|about)\b.{0,40})?|see also|also read|read also|recommended(?: for you| stories| reading)?|most (?:read|popular|viewed|shared)|top stories|you (?:may|might) also like|further reading|latest (?:news|stories|headlines))\s*:?$/i;
/** A bracketed headline between paragraphs, as link boxes are scraped: "[Officials weigh new plan]". */
const BRACKETED_HEADLINE = /^\[\s*[^[\]]{3,160}\s*\]$/;
const COPYRIGHT =
  /^(?:copyright\b|©|\(c\)\s)|\ball rights reserved\b|\bmay not be (?:published|reproduced|broadcast|rewritten|redistributed)\b/i;
const PHOTO_PREFIX = /^(?:photo|photograph|image|picture|pictured|credit|caption|file photo)s?\s*(?::|by\b|credit\b)/i;
const PHOTO_AGENCY =
  /\b(?:getty images|shutterstock|handout|ap photo|afp photo|reuters\/|epa|via reuters|alamy|pool photo)\b/i;
const REPORTING_CREDIT = /^\(?\s*(?:reporting|writing|editing|additional reporting|compiled|translated) by\b/i;
/** "— With assistance by …" and a bare "By First Last" byline ("… contributed to this report" is cut inline). */
const CONTRIBUTOR = /^[—–-]?\s*with (?:assistance|reporting|additional reporting) (?:by|from)\b/i;
const NAME = "[A-Z][\\p{L}'’.-]*";
const BYLINE = new RegExp(`^By ${NAME}(?: ${NAME}){0,3}(?:(?:,| and) ${NAME}(?: ${NAME}){0,3}){0,3}$`, 'u');
/** A reporter box's header, "At the scene: First Last, Outlet, Place": a short label, a name, no sentence. */
const BOX_BYLINE = new RegExp(
  `^[A-Z][a-z]+(?: [a-z]+){0,3}: (?:${NAME}(?: ${NAME}){0,3})(?:, [A-Z][^,.!?]{1,30}){1,3}$`,
  'u',
);
const NEWSLETTER_WORD = /\b(?:newsletters?|inbox|subscribe|subscription|sign(?:ing)?[ -]up)\b/i;
const NEWSLETTER_CALL =
  /^(?:sign up|subscribe|get|join|enter|receive|don['’]t miss|never miss|want|like this|click|tap|register)\b|\binbox\b|\bprivacy (?:policy|notice)\b|\bour (?:\w+ )?newsletters?\b/i;
const CONTACT_CALL =
  /\b(?:contact us|get in touch|have your say|tell us|share your (?:story|stories|views|experiences?|photos|videos))\b/i;
const SHARE_WORDS =
  'Share|SHARE|Tweet|Post|Email|E-mail|Facebook|Twitter|WhatsApp|LinkedIn|Pinterest|Reddit|Print|Comments?|Messenger|Copy link|Save|Flipboard';
/** A line made only of share buttons, or a "follow us" call. */
const SHARE_LINE = new RegExp(
  `^(?:(?:share this (?:article|story|page)|share on \\w+|(?:${SHARE_WORDS}))\\s*)+$|^follow (?:@\\w+|(?:us|${NAME}(?: ${NAME}){0,3})) on (?:twitter|facebook|instagram|x|linkedin|threads)\\.?$`,
  'iu',
);
const TIMER = '(?:\\d{1,2}:)?\\d{1,2}:\\d{2}';
/** A video player's controls or a video label: "00:00 / 01:20 SD HD", "WATCH: …", a bare running time. */
const MEDIA_LINE = new RegExp(
  `^${TIMER}(?:\\s*/\\s*${TIMER})?(?:\\s+(?:SD|HD|CC|Share|LIVE|Play|Replay|Mute|Fullscreen))*$|^(?:WATCH|VIDEO|LISTEN|PLAY VIDEO|LIVE)\\s*[:|-]\\s*[^.!?]*$|^(?:Watch|Video|Listen)\\s*[:|]\\s*[^.!?]*$`,
);

/** Words in `text`, counted up to 100 (every rule asks "at most N words" with N well below). */
export function wordCount(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length && words <= 100; i++) {
    const space = text.charCodeAt(i) <= 32;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

/** A line that reads like a headline or label: short, and not ended like a sentence. */
export function isHeadlineLike(line: string, maxWords = 20): boolean {
  const trimmed = line.trim();
  return trimmed.length > 0 && wordCount(trimmed) <= maxWords && !/[.!?:;,"”’)]$/.test(trimmed);
}

/** The label that opens a box of links to other stories; the short lines after it are the links. */
export function isRelatedLabel(line: string): boolean {
  const trimmed = line.trim();
  return wordCount(trimmed) <= 8 && RELATED_LABEL.test(trimmed);
}

/**
 * A line of stock quotes: prices and signed changes ("Index 25,415.19 +0.43%"), few lower-case words,
 * not ended like a sentence.
 */
export function isTickerLine(line: string): boolean {
  if (!/\d/.test(line) || !/[+\-−▲▼↑↓%]/.test(line)) return false;
  const tokens = line.trim().split(/\s+/);
  if (tokens.length > 40 || /[.!?]$/.test(line.trim())) return false;
  const signed = tokens.filter((w) =>
    /^\(?[+\-−▲▼↑↓]\s?\d[\d,]*(?:\.\d+)?%?\)?$|^\(?\d+(?:\.\d+)?%\)?$/.test(w),
  ).length;
  const prices = tokens.filter((w) => /^\$?\d{1,3}(?:,\d{3})*\.\d{2,}$/.test(w)).length;
  const arrows = tokens.filter((w) => /^[▲▼↑↓]$/.test(w)).length;
  const lower = tokens.filter((w) => /^\p{Ll}{2,}$/u.test(w)).length;
  return signed + arrows >= 1 && signed + prices >= 2 && lower <= tokens.length * 0.2;
}

/**
 * What kind of boilerplate a whole line is, or null for article text.
 * Written by hand: no maintained package classifies news boilerplate lines, and these rules are
 * about the shape of credits, placeholders and page furniture, not about any one outlet.
 */
export function classifyLine(line: string): Kind | null {
  const trimmed = line.trim();
  const words = wordCount(trimmed);
  if (AD_PLACEHOLDER.test(trimmed) || AD_LABEL.test(trimmed)) return 'ad';
  if (isRelatedLabel(trimmed)) return 'related';
  if (BRACKETED_HEADLINE.test(trimmed) && words <= 25) return 'related';
  if (COPYRIGHT.test(trimmed) && words <= 30) return 'copyright';
  if (REPORTING_CREDIT.test(trimmed)) return 'credit';
  if (PHOTO_PREFIX.test(trimmed) && words <= 40) {
    const after = trimmed.replace(PHOTO_PREFIX, '');
    return wordCount(after) <= 5 ? 'photo-credit' : 'caption';
  }
  const pipes = trimmed.split('|').length - 1;
  if (pipes >= 1 && words <= 15 && (pipes >= 2 || PHOTO_AGENCY.test(trimmed))) return 'photo-credit';
  if (words <= 40 && CONTRIBUTOR.test(trimmed)) return 'contributor';
  if (words <= 12 && (BYLINE.test(trimmed) || BOX_BYLINE.test(trimmed))) return 'contributor';
  if (words <= 12 && SHARE_LINE.test(trimmed)) return 'share';
  if (words <= 20 && MEDIA_LINE.test(trimmed)) return 'media';
  if (words <= 40 && NEWSLETTER_WORD.test(trimmed) && NEWSLETTER_CALL.test(trimmed)) return 'newsletter';
  if (
    words <= 50 &&
    CONTACT_CALL.test(trimmed) &&
    /^(?:please|if you|do you|are you|have you|were you|you can)\b|:$/i.test(trimmed)
  )
    return 'contact';
  if (isTickerLine(trimmed)) return 'ticker';
  return null;
}

/**
 * A credit glued to the end of the last paragraph after a full stop, as in `…government./AFP and XYZ`.
 * Returns where the credit starts, or -1.
 */
export function trailingCreditStart(paragraph: string): number {
  const match = paragraph.match(/(?<=[.!?"”])\s*\/\s*[A-Z][\w.&-]*(?:\s*(?:,|&|and|e|y|et|und)\s*[A-Z][\w.&-]*)*\s*$/);
  return match?.index ?? -1;
}
