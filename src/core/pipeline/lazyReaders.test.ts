import { describe, expect, it, vi } from 'vitest';
import type { InputFile } from '../ingest/types';
import { runArticleStages } from './stages/perArticle';
import { alignment } from './stages/alignment';
import { runPipeline, type Platform } from './runner';
import { serialiseCorpus } from './serialise';

// Which of the large parsers this file's builds import (the mocks pass the real modules through).
const imported = vi.hoisted(() => new Set<string>());
vi.mock('../ingest/readHtml', async (original) => {
  imported.add('html');
  return original();
});
vi.mock('../ingest/readMarkdown', async (original) => {
  imported.add('markdown');
  return original();
});
vi.mock('../ingest/yaml', async (original) => {
  imported.add('yaml');
  return original();
});

const file = (name: string, body: string): InputFile => ({ name, bytes: new TextEncoder().encode(body) });
const here: Platform = {
  eachArticle: async (raws) => raws.map(runArticleStages),
  alignPairs: async (plan, meanwhile) => ({
    alignments: alignment.finish([alignment.alignRange(plan)]),
    content: meanwhile(),
  }),
};
const options = { id: 'lazy', title: 'Lazy' };

describe('the runner loads readers by the files it is given', () => {
  it('builds plain-text articles without importing the HTML, Markdown or YAML parsers', async () => {
    const { corpus } = await runPipeline(
      [
        file('one.txt', 'The bakery on the corner closed on Monday, its owner said.'),
        file('two.txt', 'A bakery closed its doors on Monday after forty years.'),
      ],
      options,
      here,
    );
    expect(corpus.articles).toHaveLength(2);
    expect([...imported]).toEqual([]);
  });

  it('imports each parser once its kind of file is there, and reads those files', async () => {
    const { corpus, problems } = await runPipeline(
      [
        file(
          'page.html',
          `<html><head><title>Hours</title></head><body><article><p>${'The town library extended its opening hours on Tuesday, and readers welcomed the change. '.repeat(4)}</p></article></body></html>`,
        ),
        file('note.md', '---\ntitle: Hours\n---\n\nThe library now opens at seven, staff said on Tuesday.'),
        file('manifest.yaml', 'sources:\n  note.md: Town Crier\n'),
      ],
      options,
      here,
    );
    expect([...imported].sort()).toEqual(['html', 'markdown', 'yaml']);
    expect(problems).toEqual([]);
    expect(corpus.articles.map((a) => a.id).sort()).toEqual(['note', 'page']);
    const note = corpus.articles.find((a) => a.id === 'note');
    expect(corpus.sources.find((s) => s.id === note?.sourceId)?.name).toBe('Town Crier');
    expect(serialiseCorpus(corpus)).toContain('opens at seven');
  });
});
