import type { Article, FactValue } from '../../schema/corpus';
import { readDates } from './readDates';

export type DateMention = FactValue & { value: string; sentence: number; event: string };

/** Generic event nouns and the one name their rows share. */
const EVENTS: [RegExp, string][] = [
  [/\b(?:attacks?|assaults?|strikes?|explosions?|bombings?|blasts?|attempt|raids?|shootings?|act)\b/gi, 'attack'],
  [/\b(?:elections?|vote|polls?|referendum)\b/gi, 'election'],
  // Reports often date unrest by its people ("marchers gathered on Tuesday") rather than by a noun for it.
  [
    /\b(?:clashes|riots?|protests?|protesters?|demonstrations?|demonstrators?|marchers|rall(?:y|ies|ied)|unrest)\b/gi,
    'clashes',
  ],
  // Rocket or mortar fire is usually an earlier, separate incident in coverage of an attack, so it
  // gets its own row rather than a false conflict with the attack's date.
  [/\b(?:rockets?|missiles?|mortars?|shelling)\b/gi, 'rocket fire'],
  [/\bin (?:power|office)\b/gi, 'in office since'],
  [/\b(?:meeting|summit|talks)\b/gi, 'meeting'],
];

const ANY_EVENT = new RegExp(EVENTS.map(([pattern]) => `(?:${pattern.source})`).join('|'), 'i');

function nearestEvent(sentence: string, start: number, end: number): string | null {
  // "November 7's attack": a possessive date names the event that follows it.
  const possessive = /^['’]s\b/.test(sentence.slice(end));
  let best: { event: string; distance: number } | null = null;
  for (const [pattern, event] of EVENTS) {
    for (const m of sentence.matchAll(pattern)) {
      const at = m.index ?? 0;
      if (possessive && at < end) continue;
      const distance = at >= end ? at - end : Math.max(0, start - (at + m[0].length));
      if (!best || distance < best.distance) best = { event, distance };
    }
  }
  return best?.event ?? null;
}

/**
 * Dates in the text resolved against the article's date, each tied to the event it dates. An
 * undated article is read against `fallbackDate` (the latest date in its corpus): coverage of one
 * event is written within days.
 */
export function extractDates(article: Article, fallbackDate: string | null = null): DateMention[] {
  const reference = article.date ?? fallbackDate;
  const out: DateMention[] = [];
  article.sentences.forEach((range, sentence) => {
    const text = article.text.slice(range.start, range.end);
    // A date is kept only beside an event it dates; chrono is slow, so sentences naming none are skipped.
    if (!ANY_EVENT.test(text)) return;
    for (const { start, end, value } of readDates(text, reference)) {
      const event = nearestEvent(text, start, end);
      if (!event) continue;
      out.push({
        articleId: article.id,
        value,
        text: text.slice(start, end),
        start: range.start + start,
        end: range.start + end,
        sentence,
        event,
        qualifier: 'exact',
      });
    }
  });
  return out;
}
