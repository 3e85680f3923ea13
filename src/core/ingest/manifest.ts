import { z } from 'zod';
import { decodeText } from './decode';
import type { YamlParser } from './formats';
import { metaFrom } from './meta';
import type { ArticleMeta, IngestProblem, InputFile, RawArticle } from './types';

/** A folder's manifest: the event's name and title, and per-file metadata that overrides the files' own. */
export type Manifest = { event?: string; title?: string; files: Record<string, ArticleMeta> };

import { isYamlManifest } from './manifestName';

export { isManifest } from './manifestName';

const manifestSchema = z.looseObject({
  event: z.string().optional(),
  title: z.string().optional(),
  /** File name → source name, the common case. */
  sources: z.record(z.string(), z.string()).optional(),
  /** File name → any of source, title, date, url, language. */
  articles: z.record(z.string(), z.record(z.string(), z.unknown())).optional(),
});

/** A manifest file read: JSON by its name, else YAML with `parseYaml` (required for a YAML manifest). */
export function parseManifest(
  file: InputFile,
  parseYaml?: YamlParser,
): { ok: true; manifest: Manifest } | { ok: false; problem: IngestProblem } {
  const decoded = decodeText(file.name, file.bytes);
  if (!decoded.ok) return decoded;
  const json = !isYamlManifest(file.name);
  // The caller loads YAML for `readersNeeded(files)`; a missing parser is a bug, not bad input.
  if (!json && !parseYaml) throw new Error(`no YAML parser was loaded for ${file.name}`);
  let value: unknown;
  try {
    value = json ? JSON.parse(decoded.text) : parseYaml?.(decoded.text);
  } catch (error) {
    return {
      ok: false,
      problem: {
        file: file.name,
        message: `the manifest cannot be read (${(error instanceof Error ? error.message : String(error)).split('\n')[0]})`,
      },
    };
  }
  const parsed = manifestSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      ok: false,
      problem: {
        file: file.name,
        message: `manifest field "${issue?.path.join('.') || '(top level)'}": ${issue?.message ?? 'unexpected shape'}`,
      },
    };
  }
  const files: Record<string, ArticleMeta> = {};
  for (const [name, source] of Object.entries(parsed.data.sources ?? {})) files[name] = { ...files[name], source };
  for (const [name, fields] of Object.entries(parsed.data.articles ?? {}))
    files[name] = { ...files[name], ...metaFrom(fields) };
  return {
    ok: true,
    manifest: {
      ...(parsed.data.event ? { event: parsed.data.event } : {}),
      ...(parsed.data.title ? { title: parsed.data.title } : {}),
      files,
    },
  };
}

/** The manifest's word beats the file's own header: it is the analyst's correction. */
export function applyManifest(raw: RawArticle, manifest: Manifest | null): RawArticle {
  const base = raw.fileName.split(/[\\/]/).pop() ?? raw.fileName;
  const override = manifest?.files[base] ?? manifest?.files[raw.id];
  return override ? { ...raw, meta: { ...raw.meta, ...override } } : raw;
}
