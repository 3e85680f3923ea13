import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

import { runEval, type EvalOptions } from './eval';

/** An invented two-article cluster with its gold annotation, in a folder named `name`. */
function cluster(parent: string, name: string, goldValues: Record<string, number>): string {
  const dir = path.join(parent, name);
  mkdirSync(dir);
  writeFileSync(path.join(dir, '01.txt'), 'date: 2023-05-02\n\nFour guards were injured in the blast at the depot.');
  writeFileSync(path.join(dir, '02.txt'), 'date: 2023-05-02\n\nSix guards were injured in the blast at the depot.');
  writeFileSync(path.join(dir, 'README.md'), '# Notes on this cluster, not an article\n');
  writeFileSync(
    path.join(dir, 'gold.json'),
    JSON.stringify({ numeric_facts: [{ id: 'injured', values: goldValues }] }),
  );
  return dir;
}

/** Runs the command in this process and keeps what it printed. */
async function run(folders: string[], options: EvalOptions = {}) {
  let stdout = '';
  let stderr = '';
  const io = {
    stdout: { write: (s: string) => (stdout += s).length > 0 },
    stderr: { write: (s: string) => (stderr += s).length > 0 },
  };
  const status = await runEval(folders, options, io);
  return { status, stdout, stderr };
}

describe('parallax eval', () => {
  const parent = mkdtempSync(path.join(tmpdir(), 'parallax-eval-'));
  const right = cluster(parent, 'right', { '01': 4, '02': 6 });
  const wrong = cluster(parent, 'wrong', { '01': 5, '02': 7 });

  it('scores each cluster without reading gold.json or README as articles, and prints the mean', async () => {
    const result = await run([right, wrong], { json: true, keep: path.join(parent, 'built') });
    expect(result.status).toBe(0);
    const out = JSON.parse(result.stdout) as {
      clusters: Record<string, { figures: Record<string, number> }>;
      mean: Record<string, number>;
    };
    expect(out.clusters.right?.figures['facts.triple_r']).toBe(1);
    expect(out.clusters.wrong?.figures['facts.triple_r']).toBe(0);
    expect(out.mean['facts.triple_r']).toBe(0.5);
    const built = JSON.parse(readFileSync(path.join(parent, 'built', 'right.json'), 'utf8')) as {
      articles: { id: string }[];
    };
    expect(built.articles.map((a) => a.id)).toEqual(['01', '02']);
  });

  it('fails below a floor and passes once the floor is met', async () => {
    const floors = path.join(parent, 'floors.json');
    writeFileSync(floors, JSON.stringify({ clusters: { wrong: { 'facts.triple_r': 0.5 } } }));
    const below = await run([wrong], { floors });
    expect(below.status).toBe(1);
    expect(below.stderr).toContain('wrong facts.triple_r = 0, past its floor 0.5');
    expect((await run([right], { floors })).status).toBe(0);
  });

  it('exits 2 and names the folder when a cluster has no gold', async () => {
    const bare = path.join(parent, 'bare');
    mkdirSync(bare);
    writeFileSync(path.join(bare, 'a.txt'), 'One sentence.');
    const result = await run([bare]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('bare: no gold.json in the folder');
  });
});
