import { describe, expect, it } from 'vitest';
import type { InputFile } from '../ingest/types';
import { parseCorpusValue } from '../schema/parseCorpus';
import { buildCorpus, serialiseCorpus } from './buildCorpus';

const text = (name: string, body: string): InputFile => ({ name, bytes: new TextEncoder().encode(body) });
const sampleFiles = (): InputFile[] => [
  text(
    'b-story.txt',
    'date: 2020-05-01\n\nTown Daily\n\nBridge reopens after repairs\n\nThe bridge reopened on Friday after two years. Officials said 40 workers took part.\n\n[ad_1]\n\nTraffic was light. “We are pleased,” the mayor said.\n\nCopyright © Example Wire.',
  ),
  text(
    'a-story.txt',
    ' date 2020-05-02 The bridge over the river reopened on Friday, officials told Example Wire.\n\nWorkers spent two years on the repairs. Dr. Smith, an engineer, praised the U.S. design.\n\nIt cost $4.5 million.',
  ),
  text('c-story.txt', 'Residents welcomed the news. Some were not convinced.\n\nThe council will meet again in June.'),
];

describe('buildCorpus', () => {
  it('is deterministic whatever the order of the files', () => {
    const files = sampleFiles();
    const a = serialiseCorpus(buildCorpus(files, { id: 's', title: 'S' }).corpus);
    const b = serialiseCorpus(buildCorpus([...files].reverse(), { id: 's', title: 'S' }).corpus);
    expect(a).toBe(b);
  });

  it('keeps every sentence offset true to the stored text', () => {
    const { corpus } = buildCorpus(sampleFiles(), { id: 's', title: 'S' });
    expect(corpus.articles).toHaveLength(3);
    for (const article of corpus.articles) {
      expect(article.sentences.length).toBeGreaterThan(1);
      for (const s of article.sentences) {
        const sentence = article.text.slice(s.start, s.end);
        expect(sentence).toBe(sentence.trim());
        expect(sentence.length).toBeGreaterThan(0);
      }
      for (const p of article.paragraphs) {
        const inside = article.sentences.filter((s) => s.start >= p.start && s.end <= p.end);
        expect(inside.length).toBeGreaterThan(0);
      }
    }
  });

  it('produces a corpus that passes the boundary parser', () => {
    const { corpus } = buildCorpus(sampleFiles(), { id: 's', title: 'S' });
    expect(parseCorpusValue(JSON.parse(serialiseCorpus(corpus))).ok).toBe(true);
  });

  it('reports each bad file by name and still builds the good ones', () => {
    const files = [
      text('good-one.txt', 'date: 2020-01-02\n\nThe mayor opened the bridge. Crowds cheered.'),
      { name: 'empty.txt', bytes: new Uint8Array() },
      { name: 'binary.txt', bytes: new Uint8Array([0, 159, 146, 150]) },
      { name: 'latin1.txt', bytes: new Uint8Array([0x63, 0x61, 0x66, 0xe9]) },
      text('notes.pdf', 'not an article'),
      text('good-two.txt', 'A second article. It has two sentences.'),
    ];
    const result = buildCorpus(files, { id: 't', title: 'T' });
    expect(result.corpus.articles.map((a) => a.id)).toEqual(['good-one', 'good-two']);
    expect(result.problems.map((p) => p.file).sort()).toEqual(['binary.txt', 'empty.txt', 'latin1.txt', 'notes.pdf']);
    expect(result.corpus.problems).toEqual(result.problems);
    expect(result.corpus.articles[0]?.date).toBe('2020-01-02');
  });

  it('keeps the first of two articles with the same id and says so', () => {
    const result = buildCorpus([text('a.txt', 'One. Two.'), text('a.text', 'Three. Four.')], { id: 't', title: 'T' });
    expect(result.corpus.articles).toHaveLength(1);
    expect(result.problems[0]?.message).toContain('duplicate article id "a"');
  });

  it('stores only http and https article addresses, and names the file and field of each one dropped', () => {
    const body = 'The ferry left at dawn. It carried forty cars.';
    const files = [
      text('front.md', `---\ntitle: Ferry\nurl: javascript:alert(1)\n---\n\n${body}`),
      text('header.txt', `url: vbscript:msgbox(1)\n\n${body}`),
      text(
        'page.html',
        `<html><head><link rel="canonical" href="data:text/html,x"></head><body><p>${body}</p></body></html>`,
      ),
      text('records.jsonl', `${JSON.stringify({ id: 'r1', text: body, url: 'JAVASCRIPT:void(0)' })}\n`),
      text('kept.txt', `url: https://news.example/ferry\n\n${body}`),
    ];
    const result = buildCorpus(files, { id: 'u', title: 'U' });
    const urls = Object.fromEntries(result.corpus.articles.map((a) => [a.id, a.url]));
    expect(urls).toEqual({ front: null, header: null, page: null, r1: null, kept: 'https://news.example/ferry' });
    const dropped = result.problems.filter((p) => /field url .* was dropped/.test(p.message));
    expect(dropped.map((p) => p.file).sort()).toEqual(['front.md', 'header.txt', 'page.html', 'records.jsonl']);
    expect(dropped.find((p) => p.file === 'records.jsonl')?.message).toContain(
      'article "r1": field url "JAVASCRIPT:void(0)"',
    );
    // The articles are kept, so these are warnings, not skipped files.
    expect(dropped.every((p) => p.level === 'warning')).toBe(true);
    expect(result.read).toBe(5);
  });

  it('changes the hash when the content changes', () => {
    const one = buildCorpus([text('a.txt', 'One. Two.')], { id: 't', title: 'T' }).corpus.hash;
    const two = buildCorpus([text('a.txt', 'One. Three.')], { id: 't', title: 'T' }).corpus.hash;
    expect(one).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(one).not.toBe(two);
  });
});
