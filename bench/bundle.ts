import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

type ManifestChunk = {
  file: string;
  name?: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
};

export type ChunkSize = { name: string; file: string; bytes: number; gzip: number };
export type BundleReport = { initial: { bytes: number; gzip: number; files: string[] }; lazy: ChunkSize[] };

/** The initial JavaScript budget, gzip: what a first visit downloads before the overview shows. */
export const INITIAL_BUDGET_GZIP = 180 * 1024;

function size(dist: string, file: string): { bytes: number; gzip: number } {
  const data = readFileSync(path.join(dist, file));
  return { bytes: data.length, gzip: gzipSync(data, { level: 9 }).length };
}

/**
 * Sizes from Vite's build manifest: the entry with everything it imports statically is the
 * initial download; every dynamic entry (views, map data, charts, workers) is loaded on demand.
 */
export function bundleReport(dist = 'dist'): BundleReport {
  const manifestPath = path.join(dist, '.vite', 'manifest.json');
  let manifest: Record<string, ManifestChunk>;
  try {
    manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, ManifestChunk>;
  } catch {
    throw new Error(`${manifestPath} is missing: run \`npx vite build\` first`);
  }
  const entry = Object.entries(manifest).find(([, c]) => c.isEntry);
  if (!entry) throw new Error(`${manifestPath} names no entry chunk`);
  const initial = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || initial.has(chunk.file)) return;
    initial.add(chunk.file);
    for (const dep of chunk.imports ?? []) visit(dep);
  };
  visit(entry[0]);
  const js = [...initial].filter((f) => f.endsWith('.js'));
  const totals = js
    .map((f) => size(dist, f))
    .reduce((s, x) => ({ bytes: s.bytes + x.bytes, gzip: s.gzip + x.gzip }), { bytes: 0, gzip: 0 });
  const lazy = Object.entries(manifest)
    .filter(([, c]) => c.file.endsWith('.js') && !initial.has(c.file))
    .map(([key, c]) => ({ name: c.name ?? key, file: c.file, ...size(dist, c.file) }));
  // Worker bundles (`new Worker(new URL(…))`) are emitted beside the manifest's chunks, not in it.
  const known = new Set(Object.values(manifest).map((c) => c.file));
  const workers = readdirSync(path.join(dist, 'assets'))
    .map((f) => `assets/${f}`)
    .filter((f) => f.endsWith('.js') && !known.has(f))
    .map((file) => ({ name: path.basename(file).replace(/-[\w-]{8}\.js$/, ''), file, ...size(dist, file) }));
  return { initial: { ...totals, files: js }, lazy: [...lazy, ...workers].sort((a, b) => b.gzip - a.gzip) };
}
