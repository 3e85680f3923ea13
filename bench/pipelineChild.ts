/**
 * One measurement in a fresh process, so peak memory belongs to that run alone.
 *   tsx bench/pipelineChild.ts pipeline <folder> <out.json>   build a corpus, time JSON, count pairs
 *   tsx bench/pipelineChild.ts nlp <folder>                   wink-nlp alone (tokenise and tag), then language detection alone, on the same text
 *   tsx bench/pipelineChild.ts parallel <folder> <workers>    the build with per-article work on worker threads
 * Prints one JSON line on stdout.
 */
import { writeFileSync } from 'node:fs';
import { alignArticles, candidatePairs } from '../src/core/analysis/align';
import { contentStems } from '../src/core/analysis/text/contentStems';
import { detectLanguage } from '../src/core/ingest/language';
import { readInput } from '../src/core/ingest/readInput';
import { buildCorpus, serialiseCorpus } from '../src/core/pipeline/buildCorpus';
import { runPipeline } from '../src/core/pipeline/runner';
import { nlp } from '../src/core/segment/nlp';
import { nodeSha256 } from '../src/cli/nodeHash';
import { threadPlatform } from '../src/cli/threadPlatform';
import { readInputFiles } from '../src/cli/readFiles';

const [mode, folder, out] = process.argv.slice(2);
const ms = (from: number) => Math.round(performance.now() - from);
const peakMb = () => Math.round(process.resourceUsage().maxRSS / 1024);

async function pipeline() {
  const { files } = await readInputFiles([folder!]);
  const bytes = files.reduce((s, f) => s + f.bytes.length, 0);
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const { corpus } = buildCorpus(files, { id: 'bench', title: 'bench', hasher: nodeSha256 });
  const buildMs = ms(started);
  // CPU time of every thread in the process: V8's garbage collector and compiler run beside the
  // one JavaScript thread, so a one-thread build already keeps more than one core busy.
  const cpu = process.cpuUsage(cpuBefore);
  const cpuMs = Math.round((cpu.user + cpu.system) / 1000);
  let t = performance.now();
  const text = serialiseCorpus(corpus);
  const stringifyMs = ms(t);
  // The build's own high-water mark, before the parse below (a bench-only cost) adds its copy.
  const buildPeakMb = peakMb();
  t = performance.now();
  JSON.parse(text);
  const parseMs = ms(t);
  if (out) writeFileSync(out, text);
  const stems = corpus.articles.map((a) => contentStems(a.text));
  const n = corpus.articles.length;
  return {
    articles: n,
    inputBytes: bytes,
    buildMs,
    cpuMs,
    stringifyMs,
    parseMs,
    outputBytes: Buffer.byteLength(text),
    lshCandidates: candidatePairs(stems, 'lsh').length,
    allPairs: (n * (n - 1)) / 2,
    alignedPairs: corpus.alignments.length,
    peakMb: buildPeakMb,
  };
}

async function nlpOnly() {
  const { files } = await readInputFiles([folder!]);
  const texts = files.flatMap((f) => {
    const r = readInput(f);
    return r.ok ? r.articles.map((a) => a.body) : [];
  });
  const bytes = texts.reduce((s, t) => s + Buffer.byteLength(t), 0);
  const engine = nlp();
  const started = performance.now();
  let tokens = 0;
  for (const text of texts) tokens += engine.readDoc(text).tokens().out(engine.its.pos).length;
  const nlpMs = ms(started);
  // The other library every article goes through: language detection, exactly as the build calls it.
  const languageStarted = performance.now();
  for (const text of texts) detectLanguage(text, undefined);
  return {
    articles: texts.length,
    inputBytes: bytes,
    nlpMs,
    languageMs: ms(languageStarted),
    tokens,
    peakMb: peakMb(),
  };
}

/** The same build with the per-article work on worker threads, as `parallax build --workers N` runs it. */
async function parallel() {
  const { files } = await readInputFiles([folder!]);
  const workers = Number(out ?? 2);
  const started = performance.now();
  const platform = threadPlatform(() => workers);
  try {
    await runPipeline(files, { id: 'bench', title: 'bench', hasher: nodeSha256 }, platform);
  } finally {
    await platform.close();
  }
  return { workers, buildMs: ms(started) };
}

/** The alignment stage alone with every pair compared, for the LSH-versus-all-pairs figure on small sizes. */
async function allPairs() {
  const { files } = await readInputFiles([folder!]);
  const { corpus } = buildCorpus(files, { id: 'bench', title: 'bench' });
  let t = performance.now();
  alignArticles(corpus.articles, 'lsh');
  const lshMs = ms(t);
  t = performance.now();
  alignArticles(corpus.articles, 'all-pairs');
  return { lshMs, allPairsMs: ms(t) };
}

const modes: Record<string, () => Promise<object>> = { pipeline, nlp: nlpOnly, 'all-pairs': allPairs, parallel };
const run = mode ? modes[mode] : undefined;
if (!run || !folder) {
  process.stderr.write('usage: pipelineChild.ts pipeline|nlp|all-pairs|parallel <folder> [out.json|workers]\n');
  process.exit(64);
}
process.stdout.write(`${JSON.stringify(await run())}\n`);
