import type { Article, Entity, Quote, Reaction } from '../../schema/corpus';
import { isRecalledAct } from './background';
import { readCue } from './cueActors';
import { reactionRecorder, type Actor } from './recorder';
import { actorsIn, indexByArticle, type QuoteSpan, type SentenceScope } from './sentenceActors';
import { speakers } from './speakers';
import { deniesObject, findCues, isNegated } from './stanceCues';
import { homeCountry } from './storyCountries';

export { targetAfter } from './cueActors';

/** Replaces quoted words by spaces, so that a country inside a quotation is never taken for the speaker. */
function maskQuotes(text: string): string {
  return text.replace(
    /[“"«‘]([^”"»’]{2,})[”"»’]/g,
    (all) => all[0]! + ' '.repeat(all.length - 2) + all[all.length - 1]!,
  );
}

/** The sentence with every quotation blanked out, both the marked ones and those the quote reader found. */
function maskSentence(text: string, start: number, quoted: readonly QuoteSpan[]): string {
  let masked = maskQuotes(text);
  for (const v of quoted) {
    const s = Math.max(0, v.start - start);
    const e = Math.min(text.length, v.end - start);
    masked = masked.slice(0, s) + ' '.repeat(e - s) + masked.slice(e);
  }
  return masked;
}

/**
 * Step 7: who reacted, for which country or organisation, how, and towards what. A reaction is a
 * statement or act by a government, official, organisation or group: the subject of a stance word,
 * of a statement verb or of an act of state; the agent of a passive ("was condemned by Y"); or the
 * speaker of a quotation that holds a stance word. Denied cues ("declined to blame") are no reaction,
 * and private people speaking for themselves are not actors.
 */
export function extractReactions(
  articles: readonly Article[],
  entities: readonly Entity[],
  quotes: readonly Quote[],
): Reaction[] {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const home = homeCountry(articles, entities);
  const firstReport =
    articles
      .map((a) => a.date?.slice(0, 10) ?? '')
      .filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d))
      .sort()[0] ?? null;
  const entityById = new Map(entities.map((e) => [e.id, e]));
  const people = speakers(byId, home);
  const { mentionsIn, quotesIn } = indexByArticle(entities, quotes);
  const { record, finish } = reactionRecorder();

  for (const article of articles) {
    let previous: Actor[] = [];
    let lastCountry: string | null = null;
    const mentions = mentionsIn.get(article.id) ?? [];
    const articleQuotes = quotesIn.get(article.id) ?? [];

    article.sentences.forEach((range, sentence) => {
      const text = article.text.slice(range.start, range.end);
      const quoted = articleQuotes.filter((v) => v.start < range.end && v.end > range.start);
      const masked = maskSentence(text, range.start, quoted);
      const scope: SentenceScope = {
        article,
        mentions,
        speakers: people,
        masked,
        offset: range.start,
        nearby: lastCountry,
      };
      let actorsHere: Actor[] = [];
      const stanceActors = new Set<string>();
      const cues = findCues(text);
      for (const cue of cues) {
        if (isNegated(text.slice(0, cue.start)) || deniesObject(text.slice(cue.end))) continue;
        if (cue.kind === 'act' && isRecalledAct(text, cue.start, article.date, firstReport)) continue;
        const at = range.start + cue.start;
        const quote = quoted.find((v) => v.start <= at && v.end >= range.start + cue.end);
        const { actors, target } = readCue({
          cue,
          text,
          start: range.start,
          end: range.end,
          scope,
          quote,
          entityById,
          home,
          // "Spain offered condolences; its foreign ministry said…": an earlier clause of this
          // sentence is nearer than the sentence before.
          previous: actorsHere.length > 0 ? actorsHere : previous,
          earlier: cues.filter((c) => c.end <= cue.start),
        });
        if (actors.length === 0) continue;
        for (const actor of actors) {
          const who = `${actor.country ?? actor.organization}|${actor.name}`;
          // A statement verb adds nothing when the same sentence already gives this actor a stance.
          if (cue.kind === 'stance') stanceActors.add(who);
          else if (stanceActors.has(who)) continue;
          record(actor, cue, target, {
            articleId: article.id,
            start: range.start,
            end: range.end,
            sentence,
            ...(quote?.text ? { quote: quote.text } : {}),
          });
        }
        actorsHere = actors;
      }
      lastCountry = actorsHere.find((a) => a.country && a.kind === 'government')?.country ?? null;
      if (actorsHere.length > 0) previous = actorsHere;
      else {
        // No one reacted here, but whoever is named may be "he" or "the ministry" of the next sentence.
        const named = actorsIn({ ...scope, nearby: lastCountry }, range.start, range.end, false);
        if (named.length > 0) previous = named;
      }
    });
  }
  return finish();
}
