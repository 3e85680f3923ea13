import { SCHEMA_VERSION, type Corpus } from './corpus';

/** One broken reference inside a corpus that matches the schema: where it is and what it should be. */
export type IntegrityIssue = { path: string; expected: string };

const MAX_ISSUES = 20;

function major(version: string): number | null {
  const match = /^(\d+)\./.exec(version) ?? /^(\d+)$/.exec(version);
  return match ? Number(match[1]) : null;
}

/**
 * A corpus written by a newer Parallax whose schema has a higher major version cannot be read
 * safely by this one; returns the message saying so, or null when this build can read it.
 */
export function newerSchemaMessage(version: unknown): string | null {
  if (typeof version !== 'string') return null;
  const theirs = major(version);
  const ours = major(SCHEMA_VERSION)!;
  if (theirs === null || theirs <= ours) return null;
  return `The corpus was built by a newer Parallax (schema ${version}); this one reads ${ours}.x: update Parallax.`;
}

/**
 * The references the schema alone cannot check: every span lies inside its article's text with
 * start ≤ end, every sentence index names a sentence of its article, every article id named
 * anywhere exists, every article's source exists, and ids are unique in each list (a second
 * article with one id would be unreachable). Paths are those of the schema errors.
 */
export function checkIntegrity(corpus: Corpus): IntegrityIssue[] {
  const issues: IntegrityIssue[] = [];
  const add = (path: string, expected: string) => {
    if (issues.length < MAX_ISSUES) issues.push({ path, expected });
  };

  const unique = (list: readonly { id: string }[], name: string) => {
    const first = new Map<string, number>();
    list.forEach((item, i) => {
      const earlier = first.get(item.id);
      if (earlier === undefined) first.set(item.id, i);
      else add(`${name}[${i}].id`, `unique, but "${item.id}" is also ${name}[${earlier}].id`);
    });
  };
  unique(corpus.articles, 'articles');
  unique(corpus.sources, 'sources');
  unique(corpus.entities, 'entities');
  unique(corpus.facts, 'facts');
  unique(corpus.quotes, 'quotes');
  unique(corpus.reactions, 'reactions');

  const articles = new Map<string, { length: number; sentences: number }>();
  for (const a of corpus.articles)
    if (!articles.has(a.id)) articles.set(a.id, { length: a.text.length, sentences: a.sentences.length });
  const sources = new Set(corpus.sources.map((s) => s.id));

  const range = (path: string, start: number, end: number, length: number) => {
    if (start > end) add(`${path}.start`, `at most end (${end})`);
    else if (end > length) add(`${path}.end`, `at most ${length}, the length of its article's text`);
  };
  const sentenceIndex = (path: string, index: number | undefined, sentences: number) => {
    if (index !== undefined && index >= sentences)
      add(path, `the index of one of its article's ${sentences} sentences (below ${sentences})`);
  };

  corpus.articles.forEach((article, i) => {
    article.sentences.forEach((s, j) => range(`articles[${i}].sentences[${j}]`, s.start, s.end, article.text.length));
    article.paragraphs.forEach((p, j) => range(`articles[${i}].paragraphs[${j}]`, p.start, p.end, article.text.length));
    if (!sources.has(article.sourceId)) add(`articles[${i}].sourceId`, 'the id of an entry in sources[]');
  });

  /** A span in an article: the article exists, the span is in its text, its sentence is one of its sentences. */
  const span = (path: string, m: { articleId: string; start: number; end: number; sentence?: number | undefined }) => {
    const article = articles.get(m.articleId);
    if (!article) {
      add(`${path}.articleId`, `the id of an entry in articles[], not "${m.articleId}"`);
      return;
    }
    range(path, m.start, m.end, article.length);
    sentenceIndex(`${path}.sentence`, m.sentence, article.sentences);
  };
  corpus.entities.forEach((e, i) => e.mentions.forEach((m, j) => span(`entities[${i}].mentions[${j}]`, m)));
  corpus.facts.forEach((f, i) => f.values.forEach((v, j) => span(`facts[${i}].values[${j}]`, v)));
  corpus.quotes.forEach((q, i) => q.variants.forEach((v, j) => span(`quotes[${i}].variants[${j}]`, v)));
  corpus.reactions.forEach((r, i) => r.mentions.forEach((m, j) => span(`reactions[${i}].mentions[${j}]`, m)));
  corpus.sources.forEach((s, i) =>
    s.evidence.forEach((e, j) => {
      if (!articles.has(e.articleId))
        add(`sources[${i}].evidence[${j}].articleId`, `the id of an entry in articles[], not "${e.articleId}"`);
    }),
  );

  corpus.alignments.forEach((alignment, i) => {
    const a = articles.get(alignment.a);
    const b = articles.get(alignment.b);
    if (!a) add(`alignments[${i}].a`, `the id of an entry in articles[], not "${alignment.a}"`);
    if (!b) add(`alignments[${i}].b`, `the id of an entry in articles[], not "${alignment.b}"`);
    alignment.pairs.forEach((pair, j) => {
      if (a) sentenceIndex(`alignments[${i}].pairs[${j}].a`, pair.a, a.sentences);
      if (b) sentenceIndex(`alignments[${i}].pairs[${j}].b`, pair.b, b.sentences);
    });
  });
  return issues;
}
