import { corpusSchema, type Corpus } from './corpus';

/** What went wrong when reading a corpus, phrased for the person who has to fix it. */
export type CorpusError =
  | { kind: 'invalid-json'; message: string }
  | { kind: 'schema'; message: string; issues: { path: string; expected: string }[] }
  | { kind: 'offsets'; message: string; issues: { path: string; expected: string }[] };

export type ParseResult = { ok: true; corpus: Corpus } | { ok: false; error: CorpusError };

function pathOf(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, part) => {
    if (typeof part === 'number') return `${acc}[${part}]`;
    return acc ? `${acc}.${String(part)}` : String(part);
  }, '');
}

/** Span fields must fall inside their article's text, or highlights would slice garbage. */
function offsetIssues(corpus: Corpus): { path: string; expected: string }[] {
  const issues: { path: string; expected: string }[] = [];
  const lengths = new Map(corpus.articles.map((a) => [a.id, a.text.length]));
  corpus.articles.forEach((article, i) => {
    article.sentences.forEach((s, j) => {
      if (s.end > article.text.length)
        issues.push({ path: `articles[${i}].sentences[${j}].end`, expected: `at most ${article.text.length}` });
    });
    if (!corpus.sources.some((s) => s.id === article.sourceId))
      issues.push({ path: `articles[${i}].sourceId`, expected: 'the id of an entry in sources[]' });
  });
  const check = (path: string, articleId: string, end: number) => {
    const length = lengths.get(articleId);
    if (length === undefined) issues.push({ path: `${path}.articleId`, expected: 'the id of an entry in articles[]' });
    else if (end > length) issues.push({ path: `${path}.end`, expected: `at most ${length}` });
  };
  corpus.entities.forEach((e, i) =>
    e.mentions.forEach((m, j) => check(`entities[${i}].mentions[${j}]`, m.articleId, m.end)),
  );
  corpus.facts.forEach((f, i) => f.values.forEach((v, j) => check(`facts[${i}].values[${j}]`, v.articleId, v.end)));
  corpus.quotes.forEach((q, i) =>
    q.variants.forEach((v, j) => check(`quotes[${i}].variants[${j}]`, v.articleId, v.end)),
  );
  corpus.reactions.forEach((r, i) =>
    r.mentions.forEach((m, j) => check(`reactions[${i}].mentions[${j}]`, m.articleId, m.end)),
  );
  return issues;
}

/** Parse untrusted corpus data once, at the boundary; everything downstream trusts the result. */
export function parseCorpusValue(value: unknown): ParseResult {
  const parsed = corpusSchema.safeParse(value);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 20).map((issue) => ({
      path: pathOf(issue.path) || '(top level)',
      expected: issue.message,
    }));
    const first = issues[0];
    return {
      ok: false,
      error: {
        kind: 'schema',
        message: first
          ? `The corpus does not match the schema: ${first.path}: ${first.expected}`
          : 'The corpus does not match the schema.',
        issues,
      },
    };
  }
  const issues = offsetIssues(parsed.data);
  if (issues.length > 0) {
    const first = issues[0]!;
    return {
      ok: false,
      error: {
        kind: 'offsets',
        message: `The corpus refers to text it does not hold: ${first.path} should be ${first.expected}`,
        issues,
      },
    };
  }
  return { ok: true, corpus: parsed.data };
}

export function parseCorpusText(text: string): ParseResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, error: { kind: 'invalid-json', message: `The corpus is not valid JSON: ${detail}` } };
  }
  return parseCorpusValue(value);
}
