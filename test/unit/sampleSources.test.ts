import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { buildCorpus } from '../../src/core/pipeline/buildCorpus';

// The sample's credit lines are the only clues to its sources; each must be found and kept as evidence.
it('names the sample sources from their credit lines and keeps each article its own column', () => {
  const folder = path.resolve(__dirname, '../../corpora/kadhimi-2021');
  const files = readdirSync(folder).map((name) => ({ name, bytes: readFileSync(path.join(folder, name)) }));
  const { corpus } = buildCorpus(files, { id: 's', title: 'S' });
  const sourceOf = (prefix: string) => {
    const article = corpus.articles.find((a) => a.id.startsWith(prefix))!;
    return corpus.sources.find((s) => s.id === article.sourceId)!;
  };
  expect(corpus.sources).toHaveLength(5);
  expect(sourceOf('000')).toMatchObject({ name: 'Reuters', kind: 'wire' });
  expect(sourceOf('000').evidence[0]?.text).toBe('Copyright © Thomson Reuters.');
  expect(sourceOf('002').name).toBe('AFP and Reuters');
  expect(sourceOf('003').kind).toBe('unknown');
  expect(sourceOf('004').evidence[0]?.text).toContain('told The Associated Press');
  const junk = corpus.articles.map((a) => a.text).join('\n');
  expect(junk).not.toMatch(/\[ad_\d\]|Getty Images|Copyright ©|\/AFP and REUTERS/);
});
