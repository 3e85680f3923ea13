import { describe, expect, it } from 'vitest';
import type { RawArticle } from '../ingest/types';
import { classifyLine, isTickerLine } from './boilerplate';
import { cleanArticle } from './cleanArticle';
import { cutFurniture, sentenceStarts } from './furniture';
import { cleanInlineMarkup, stripMarkup } from './markup';

const raw = (body: string): RawArticle => ({
  id: 'x',
  fileName: 'x.txt',
  body,
  bodyFirstLine: 1,
  meta: {},
  headerLines: [],
});

describe('sentenceStarts', () => {
  it('does not split after abbreviations and initials', () => {
    const text = 'Mr. Ode met Gen. Tarn in the U.S. on Jan. 4. Then he left.';
    expect(sentenceStarts(text).map((s) => text.slice(s, s + 4))).toEqual(['Mr. ', 'Then']);
  });
  it('finds a sentence glued on without a stop only when asked', () => {
    const text = 'Crews at the quay The port said';
    expect(sentenceStarts(text)).toEqual([0]);
    expect(sentenceStarts(text, true)).toEqual([0, 18]);
  });
});

describe('cutFurniture: inline furniture', () => {
  it('cuts a caption signed AGENCY/Name glued before the next sentence, and nothing else', () => {
    const line =
      'Officials met on Monday. A barge passes the quay in Tovik, May 2, 2024. REUTERS/Ana Berg The council said repairs would start soon.';
    const out = cutFurniture(line);
    expect(out.kept).toBe('Officials met on Monday. The council said repairs would start soon.');
    expect(out.removed).toEqual([
      { kind: 'caption', text: 'A barge passes the quay in Tovik, May 2, 2024. REUTERS/Ana Berg' },
    ]);
  });

  it('keeps a dateline with a slash and an agency dateline', () => {
    expect(cutFurniture('TOVIK/ELMSBY, Examplia - Crews worked all night.').removed).toEqual([]);
    expect(cutFurniture('TOVIK (Reuters) - Crews worked all night, officials said.').removed).toEqual([]);
  });

  it('takes only the credit when a long stretch of text comes before it', () => {
    const long = `The council spent the week on ${'the budget, the harbour, the schools, the roads and '.repeat(6)}the coming year. REUTERS/Ana Berg`;
    const out = cutFurniture(long);
    expect(out.removed).toEqual([{ kind: 'photo-credit', text: 'REUTERS/Ana Berg' }]);
    expect(out.kept.endsWith('coming year.')).toBe(true);
  });

  it('cuts an "(AP Photo/…)" caption and a FILE caption', () => {
    expect(
      cutFurniture('Boats sit in the dry dock in Tovik, Monday. (AP Photo/Ana Berg) Work resumed on Tuesday.').kept,
    ).toBe('Work resumed on Tuesday.');
    const file = cutFurniture(
      'FILE - In this Jan. 3, 2020, file photo, a crane lifts a hull. Work resumed on Tuesday.',
    );
    expect(file.kept).toBe('Work resumed on Tuesday.');
    expect(file.removed[0]?.kind).toBe('caption');
  });

  it('cuts an "Image copyright … Image caption …" caption to the end of its sentence', () => {
    const out = cutFurniture(
      'Image copyright Example Agency Image caption Crews at the quay. The port reopened on Friday.',
    );
    expect(out.kept).toBe('The port reopened on Friday.');
  });

  it('cuts a caption run into the next sentence without a stop, at the capitalised function word', () => {
    const out = cutFurniture(
      'Image caption Crews at the quay The port reopened on Friday after repairs, officials said.',
    );
    expect(out.kept).toBe('The port reopened on Friday after repairs, officials said.');
  });

  it('cuts a truncated caption signed by its source', () => {
    expect(
      cutFurniture('Crews walk along the quay in Tovik, Monday. In Tovik, 20 kilometers east of the... (Example Press)')
        .kept,
    ).toBe('');
  });

  it('cuts media notices, counters, players, share bars and inline advertisements', () => {
    expect(cutFurniture('JUST WATCHED Quay fire Replay More Videos ... MUST WATCH Quay fire 02:41').kept).toBe('');
    expect(cutFurniture('The fire spread quickly. Slideshow (12 Images) Crews arrived at dawn.').kept).toBe(
      'The fire spread quickly. Crews arrived at dawn.',
    );
    expect(cutFurniture('LISTEN TO ARTICLE 3:10 SHARE THIS ARTICLE Share Tweet Post Email').removed[0]?.kind).toBe(
      'share',
    );
    expect(cutFurniture('The fire spread quickly. Advertisement Crews arrived at dawn.').kept).toBe(
      'The fire spread quickly. Crews arrived at dawn.',
    );
    expect(cutFurniture('Gallery 8 photos Gallery © EPA/ANA BERG Quay at dawn').removed[0]?.kind).toBe('caption');
  });

  it('cuts a contributor sentence and a reader-contact appeal', () => {
    expect(cutFurniture('The vote is on Monday. Ana Berg in Tovik contributed to this report.').kept).toBe(
      'The vote is on Monday.',
    );
    const contact = cutFurniture('The vote is on Monday. Did you vote? Write to us at desk@example.test.');
    expect(contact.kept).toBe('The vote is on Monday.');
    expect(contact.removed[0]).toEqual({ kind: 'contact', text: 'Did you vote? Write to us at desk@example.test.' });
  });

  it('cuts exchange tags and inline quotes but keeps prose about prices', () => {
    expect(cutFurniture('Tovik Lines (NYSE: TVL) said sailings would resume.').kept).toBe(
      'Tovik Lines said sailings would resume.',
    );
    const prose = 'Shares in Tovik Lines rose 2.5% to 41.20 on Monday, and Post Office shares fell.';
    expect(cutFurniture(prose).removed).toEqual([]);
  });

  it('keeps ordinary sentences with times, slashes and share words', () => {
    for (const line of [
      'The meeting starts at 7:30 on Monday and ends at 9:00.',
      'Share prices fell after the post was filled by email.',
      'The 24/7 hotline opened on Friday.',
      'The advertisement ran for a week.',
    ])
      expect(cutFurniture(line)).toEqual({ kept: line, removed: [] });
  });
});

