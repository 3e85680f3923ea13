import { describe, expect, it } from 'vitest';
import { isEnglish, normaliseLanguage } from './language';
import { applyManifest, parseManifest } from './manifest';
import { normaliseDate } from './meta';
import { readInput } from './readInput';
import { parse as parseYaml } from 'yaml';

const file = (name: string, text: string) => ({ name, bytes: new TextEncoder().encode(text) });
const article = 'The council approved the new budget on Tuesday after a long debate, the mayor said.';

describe('readInput', () => {
  it('reads one JSON object, or an array, with ids from the record or the file', () => {
    const one = readInput(file('a.json', JSON.stringify({ text: article, id: 7 })));
    expect(one.ok && one.articles.map((a) => a.id)).toEqual(['7']);
    const many = readInput(file('b.json', JSON.stringify([{ text: article }, { text: article, source: 'X' }])));
    expect(many.ok && many.articles.map((a) => [a.id, a.meta.source])).toEqual([
      ['b-0', undefined],
      ['b-1', 'X'],
    ]);
  });

  it('keeps the good lines of a JSON Lines file and names the broken one by number', () => {
    const result = readInput(
      file(
        'c.jsonl',
        `${JSON.stringify({ text: article })}\n{"text": "unterminated\n${JSON.stringify({ text: article })}\n`,
      ),
    );
    expect(result.ok && result.articles).toHaveLength(2);
    expect(result.problems?.[0]).toMatchObject({ file: 'c.jsonl', record: 2 });
  });

  it('reads a .txt that is really a web page as HTML', () => {
    const page = `<!doctype html><html><head><title>T</title><script>evil()</script></head><body><article><p>${article} ${article}</p></article></body></html>`;
    const result = readInput(file('page.txt', page));
    expect(result.ok && result.articles[0]!.body).toContain('council approved');
    expect(result.ok && result.articles[0]!.body).not.toContain('evil');
  });

  it('does not take a text opening with a bracketed placeholder for JSON', () => {
    const result = readInput(file('d.txt', `[ad_1]\n${article}`));
    expect(result.ok).toBe(true);
  });

  it('strips Markdown to its text and reports broken front matter', () => {
    const md = readInput(
      file(
        'e.md',
        `---\ntitle: Budget\ndate: 2024-01-09\n---\n\n## Vote\n\n${article} See [the minutes](http://x).\n\n\`\`\`\ncode()\n\`\`\``,
      ),
    );
    expect(md.ok && md.articles[0]).toMatchObject({
      meta: { title: 'Budget', date: '2024-01-09' },
      body: `Vote\n\n${article} See the minutes.`,
    });
    const bad = readInput(file('f.md', '---\ntitle: [oops\n---\n\ntext'));
    expect(!bad.ok && bad.problem.message).toMatch(/front matter is not valid YAML/);
  });

  it('refuses an unknown type it cannot recognise, saying which types it reads', () => {
    const result = readInput(file('g.docx', 'PK\u0003\u0004'));
    expect(!result.ok && result.problem.message).toMatch(
      /unsupported file type; readable types are .*\.md.*\.html.*\.jsonl/,
    );
  });
});

describe('metadata', () => {
  it('normalises dates and languages, and never guesses', () => {
    expect(normaliseDate('2024-03-16T07:00:00Z')).toBe('2024-03-16');
    expect(normaliseDate('15 March 2024')).toBe('2024-03-15');
    expect(normaliseDate('sometime')).toBeUndefined();
    expect(normaliseLanguage('en-GB')).toBe('eng');
    expect(normaliseLanguage('fr')).toBe('fra');
    expect(isEnglish('eng') && isEnglish('und') && !isEnglish('spa')).toBe(true);
  });

  it('applies a manifest over what a file says, and names a manifest field that is wrong', () => {
    const manifest = parseManifest(
      file('manifest.yaml', 'title: T\nsources:\n  a.txt: Wire A\narticles:\n  a.txt:\n    date: 2024-02-02\n'),
      parseYaml,
    );
    expect(manifest.ok).toBe(true);
    if (!manifest.ok) return;
    const raw = {
      id: 'a',
      fileName: 'a.txt',
      body: article,
      bodyFirstLine: 1,
      meta: { source: 'Own', date: '2020-01-01' },
      headerLines: [],
    };
    expect(applyManifest(raw, manifest.manifest).meta).toEqual({ source: 'Wire A', date: '2024-02-02' });
    const bad = parseManifest(file('manifest.json', JSON.stringify({ sources: { 'a.txt': 3 } })));
    expect(!bad.ok && bad.problem.message).toContain('manifest field "sources.a.txt"');
  });
});
