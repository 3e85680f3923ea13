import { describe, expect, it } from 'vitest';
import type { RawArticle } from '../ingest/types';
import { classifyLine, trailingCreditStart } from './boilerplate';
import { cleanArticle } from './cleanArticle';

const raw = (body: string, meta: RawArticle['meta'] = {}): RawArticle => ({
  id: 'x',
  fileName: 'x.txt',
  body,
  bodyFirstLine: 1,
  meta,
  headerLines: [],
});

describe('classifyLine', () => {
  it.each([
    ['[ad_3]', 'ad'],
    ['Advertisement', 'ad'],
    ['Copyright © 2020 Example Media. All rights reserved.', 'copyright'],
    ['Photo: Jane Doe / Example Agency', 'photo-credit'],
    ['Staff | Pool | Some Agency via Getty Images', 'photo-credit'],
    ['(Reporting by A. Writer; Editing by B. Editor)', 'credit'],
  ])('%s is %s', (line, kind) => {
    expect(classifyLine(line)).toBe(kind);
  });

  it('keeps ordinary sentences and headings', () => {
    expect(classifyLine('The minister said the talks would resume on Monday.')).toBeNull();
    expect(classifyLine('What happens next')).toBeNull();
  });
});

describe('trailingCreditStart', () => {
  it('finds an agency credit glued after the last full stop', () => {
    const text = 'The talks ended late./XYZ and ABC';
    expect(text.slice(trailingCreditStart(text))).toBe('/XYZ and ABC');
  });
  it('ignores a paragraph that ends normally', () => {
    expect(trailingCreditStart('Nothing to see here.')).toBe(-1);
  });
});

describe('cleanArticle', () => {
  it('removes boilerplate but keeps it with its line number', () => {
    const clean = cleanArticle(
      raw('First paragraph here.\n\n[ad_1]\n\nSecond paragraph.\n\nCopyright © Example Wire.'),
    );
    expect(clean.text).toBe('First paragraph here.\n\nSecond paragraph.');
    expect(clean.removed).toEqual([
      { kind: 'ad', text: '[ad_1]', line: 3 },
      { kind: 'copyright', text: 'Copyright © Example Wire.', line: 7 },
    ]);
  });

  it('takes a site label and headline off the top', () => {
    const clean = cleanArticle(
      raw('Daily Site\n\nMayor opens new bridge over river\n\nThe mayor opened the bridge on Friday.'),
    );
    expect(clean.siteLabel).toBe('Daily Site');
    expect(clean.title).toBe('Mayor opens new bridge over river');
    expect(clean.text).toBe('The mayor opened the bridge on Friday.');
  });

  it('keeps the first paragraph when it is a sentence', () => {
    const clean = cleanArticle(raw('The mayor opened the bridge on Friday.\n\nIt cost a lot.'));
    expect(clean.title).toBeNull();
    expect(clean.text.startsWith('The mayor')).toBe(true);
  });

  it('gives paragraph ranges that slice back to each paragraph', () => {
    const clean = cleanArticle(raw('  One   two.\n\n\n\nThree four.  \n'));
    expect(clean.paragraphs.map((p) => clean.text.slice(p.start, p.end))).toEqual(['One two.', 'Three four.']);
  });

  it('cuts a trailing credit off the last paragraph and keeps it as a credit', () => {
    const clean = cleanArticle(raw('Talks ended late on Friday./ABC and XYZ'));
    expect(clean.text).toBe('Talks ended late on Friday.');
    expect(clean.removed).toContainEqual({ kind: 'credit', text: '/ABC and XYZ', line: 1 });
  });
});
