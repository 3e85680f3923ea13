import { z } from 'zod';
import { articleIdFromName, decodeText } from './decode';
import { LIMITS } from './limits';
import { metaFrom } from './meta';
import type { IngestProblem, IngestResult, InputFile, RawArticle } from './types';

/** One article record: text is required, everything else optional; unknown fields are ignored. */
const recordSchema = z.looseObject({
  text: z
    .string({
      error: (issue) =>
        issue.input === undefined ? 'is missing: every record needs its article text' : 'must be text',
    })
    .trim()
    .min(1, 'is empty: every record needs its article text'),
  id: z.union([z.string().min(1), z.number()]).optional(),
  title: z.string().optional(),
  source: z.string().optional(),
  date: z.string().optional(),
  url: z.string().optional(),
  language: z.string().optional(),
});

function toArticle(
  file: InputFile,
  value: unknown,
  index: number,
): { ok: true; article: RawArticle } | { ok: false; problem: IngestProblem } {
  const parsed = recordSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.join('.') || '(the record)';
    return {
      ok: false,
      problem: {
        file: file.name,
        record: index + 1,
        message: `field "${field}" ${issue?.message ?? 'is not an article object'}`,
      },
    };
  }
  const record = parsed.data;
  const id = record.id !== undefined ? String(record.id) : `${articleIdFromName(file.name)}-${index}`;
  const body = record.text.replace(/\r\n?/g, '\n');
  return {
    ok: true,
    article: { id, fileName: file.name, body, bodyFirstLine: 1, meta: metaFrom(record), headerLines: [] },
  };
}

function collect(file: InputFile, values: { value: unknown; index: number }[], early: IngestProblem[]): IngestResult {
  const articles: RawArticle[] = [];
  const problems = [...early];
  for (const { value, index } of values.slice(0, LIMITS.records)) {
    const result = toArticle(file, value, index);
    if (result.ok) articles.push(result.article);
    else problems.push(result.problem);
  }
  if (values.length > LIMITS.records)
    problems.push({
      file: file.name,
      message: `only the first ${LIMITS.records} records were read; split the file to read the rest`,
    });
  if (articles.length === 0)
    return {
      ok: false,
      problem: problems[0] ?? { file: file.name, message: 'the file holds no article records' },
      problems: problems.slice(1),
    };
  return { ok: true, articles, problems };
}

/** JSON: one article object, or an array of them. */
export function readJson(file: InputFile): IngestResult {
  const decoded = decodeText(file.name, file.bytes);
  if (!decoded.ok) return decoded;
  let value: unknown;
  try {
    value = JSON.parse(decoded.text);
  } catch (error) {
    // Deep nesting throws a RangeError, truncation a SyntaxError: both are a bad file, not a crash.
    if (/^\s*\{[^\n]*\}\s*\n\s*\{/.test(decoded.text)) return readJsonLines(file);
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, problem: { file: file.name, message: `not valid JSON (${detail.slice(0, 160)})` } };
  }
  const values = Array.isArray(value) ? value : [value];
  return collect(
    file,
    values.map((v, index) => ({ value: v, index })),
    [],
  );
}

/** JSON Lines: one article record per line; a broken line is reported and the others kept. */
export function readJsonLines(file: InputFile): IngestResult {
  const decoded = decodeText(file.name, file.bytes);
  if (!decoded.ok) return decoded;
  const values: { value: unknown; index: number }[] = [];
  const early: IngestProblem[] = [];
  decoded.text.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    try {
      values.push({ value: JSON.parse(line), index });
    } catch (error) {
      early.push({
        file: file.name,
        record: index + 1,
        message: `line ${index + 1} is not valid JSON (${(error instanceof Error ? error.message : String(error)).slice(0, 120)})`,
      });
    }
  });
  return collect(file, values, early);
}