describe('classifyLine: whole lines of furniture', () => {
  it.each([
    ['Image: Crews at the gate of the quay on Monday morning', 'caption'],
    ['Photo: Ana Berg / Example Agency', 'photo-credit'],
    ['00:00 / 00:40 SD HD Share', 'media'],
    ['Share this article Share Tweet Email', 'share'],
    ['Follow Ana Berg on Twitter', 'share'],
    ['Sign up for our daily newsletter', 'newsletter'],
    ['Get the best stories delivered to your inbox every morning.', 'newsletter'],
    ['Read more:', 'related'],
    ['More on this story', 'related'],
    ['Read More', 'related'],
    ['[Quay fire: what we know]', 'related'],
    ['Index 25,415.19 +0.43% Bonds 101.20 -0.10', 'ticker'],
    ['— With assistance by Ana Berg', 'contributor'],
    ['By Ana Berg and Ole Tarn', 'contributor'],
    ['On the quay: Ana Berg, Example News, Tovik', 'contributor'],
    ['Please include a phone number. You can also contact us in the following ways:', 'contact'],
    [
      'Copyright 2024 Example Wire. All rights reserved. This material may not be published or redistributed.',
      'copyright',
    ],
  ])('%s is %s', (line, kind) => {
    expect(classifyLine(line)).toBe(kind);
  });

  it.each([
    'The union sent its newsletter to members on Monday.',
    'Shares rose 1.2% to 45.30 on Monday.',
    'By Tuesday the quay had reopened.',
    'Why the port matters',
    'The demands include:',
  ])('keeps "%s"', (line) => {
    expect(classifyLine(line)).toBeNull();
  });

  it('reads a ticker by its prices and signed changes', () => {
    expect(isTickerLine('TVL 41.20 +0.80 (+1.98%)')).toBe(true);
    expect(isTickerLine('Crews fought the fire for 12 hours')).toBe(false);
  });
});

describe('markup', () => {
  it('decodes entities, drops inline tags and splits at block tags', () => {
    expect(stripMarkup('Tom &amp; Ana met&nbsp;at <b>noon</b>.<br>They left.')).toEqual({
      blocks: ['Tom & Ana met at noon.', 'They left.'],
      found: ['&amp;', '&nbsp;', '<b>', '</b>', '<br>'],
    });
  });
  it('leaves comparisons and company names alone', () => {
    expect(stripMarkup('If a < b and c > d, AT&T wins.')).toEqual({
      blocks: ['If a < b and c > d, AT&T wins.'],
      found: [],
    });
  });
  it('reads double-escaped tags as tags', () => {
    expect(cleanInlineMarkup('Quay &lt;br&gt; reopens')).toBe('Quay reopens');
  });
});

describe('cleanArticle with furniture', () => {
  it('takes a related box under its label and stops at the next paragraph', () => {
    const clean = cleanArticle(
      raw(
        'The port reopened on Friday.\n\nMore on this story:\nWhy the port matters\nThe quay in numbers\n\nCrews had worked through the night to clear the debris from the eastern quay, officials said.',
      ),
    );
    expect(clean.text).toBe(
      'The port reopened on Friday.\n\nCrews had worked through the night to clear the debris from the eastern quay, officials said.',
    );
    expect(clean.removed.map((r) => r.kind)).toEqual(['related', 'related', 'related']);
  });

  it('skips furniture lines when choosing the headline', () => {
    const clean = cleanArticle(
      raw(
        'Share this article Share Tweet Email \n \n Image copyright Example Agency Image caption The quay at dawn \n \n Port reopens after quay fire \n \n The port reopened on Friday, officials said.',
      ),
    );
    expect(clean.title).toBe('Port reopens after quay fire');
    expect(clean.text).toBe('The port reopened on Friday, officials said.');
  });

  it('keeps markup as evidence with its line number', () => {
    const clean = cleanArticle(raw('First line.\n\nTom &amp; Ana met.<br>They left.'));
    expect(clean.text).toBe('First line.\n\nTom & Ana met.\n\nThey left.');
    expect(clean.removed).toEqual([{ kind: 'markup', text: '&amp; <br>', line: 3 }]);
  });
});
