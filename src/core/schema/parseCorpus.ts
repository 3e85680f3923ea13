import { corpusSchema, type Corpus } from './corpus';
import { checkIntegrity, newerSchemaMessage } from './integrity';

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

/** Parse untrusted corpus data once, at the boundary; everything downstream trusts the result. */
export function parseCorpusValue(value: unknown): ParseResult {
  // A newer major version is named first: its other differences would only confuse.
  const version =
    value !== null && typeof value === 'object' ? (value as { schemaVersion?: unknown }).schemaVersion : undefined;
  const newer = newerSchemaMessage(version);
  if (newer !== null)
    return {
      ok: false,
      error: { kind: 'schema', message: newer, issues: [{ path: 'schemaVersion', expected: newer }] },
    };
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
  const issues = checkIntegrity(parsed.data);
  if (issues.length > 0) {
    const first = issues[0]!;
    return {
      ok: false,
      error: {
        kind: 'offsets',
        message: `The corpus contradicts itself: ${first.path} should be ${first.expected}`,
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
