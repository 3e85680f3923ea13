import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBuild } from './build';
import { runEvents } from './events';
import { globBase, readInputFiles } from './readFiles';
import { safeText } from './safeText';

function folderWith(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'parallax-hostile-'));
  for (const [name, body] of Object.entries(files)) writeFileSync(path.join(dir, name), body);
  return dir;
}

function fakeStderr() {
  const lines: string[] = [];
  const stream = { isTTY: false, write: (chunk: string) => lines.push(chunk) > 0 } as unknown as NodeJS.WriteStream;
  return { stream, text: () => lines.join('') };
}

describe('the command line never overwrites its input', () => {
  it('refuses --out naming an input file and leaves it as it was', async () => {
    const dir = folderWith({
      'a.txt': 'Mayor Tova Reng opened the bridge. It cost 4 million.',
      'b.txt': 'A second story.',
    });
    const stderr = fakeStderr();
    expect(await runBuild([dir], { out: path.join(dir, 'a.txt') }, stderr.stream)).toBe(2);
    expect(stderr.text()).toContain(`refusing to write the corpus to ${path.join(dir, 'a.txt')}`);
    expect(readFileSync(path.join(dir, 'a.txt'), 'utf8')).toBe('Mayor Tova Reng opened the bridge. It cost 4 million.');
  });

  it('parallax events refuses a folder named index and two folders with one name, naming them', async () => {
    const top = mkdtempSync(path.join(tmpdir(), 'parallax-events-clash-'));
    for (const f of ['index', 'one/storm', 'two/storm']) {
      mkdirSync(path.join(top, f), { recursive: true });
      writeFileSync(path.join(top, f, 'a.txt'), 'A story about a storm. It rained.');
    }
    const out = path.join(top, 'out');
    const stderr = fakeStderr();
    const code = await runEvents(
      [path.join(top, 'index'), path.join(top, 'one/storm'), path.join(top, 'two/storm')],
      out,
      { quiet: true },
      stderr.stream,
    );
    expect(code).toBe(2);
    expect(stderr.text()).toContain('a folder named "index" would overwrite index.json');
    expect(stderr.text()).toContain(
      `${path.join(top, 'one/storm')} and ${path.join(top, 'two/storm')} have the same name "storm"`,
    );
  });
});

describe('one symbolic-link policy', () => {
  const outsideDir = folderWith({ 'secret.txt': 'Private words that must stay out.' });
  const outside = path.join(outsideDir, 'secret.txt');

  it('follows a link inside the folder and skips one out of it, naming it', async () => {
    const dir = folderWith({ 'a.txt': 'First story.' });
    symlinkSync(path.join(dir, 'a.txt'), path.join(dir, 'again.txt'));
    symlinkSync(outside, path.join(dir, 'leak.txt'));
    const { files, errors } = await readInputFiles([dir]);
    expect(files.map((f) => f.name)).toEqual(['a.txt']); // the inner link is the same file, read once
    expect(errors).toEqual([{ file: path.join(dir, 'leak.txt'), message: expect.stringContaining('outside') }]);
  });

  it('a glob does not read through a link out of its base', async () => {
    const dir = folderWith({ 'a.txt': 'First story.' });
    symlinkSync(outside, path.join(dir, 'leak.txt'));
    symlinkSync('/etc/passwd', path.join(dir, 'passwd.txt'));
    const { files, errors } = await readInputFiles([`${dir}/*.txt`]);
    expect(files.map((f) => f.name)).toEqual(['a.txt']);
    expect(errors.map((e) => path.basename(e.file)).sort()).toEqual(['leak.txt', 'passwd.txt']);
    expect(files.some((f) => Buffer.from(f.bytes).toString().includes('root:'))).toBe(false);
  });

  it('finds the fixed base of a pattern', () => {
    expect(globBase('/a/b/*.txt')).toBe('/a/b');
    expect(globBase('a/**/c/*.md')).toBe('a');
    expect(globBase('*.txt')).toBe('.');
  });
});

describe('terminal injection', () => {
  it('escapes control characters', () => {
    expect(safeText('a\u001b[2Jb\nc\u007f\u009bd\te')).toBe('a\\x1b[2Jb\\nc\\x7f\\x9bd\\te');
    expect(safeText('plain name.txt')).toBe('plain name.txt');
  });

  it('prints a file name with an escape sequence and a newline without them', async () => {
    const name = 'evil\u001b[2J\nparallax: wrote 999 articles.txt';
    const dir = folderWith({ [name]: new Uint8Array([0xff, 0xfe, 0x00, 0x01, 0x02]), 'ok.txt': 'A fine story.' });
    const stderr = fakeStderr();
    await runBuild([dir], { out: path.join(dir, 'out.json') }, stderr.stream);
    const text = stderr.text();
    expect(text).not.toContain('\u001b');
    expect(text).toContain('evil\\x1b[2J\\nparallax: wrote 999 articles.txt');
    expect(text.split('\n').filter((l) => l.startsWith('parallax: wrote 999'))).toEqual([]);
  });
});
