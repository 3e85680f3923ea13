import { z } from 'zod';
import type { Corpus } from '../schema/corpus';

/** index.json: the corpora a site publishes, one per event; the app loads one at a time. */
export const catalogueSchema = z.object({
  catalogueVersion: z.literal(1),
  corpora: z.array(
    z.object({
      id: z.string().min(1),
      title: z.string(),
      /** Where the corpus JSON is, relative to the catalogue. */
      file: z.string().min(1),
      articles: z.number().int().nonnegative(),
      sources: z.number().int().nonnegative(),
      hash: z.string(),
    }),
  ),
});

export type Catalogue = z.infer<typeof catalogueSchema>;
export type CatalogueEntry = Catalogue['corpora'][number];

export function catalogueEntry(corpus: Corpus, file: string): CatalogueEntry {
  return {
    id: corpus.id,
    title: corpus.title,
    file,
    articles: corpus.articles.length,
    sources: corpus.sources.length,
    hash: corpus.hash,
  };
}

/** Entries in id order, so the file is the same however the corpora were listed. */
export function makeCatalogue(entries: readonly CatalogueEntry[]): Catalogue {
  return { catalogueVersion: 1, corpora: [...entries].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)) };
}

export function parseCatalogue(value: unknown): { ok: true; catalogue: Catalogue } | { ok: false; message: string } {
  const parsed = catalogueSchema.safeParse(value);
  if (parsed.success) return { ok: true, catalogue: parsed.data };
  const issue = parsed.error.issues[0];
  return {
    ok: false,
    message: `index.json field "${issue?.path.join('.') || '(top level)'}": ${issue?.message ?? 'unexpected shape'}`,
  };
}
