import { detectLanguage } from '../../../ingest/language';
import type { Article } from '../../../schema/corpus';
import { segmentAndTag, type Tok } from '../../../segment/segment';
import { inferSource, type SourceInference } from '../../../sources/inferSource';
import type { Stage } from '../../stage';
import type { Cleaned } from '../clean';

/** An article before sources are assigned across the corpus, with what its text says of its source. */
export type PreparedArticle = { article: Omit<Article, 'sourceId'>; source: SourceInference };

/** The prepared article and its sentences' tagged tokens, which stay on the thread that read them. */
export type Segmented = PreparedArticle & { tokens: Tok[][] };

function fallbackTitle(text: string, firstSentenceEnd: number | undefined): string {
  const sentence = text.slice(0, firstSentenceEnd ?? Math.min(text.length, 120)).trim();
  if (sentence.length <= 90) return sentence;
  const cut = sentence.slice(0, 90);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 60))}…`;
}

/** Step 3: paragraphs and sentences with offsets, the language, and the source the text names. */
export const segment: Stage<Cleaned, Segmented> = {
  name: 'segment',
  run: ({ raw, clean }) => {
    const { sentences, tokens } = segmentAndTag(clean.text, clean.paragraphs);
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
      tokens,
    };
  },
};
