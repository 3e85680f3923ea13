import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

// CI runs the benchmark only as a smoke run on a tiny corpus: it must finish and report every section.
describe('npm run bench -- --smoke', () => {
  it('prints the pipeline, diff, bundle and target tables', () => {
    const out = execFileSync(process.execPath, ['--import', 'tsx', 'bench/run.ts', '--smoke'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    expect(out).toMatch(/\| +10 \| +[\d.]+ \| +[\d.]+ \|/);
    expect(out).toContain('diff-match-patch');
    expect(out).toContain('initial JavaScript');
    expect(out).toMatch(/initial JavaScript, gzip +\| ≤ 180 KB \| +[\d.]+ KB \| yes/);
  }, 120_000);
});
