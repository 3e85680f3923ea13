import type { Article, Entity } from '../../schema/corpus';
import type { RawQuote } from './findQuotes';

export type Speaker = { name: string; entityId: string | null; start: number; end: number };

const VERBS = String.raw`(?:said|says|say|added|adds|stated|states|declared|declares|tweeted|wrote|writes|told|tells|noted|insisted|warned|urged|called|described|posted|announced)`;
const AFTER_VERB_FIRST = new RegExp(
  String.raw`^[”"’']?\s*,?\s*${VERBS}\s+((?:the |a |an )?[^,.;“”"]{2,70}?)(?=[,.;]|$| in a | on | after )`,
  'i',
);
const AFTER_NAME_FIRST = new RegExp(String.raw`^[”"’']?\s*,?\s*([^,.;“”"]{2,70}?)\s+${VERBS}\b`, 'i');
const BEFORE = new RegExp(
  String.raw`^([^.;“”"]{2,90}?)\s+(?:${VERBS}|called(?: for)?|appealed(?: for)?)(?:\s+(?:that|in a statement|on Twitter|in a tweet))?\s*[:,]?\s*[“"]?$`,
  'i',
);
const ACCORDING = /according to ([^,.;“”"]{2,60})/i;
const VERB_WORD = new RegExp(String.raw`^${VERBS}$`, 'i');
/** "…said that the attack was “…", "…called the attack “…": the speaker stands before the verb. */
const BEFORE_FRAMED = new RegExp(
  String.raw`^([^.;“”",]{2,90}?)\s+(?:said that|called|described|termed|labelled|labeled)\s+(?:the\s+\w+|it|this)\s+(?:was\s+|as\s+)?(?:an?\s+)?[“"]?$`,
  'i',
);
/**
 * "X called Y's policy “…", "X accused Y of “…", "X said on Monday the town was cleared of “…": a
 * partial quote inside a sentence belongs to the subject of the sentence's reporting verb.
 */
const SUBJECT_VERB = new RegExp(
  String.raw`^(?:(?:and|but|while|whereas|as)\s+)?([^;“”",]{2,90}?)\s+(?:has\s+|had\s+)?(?:${VERBS}|accused|accuses|warned|called|branded|labelled|labeled|termed|denounced|condemned|criticised|criticized|dismissed|rejected|argued|insisted|vowed|promised|pledged)\b`,
  'i',
);
/** "Ghana's trade minister, Kofi Adu, said: “…", "Kofi Adu, the minister, told reporters “…": a name in apposition. */
const APPOSED_SUBJECT = new RegExp(
  String.raw`^((?:[^;“”",]{2,60}),\s+(?:[^;“”",]{2,60})),\s+(?:has\s+|had\s+)?${VERBS}\b(?:\s+\w+){0,3}\s*[:,]?\s*[“"]?$`,
  'i',
);

/** A speaker described by role alone, "the spokesman": the person last named before. */
const ROLE_ONLY =
  /^(?:the\s+)?(?:spokes(?:man|woman|person)|minister|official|president|premier|ambassador|envoy|senator|governor|mayor|chancellor|secretary)$/i;
/** "…described by the president X as an “…": the speaker follows "by". */
const BY_SPEAKER = /\bby\s+((?:the\s+)?[^“”",.;]{3,60}?)\s+as\s+(?:an?\s+)?[“"]?$/i;
const PRONOUN = /^(?:he|she|they|it)\b/i;

/** A person named in the speaker words, else an organisation ("State Department spokesman X": X). */
function personAt(entities: readonly Entity[], articleId: string, start: number, end: number): Entity | undefined {
  const inside = (e: Entity) => e.mentions.some((m) => m.articleId === articleId && m.start >= start && m.end <= end);
  return (
    entities.find((e) => e.kind === 'person' && inside(e)) ??
    entities.find((e) => e.kind === 'organization' && inside(e))
  );
}

function lastPersonBefore(entities: readonly Entity[], articleId: string, offset: number): Entity | undefined {
  let best: { entity: Entity; at: number } | undefined;
  for (const e of entities) {
    if (e.kind !== 'person') continue;
    for (const m of e.mentions)
      if (m.articleId === articleId && m.end <= offset && (!best || m.start > best.at))
        best = { entity: e, at: m.start };
  }
  return best?.entity;
}

/**
 * Who said a quote: the words next to it ("…,” said X", "X said: “…", "he tweeted"), resolved to a
 * person when one is named there, to the last person named before for a pronoun, and otherwise kept
 * as the description the article gives ("a security source").
 */
export function findSpeaker(article: Article, quote: RawQuote, entities: readonly Entity[]): Speaker | null {
  const afterStart = Math.min(quote.end + 1, quote.paragraphEnd);
  const after = article.text.slice(afterStart, Math.min(quote.paragraphEnd, afterStart + 110));
  const beforeStart = Math.max(quote.paragraphStart, quote.start - 130);
  const before = article.text.slice(beforeStart, Math.max(beforeStart, quote.start - 1));
  const tries: { text: string; at: number }[] = [];
  // A quote that closes its sentence is not attributed by the next sentence.
  const closesSentence = /[.!?]$/.test(quote.text) && /^[”"’']?\s+\p{Lu}/u.test(after);
  // '“…,” X said': only a quote that ends its clause (a comma or a stop at its end) is attributed by
  // the words after it; in 'said the country “strongly condemns” the sentence and called' they
  // go on with the sentence.
  const endsClause =
    /[,.!?;:]/.test(article.text[quote.end] ?? '') || /[.!?]$/.test(quote.text) || /^[”"’']?\s*[,—–-]/.test(after);
  const m1 = closesSentence || !endsClause ? null : after.match(AFTER_VERB_FIRST);
  if (m1?.[1]) tries.push({ text: m1[1], at: afterStart + after.indexOf(m1[1]) });
  const m2 = closesSentence || !endsClause ? null : after.match(AFTER_NAME_FIRST);
  if (m2?.[1]) tries.push({ text: m2[1], at: afterStart + after.indexOf(m2[1]) });
  // Only the clause right before the quote can introduce it.
  const cut = Math.max(
    before.lastIndexOf('. '),
    before.lastIndexOf('; '),
    before.lastIndexOf(', '),
    before.lastIndexOf('” '),
    before.lastIndexOf('" '),
  );
  const clause = cut < 0 ? before : before.slice(cut + 2);
  const m3 = clause.match(BEFORE);
  if (m3?.[1]) tries.push({ text: m3[1], at: beforeStart + before.lastIndexOf(m3[1]) });
  const m5 = before.match(BY_SPEAKER) ?? clause.match(BEFORE_FRAMED);
  if (m5?.[1]) tries.push({ text: m5[1], at: beforeStart + before.lastIndexOf(m5[1]) });
  const m4 = before.match(ACCORDING) ?? after.match(ACCORDING);
  if (m4?.[1]) tries.push({ text: m4[1], at: article.text.indexOf(m4[1], beforeStart) });
  // The subject of the clause's reporting verb, for a quote inside the sentence: the clause runs
  // from the sentence start (or the last comma or quote) to the quote.
  // The segmenter's sentence, not the last ". ", which "U.S." would cut.
  const sentenceStart = Math.max(beforeStart, article.sentences[quote.sentence]?.start ?? beforeStart) - beforeStart;
  const pastMark = (at: number) => (at < 0 ? 0 : at + 2);
  const sentence = before.slice(
    Math.max(pastMark(before.lastIndexOf('” ')), pastMark(before.lastIndexOf('" ')), sentenceStart),
  );
  // Within one sentence a dot is an abbreviation's ("U.S."); an opening phrase ("Later, ") is not the subject.
  const opened = sentence.replace(/^[^,]{0,40},\s+/, '');
  for (const part of [clause.slice(clause.lastIndexOf('. ') + 1), sentence, opened]) {
    const m6 = part.match(SUBJECT_VERB);
    if (m6?.[1]) tries.push({ text: m6[1], at: beforeStart + before.lastIndexOf(part) + part.indexOf(m6[1]) });
  }
  // The segmenter may end a sentence at "said:", so the words since the last full stop are tried too.
  for (const part of [sentence, before.split(/(?<=[.!?])\s+(?=\p{Lu})/u).at(-1) ?? '']) {
    const m7 = part.match(APPOSED_SUBJECT);
    if (m7?.[1]) tries.push({ text: m7[1], at: beforeStart + before.lastIndexOf(part) + part.indexOf(m7[1]) });
  }
  for (const t of tries) {
    const text = t.text.trim();
    // '“…” and urged': a conjunction after the quote goes on with the sentence; it names no one.
    if (/^(?:and|but|or|nor|then|also|so|yet)$/i.test(text)) continue;
    const start = t.at;
    const end = start + t.text.length;
    // "The United States said": the patterns read case-blind, but a capitalised "States" inside a
    // sentence is the end of a name, not the verb "states".
    const next = /^\s+(\p{Lu}\p{Ll}+)\b/u.exec(article.text.slice(end, end + 30))?.[1];
    if (next && VERB_WORD.test(next)) continue;
    const named = personAt(entities, article.id, start, end);
    if (named) return { name: named.name, entityId: named.id, start, end };
    // "they" and "it" speak for a group, never for the last person named.
    if (/^(?:they|it)\b/i.test(text)) continue;
    if (PRONOUN.test(text) || ROLE_ONLY.test(text)) {
      const previous = lastPersonBefore(entities, article.id, quote.start);
      if (previous) return { name: previous.name, entityId: previous.id, start, end };
      continue;
    }
    if (text.split(/\s+/).length <= 8 && !/^(?:that|this|it|which|who)\b/i.test(text))
      return { name: text.replace(/^(?:the|a|an)\s+/i, ''), entityId: null, start, end };
  }
  return null;
}
