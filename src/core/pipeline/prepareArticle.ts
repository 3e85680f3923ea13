import { cleanArticle } from '../clean/cleanArticle';
import { detectLanguage } from '../ingest/language';
import type { RawArticle } from '../ingest/types';
import { segmentSentences } from '../segment/segment';
import type { Article } from '../schema/corpus';
import { inferSource, type SourceInference } from '../sources/inferSource';

export type PreparedArticle = { article: Omit<Article, 'sourceId'>; source: SourceInference };

function fallbackTitle(text: string, firstSentenceEnd: number | undefined): string {
  const sentence = text.slice(0, firstSentenceEnd ?? Math.min(text.length, 120)).trim();
  if (sentence.length <= 90) return sentence;
  const cut = sentence.slice(0, 90);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 60))}…`;
}

/** Steps 2 and 3 for one article: clean, segment, and read what the text says about its source. */
export function prepareArticle(raw: RawArticle): PreparedArticle {
  const clean = cleanArticle(raw);
  const sentences = segmentSentences(clean.text, clean.paragraphs);
  const source = inferSource(raw.id, clean.text, clean.removed, raw.meta.source);
  return {
    article: {
      id: raw.id,
      credits: source.credits,
      date: raw.meta.date ?? null,
      title: raw.meta.title ?? clean.title ?? fallbackTitle(clean.text, sentences[0]?.end),
      url: raw.meta.url ?? null,
      language: detectLanguage(clean.text, raw.meta.language),
      text: clean.text,
      paragraphs: clean.paragraphs,
      sentences,
      removed: clean.removed,
    },
    source,
  };
}
