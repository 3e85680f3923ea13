import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBuild } from './build';

const root = path.resolve(__dirname, '../..');
const cli = path.join(root, 'bin/parallax.js');

function folderWith(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'parallax-cli-'));
  for (const [name, body] of Object.entries(files)) writeFileSync(path.join(dir, name), body);
  return dir;
}

/** A stand-in for stderr that records what was written and claims to be a terminal when asked. */
function fakeStderr(isTTY: boolean) {
  const lines: string[] = [];
  const stream = { isTTY, write: (chunk: string) => lines.push(chunk) > 0 } as unknown as NodeJS.WriteStream;
  return { stream, text: () => lines.join('') };
}

describe('parallax build', () => {
  it('exits 1, names the bad file and still writes the good ones', async () => {
    const dir = folderWith({
      'ok.txt': 'A story. It has sentences.',
      'bad.txt': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]),
    });
    const out = path.join(dir, 'out', 'c.json');
    const stderr = fakeStderr(false);
    expect(await runBuild([dir], { out }, stderr.stream)).toBe(1);
    expect(stderr.text()).toContain('bad.txt: the file looks binary');
    const corpus = JSON.parse(readFileSync(out, 'utf8')) as { articles: { id: string }[] };
    expect(corpus.articles.map((a) => a.id)).toEqual(['ok']);
  });

  it('prints a progress line per article on a terminal, and none otherwise', async () => {
    const dir = folderWith({ 'a.txt': 'One. Two.', 'b.txt': 'Three. Four.' });
    const tty = fakeStderr(true);
    expect(await runBuild([dir], { out: path.join(dir, 'x.json') }, tty.stream)).toBe(0);
    expect(tty.text()).toMatch(/\[1\/2\] ok {3}a\.txt\n\[2\/2\] ok {3}b\.txt/);
    const pipe = fakeStderr(false);
    await runBuild([dir], { out: path.join(dir, 'y.json') }, pipe.stream);
    expect(pipe.text()).not.toContain('[1/2]');
  });

  it('exits 0 with a warning when an article is kept but its address is dropped', async () => {
    const dir = folderWith({ 'a.txt': 'url: javascript:alert(1)\n\nA story. It has sentences.' });
    const stderr = fakeStderr(false);
    expect(await runBuild([dir], { out: path.join(dir, 'c.json') }, stderr.stream)).toBe(0);
    expect(stderr.text()).toContain('a.txt: article "a": field url "javascript:alert(1)" was dropped');
    expect(stderr.text()).toContain('1 article(s) read, 0 skipped, 1 source(s), 1 warning(s)');
  });

  it('exits 2 and writes nothing when no article can be read', async () => {
    const dir = folderWith({ 'empty.txt': '' });
    const stderr = fakeStderr(false);
    expect(await runBuild([dir, path.join(dir, 'missing')], { out: path.join(dir, 'c.json') }, stderr.stream)).toBe(2);
    expect(stderr.text()).toContain('missing: no such file or folder');
    expect(stderr.text()).toContain('nothing was written');
  });
});

// These start the command line in a new process, which loads the TypeScript sources: seconds on a busy machine.
describe('parallax --help', { timeout: 20_000 }, () => {
  it('documents every command and option', () => {
    const help = execFileSync(process.execPath, [cli, '--help'], { encoding: 'utf8' });
    expect(help).toMatch(/build \[options\] <inputs\.\.\.>/);
    expect(help).toContain('schema');
    const buildHelp = execFileSync(process.execPath, [cli, 'build', '--help'], { encoding: 'utf8' });
    for (const option of ['--out', '--id', '--title', '--quiet', 'Exit codes']) expect(buildHelp).toContain(option);
  });

  it('fails with a usage message when a required option is missing', () => {
    const result = spawnSync(process.execPath, [cli, 'build', 'somewhere'], { encoding: 'utf8' });
    expect(result.status).toBe(64);
    expect(result.stderr).toContain("required option '-o, --out <file>' not specified");
  });
});

describe('parallax build on worker threads', () => {
  it('writes the same corpus, byte for byte, on one thread and on two', async () => {
    const texts = Array.from({ length: 6 }, (_, i) => [
      `s${i}.txt`,
      `date: 2023-05-0${i + 1}\n\nThe storm flooded ${i + 2} streets on Friday, officials said. The mayor called for calm. Japan offered help.`,
    ]);
    const dir = folderWith(Object.fromEntries(texts));
    // Outputs go beside the folder, not in it, or the second build would read the first's output.
    const one = `${dir}-one.json`;
    const two = `${dir}-two.json`;
    expect(await runBuild([dir], { out: one, workers: 1 }, fakeStderr(false).stream)).toBe(0);
    expect(await runBuild([dir], { out: two, workers: 2 }, fakeStderr(false).stream)).toBe(0);
    expect(readFileSync(two, 'utf8')).toBe(readFileSync(one, 'utf8'));
    const corpus = JSON.parse(readFileSync(two, 'utf8')) as { articles: unknown[]; alignments: unknown[] };
    expect(corpus.articles).toHaveLength(6);
    // The near-copies align, so the workers' share of step 8 is in the comparison too.
    expect(corpus.alignments.length).toBeGreaterThan(2);
  }, 60_000);

  it('splits the candidate pairs into contiguous ranges of about equal work', async () => {
    const { pairRanges } = await import('./threadPlatform');
    const { planAlignment } = await import('../core/analysis/align');
    const { buildCorpus } = await import('../core/pipeline/buildCorpus');
    const sentence = (i: number) => `Crews cleared ${i} roads near the harbour today.`;
    const files = Array.from({ length: 8 }, (_, k) => ({
      name: `a${k}.txt`,
      bytes: new TextEncoder().encode(Array.from({ length: 2 + k * 3 }, (_, i) => sentence(i)).join(' ')),
    }));
    const plan = planAlignment(buildCorpus(files, { id: 't', title: 'T' }).corpus.articles, 'all-pairs');
    const ranges = pairRanges(plan, 2);
    expect(ranges[0]![0]).toBe(0);
    expect(ranges[1]![0]).toBe(ranges[0]![1]);
    expect(ranges[1]![1]).toBe(28);
    // Pairs with the long articles cost more, so the first range holds more pairs than the second.
    expect(ranges[0]![1]).toBeGreaterThan(14);
  });

  it('draws a progress bar with an estimate of the time left', async () => {
    const { progressBar } = await import('./progressBar');
    let clock = 0;
    const bar = progressBar(10, 'articles', () => clock);
    clock = 4000;
    expect(bar(2)).toContain('2/10 articles, about 16 s left');
    clock = 20_000;
    expect(bar(10)).toMatch(/\[#{24}\] 10\/10 articles, done/);
  });
});
