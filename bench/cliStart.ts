import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Medians of alternating cold starts of the command line and its floors, in milliseconds. */
export type CliStart = { runs: number; nodeMs: number; helpMs: number; winkMs: number; buildSampleMs: number };

const SAMPLE = 'corpora/kadhimi-2021';

function timed(args: string[]): number {
  const started = performance.now();
  execFileSync(process.execPath, args, { stdio: 'ignore' });
  return performance.now() - started;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/**
 * Each round runs the four commands once, one after the other, so a slow moment of the machine
 * touches all of them alike. The command line is compiled first, as `npm install` leaves it.
 */
export function measureCliStart(runs: number): CliStart {
  execFileSync(process.execPath, ['bin/compile-cli.mjs'], { stdio: 'ignore' });
  const out = path.join(mkdtempSync(path.join(os.tmpdir(), 'parallax-cli-')), 'sample.json');
  const rounds = Array.from({ length: runs }, () => ({
    node: timed(['-e', '0']),
    help: timed(['bin/parallax.js', '--help']),
    wink: timed(['bench/winkAlone.mjs', SAMPLE]),
    build: timed(['bin/parallax.js', 'build', SAMPLE, '--out', out, '--quiet']),
  }));
  const round = (pick: (r: (typeof rounds)[number]) => number) => Math.round(median(rounds.map(pick)));
  return {
    runs,
    nodeMs: round((r) => r.node),
    helpMs: round((r) => r.help),
    winkMs: round((r) => r.wink),
    buildSampleMs: round((r) => r.build),
  };
}
