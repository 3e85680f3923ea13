import { spawn } from 'node:child_process';

/**
 * What this machine can give two threads of this kind of work: the one-thread build alone, then
 * two copies of it at the same moment. Independent processes share nothing but the machine (cores,
 * caches, memory bandwidth, and the garbage collector's helper threads), so twice the work divided
 * by the time two copies take is the most any two-thread build could gain here.
 */
export type Ceiling = { articles: number; aloneMs: number; togetherMs: number[]; speedUp: number };

function oneBuild(folder: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'bench/pipelineChild.ts', 'pipeline', folder]);
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) reject(new Error(`bench child pipeline ${folder} failed: ${err}`));
      else resolve((JSON.parse(out.trim().split('\n').pop()!) as { buildMs: number }).buildMs);
    });
  });
}

export async function parallelCeiling(folder: string, articles: number): Promise<Ceiling> {
  const aloneMs = await oneBuild(folder);
  const togetherMs = await Promise.all([oneBuild(folder), oneBuild(folder)]);
  const slowest = Math.max(...togetherMs);
  return { articles, aloneMs, togetherMs, speedUp: (2 * aloneMs) / slowest };
}
