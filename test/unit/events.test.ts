import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCatalogue } from '../../src/core/catalogue/catalogue';

const root = path.resolve(__dirname, '../..');
const cli = path.join(root, 'bin/parallax.js');

describe('parallax events and index', () => {
  it('builds one corpus per event folder and an index.json listing them', () => {
    const out = mkdtempSync(path.join(tmpdir(), 'parallax-events-'));
    const run = spawnSync(
      process.execPath,
      [cli, 'events', 'test/fixtures/mixed', 'corpora/kadhimi-2021', '--out', out, '--quiet'],
      { cwd: root, encoding: 'utf8' },
    );
    expect(run.status).toBe(1); // the fixture's bad record
    const catalogue = parseCatalogue(JSON.parse(readFileSync(path.join(out, 'index.json'), 'utf8')));
    expect(catalogue.ok).toBe(true);
    if (!catalogue.ok) return;
    expect(catalogue.catalogue.corpora.map((c) => [c.id, c.file, c.articles])).toEqual([
      ['kadhimi-2021', 'kadhimi-2021.json', 5],
      ['mixed', 'mixed.json', 8],
    ]);
    // The manifest's title names the event; the folder names the corpus.
    expect(catalogue.catalogue.corpora[1]!.title).toBe('River flood in the lower town, March 2024');
    const corpus = JSON.parse(readFileSync(path.join(out, 'mixed.json'), 'utf8')) as { hash: string };
    expect(corpus.hash).toBe(catalogue.catalogue.corpora[1]!.hash);
  });

  it('keeps the committed index.json in step with the committed corpus (run `npm run corpus` when this fails)', () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'parallax-index-')), 'index.json');
    execFileSync(process.execPath, [cli, 'index', 'public/corpus.json', '--out', out], { cwd: root });
    const fresh = JSON.parse(readFileSync(out, 'utf8')) as { corpora: { hash: string; file: string }[] };
    const committed = JSON.parse(readFileSync(path.join(root, 'public/index.json'), 'utf8')) as typeof fresh;
    expect(committed.corpora.map((c) => c.hash)).toEqual(fresh.corpora.map((c) => c.hash));
  });
});
