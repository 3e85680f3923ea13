import { describe, expect, it } from 'vitest';
import { formatOf, readersNeeded, readWith } from './formats';
import { loadReaders } from './loadReaders';
import { parseManifest } from './manifest';

const file = (name: string, text: string) => ({ name, bytes: new TextEncoder().encode(text) });
const story = 'The harbour reopened on Friday after the storm, the port authority said.';

describe('what a build needs loaded', () => {
  it('reads the format from the name, and from the content when a text file is really a page or JSON', () => {
    expect(formatOf(file('a.txt', story))).toBe('text');
    expect(formatOf(file('a.txt', '<!DOCTYPE html><html><body><p>x</p></body></html>'))).toBe('html');
    expect(formatOf(file('a.txt', '{"text": "x"}'))).toBe('json');
    expect(formatOf(file('a.md', '# Title'))).toBe('markdown');
    expect(formatOf(file('a.bin', story))).toBeNull();
  });

  it('lists each format once, and YAML only for a YAML manifest', () => {
    expect(readersNeeded([file('a.txt', story), file('b.text', story)])).toEqual(['text']);
    expect(readersNeeded([file('a.txt', story), file('manifest.json', '{}')])).toEqual(['json', 'text']);
    expect(readersNeeded([file('b.htm', '<p>x</p>'), file('c.md', 'x'), file('manifest.yml', 'title: T')])).toEqual([
      'html',
      'markdown',
      'yaml',
    ]);
  });

  it('loads the large parsers only when asked for them', async () => {
    const plain = await loadReaders(['text']);
    expect(Object.keys(plain).sort()).toEqual(['json', 'jsonl', 'text']);
    const all = await loadReaders(['html', 'markdown', 'yaml']);
    expect(typeof all.html === 'function' && typeof all.markdown === 'function' && typeof all.yaml === 'function').toBe(
      true,
    );
  });

  it('treats a reader or parser that was not loaded as a bug, not as bad input', async () => {
    const plain = await loadReaders(['text']);
    expect(() => readWith(file('a.html', '<p>x</p>'), plain)).toThrow(/no html reader was loaded for a\.html/);
    expect(() => parseManifest(file('manifest.yaml', 'title: T'))).toThrow(/no YAML parser/);
    expect(readWith(file('a.bin', story), plain)).toMatchObject({ ok: false, problem: { file: 'a.bin' } });
  });
});
