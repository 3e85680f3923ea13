import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../src/core/pipeline/buildCorpus';

const folder = 'test/fixtures/mixed';
const files = readdirSync(folder).map((name) => ({ name, bytes: readFileSync(path.join(folder, name)) }));
const { corpus, problems } = buildCorpus(files, { id: 'mixed', title: 'Mixed' });
const byId = new Map(corpus.articles.map((a) => [a.id, a]));
const sourceOf = (id: string) => corpus.sources.find((s) => s.id === byId.get(id)?.sourceId)?.name;

describe('a folder mixing every input format', () => {
  it('reads .txt, .md, .html, .json and .jsonl into one corpus, and never the manifest', () => {
    expect([...byId.keys()].sort()).toEqual([
      '01-wire',
      '02-blog',
      '03-page',
      '04-records-1',
      '06-nota',
      'feed-1',
      'feed-3',
      'radio-1',
    ]);
    expect(byId.has('manifest')).toBe(false);
  });

  it('takes metadata from front matter, meta tags, records and the manifest', () => {
    expect(byId.get('02-blog')).toMatchObject({
      title: 'Lower town under water',
      date: '2024-03-15',
      url: 'https://blog.example.org/flood',
    });
    expect(sourceOf('02-blog')).toBe('Lower Town Blog');
    expect(byId.get('03-page')).toMatchObject({
      title: 'Flood: residents begin to return',
      date: '2024-03-16',
      url: 'https://herald.example.com/flood-return',
      language: 'eng',
    });
    expect(sourceOf('03-page')).toBe('Valley Herald');
    expect(byId.get('04-records-1')?.date).toBe('2024-03-15');
    expect(sourceOf('radio-1')).toBe('Valley Radio');
    expect(sourceOf('06-nota')).toBe('Diario del Valle');
    expect(sourceOf('01-wire')).toBe('Metro Wire');
  });

  it('keeps scripts, styles, event handlers, code and page furniture out of the corpus', () => {
    const text = JSON.stringify(corpus);
    expect(text).not.toContain('SHOULD-NOT-APPEAR');
    expect(text).not.toContain('onclick');
    const page = byId.get('03-page')!.text;
    expect(page).toContain('Residents of the lower town began to return home');
    expect(page).not.toMatch(/Home News Sport|All rights reserved/);
    expect(byId.get('02-blog')!.text).toContain('Two people were injured.');
  });

  it('names the file and record of a record without text, and keeps the others from that file', () => {
    expect(problems).toEqual([
      { file: '05-feed.jsonl', record: 2, message: 'field "text" is missing: every record needs its article text' },
    ]);
    expect(byId.has('feed-1') && byId.has('feed-3')).toBe(true);
  });

  it('keeps a non-English article, marked, and out of the English-only stages', () => {
    expect(byId.get('06-nota')?.language).toBe('spa');
    const ids = [
      ...corpus.facts.flatMap((f) => f.values),
      ...corpus.entities.flatMap((e) => e.mentions),
      ...corpus.reactions.flatMap((r) => r.mentions),
    ].map((m) => m.articleId);
    expect(ids).not.toContain('06-nota');
    expect(corpus.alignments.some((a) => a.a === '06-nota' || a.b === '06-nota')).toBe(false);
  });

  it('builds from the command line, exit code 1 for the bad record, corpus written', () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'parallax-mixed-')), 'c.json');
    const run = spawnSync(process.execPath, ['bin/parallax.js', 'build', folder, '--out', out], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('05-feed.jsonl (record 2)');
    expect((JSON.parse(readFileSync(out, 'utf8')) as { articles: unknown[] }).articles).toHaveLength(8);
  });

  it('expands glob patterns on the command line', () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'parallax-glob-')), 'c.json');
    const run = spawnSync(
      process.execPath,
      ['bin/parallax.js', 'build', `${folder}/*.{txt,md}`, '--out', out, '--quiet'],
      { encoding: 'utf8' },
    );
    expect(run.status).toBe(0);
    expect((JSON.parse(readFileSync(out, 'utf8')) as { articles: { id: string }[] }).articles.map((a) => a.id)).toEqual(
      ['01-wire', '02-blog', '06-nota'],
    );
  });
});
