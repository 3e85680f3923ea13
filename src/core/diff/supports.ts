import type { Corpus } from '../schema/corpus';

export type SupportedRow = { id: string; label: string };

/**
 * The matrix rows a sentence gives evidence for (figures, quotes, reactions), keyed by sentence
 * index, so the diff can link each sentence to the comparison it feeds.
 */
export function rowsBySentence(corpus: Corpus, articleId: string): Map<number, SupportedRow[]> {
  const out = new Map<number, SupportedRow[]>();
  const add = (sentence: number | undefined, row: SupportedRow) => {
    if (sentence === undefined) return;
    const list = out.get(sentence) ?? [];
    if (!list.some((r) => r.id === row.id)) list.push(row);
    out.set(sentence, list);
  };
  for (const f of corpus.facts)
    for (const v of f.values) if (v.articleId === articleId) add(v.sentence, { id: f.id, label: f.label });
  for (const q of corpus.quotes)
    for (const v of q.variants)
      if (v.articleId === articleId)
        add(v.sentence, { id: q.id, label: q.speaker ? `quote of ${q.speaker}` : 'quote' });
  for (const r of corpus.reactions)
    for (const m of r.mentions)
      if (m.articleId === articleId)
        add(m.sentence, { id: r.id, label: `${r.actor} (${r.stance.replace(/_/g, ' ')})` });
  return out;
}
