import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../src/core/pipeline/buildCorpus';
import type { RemovedLine } from '../../src/core/schema/corpus';

// Invented articles about an invented port fire, each carrying the page furniture scraped web text
// arrives with: the whole corpus is built through the core pipeline and checked end to end.
const folder = 'test/fixtures/furniture';
const files = readdirSync(folder).map((name) => ({ name, bytes: readFileSync(path.join(folder, name)) }));
const { corpus } = buildCorpus(files, { id: 'furniture', title: 'Furniture' });
const byId = new Map(corpus.articles.map((a) => [a.id, a]));

/** Every piece of furniture in the folder: the article, the kind it is kept as, and words it holds. */
const FURNITURE: [string, RemovedLine['kind'], string][] = [
  ['01-wire', 'share', 'LISTEN TO ARTICLE 4:34'],
  ['01-wire', 'share', 'Share Tweet Post Email'],
  ['01-wire', 'caption', 'Firefighters spray water on the burning warehouse'],
  ['01-wire', 'caption', '(AP Photo/Dana Whitlow)'],
  ['01-wire', 'caption', 'FILE - In this Oct. 12, 2023, file photo, 70 workers load barley'],
  ['01-wire', 'media', 'Slideshow (9 Images)'],
  ['01-wire', 'ad', 'Advertisement'],
  ['01-wire', 'related', 'Read More'],
  ['01-wire', 'contributor', 'Pella Strand in Lowmere and Joren Mast in Brennick contributed to this report.'],
  ['01-wire', 'copyright', 'may not be published, broadcast, rewritten or redistributed'],
  ['02-broadcaster', 'caption', 'Image copyright Getty Images Image caption Smoke rose over the port'],
  ['02-broadcaster', 'media', 'Media playback is unsupported on your device'],
  ['02-broadcaster', 'media', 'Media caption Residents describe the night of the fire'],
  ['02-broadcaster', 'caption', 'Image caption Crews worked through the night.'],
  ['02-broadcaster', 'related', 'More on this story:'],
  ['02-broadcaster', 'related', 'Port fires: what the inspectors found'],
  ['02-broadcaster', 'related', 'Three months after the Lowmere flood'],
  ['02-broadcaster', 'caption', 'Image: Firefighters at the gate of the burned warehouse'],
  ['02-broadcaster', 'media', 'JUST WATCHED Warehouse fire lights up the port'],
  ['02-broadcaster', 'media', 'MUST WATCH Warehouse fire lights up the port 1:23'],
  ['02-broadcaster', 'media', '00:00 / 01:12 SD HD Share'],
  ['02-broadcaster', 'contact', 'readers@example-broadcast.test'],
  ['02-broadcaster', 'contact', 'Were you in Brennick last night?'],
  ['02-broadcaster', 'related', 'Related Topics Brennick Fire Service Harth Valley'],
  ['03-ledger', 'contributor', 'By Mira Olsson'],
  ['03-ledger', 'markup', '&nbsp;'],
  ['03-ledger', 'markup', '<br>'],
  ['03-ledger', 'markup', '&amp;'],
  ['03-ledger', 'ticker', 'Barley 212.40 +4.10 (+1.97%) Wheat 198.75 -0.50 (-0.25%)'],
  ['03-ledger', 'ticker', '(NYSE: LWL)'],
  ['03-ledger', 'caption', 'A ferry leaves the harbour at Lowmere, March 3, 2025. REUTERS/Oskar Linde'],
  ['03-ledger', 'related', '[Port fire: the night in pictures]'],
  ['03-ledger', 'newsletter', 'Sign up for our morning newsletter'],
  ['03-ledger', 'share', 'Follow Mira Olsson on Twitter'],
  ['03-ledger', 'contributor', 'With assistance by Kasper Nyland'],
  ['03-ledger', 'related', 'Read more:'],
  ['03-ledger', 'related', 'Why the river ports keep burning'],
  ['03-ledger', 'related', "Inside the grain trade's busiest week"],
  ['04-page', 'contributor', 'By Rune Halvorsen'],
  ['04-page', 'share', 'Share Tweet Email'],
  ['04-page', 'caption', 'Ships queue outside the port of Brennick on Wednesday. Photo: Lene Aas'],
  ['04-page', 'markup', '&amp;'],
  ['04-page', 'markup', '<br>'],
  ['04-page', 'ticker', 'Corven 41.20 +0.80 (+1.98%)'],
  ['04-page', 'newsletter', 'morning briefing in your inbox'],
  ['04-page', 'related', 'Ferry crossings resume on the river'],
  ['04-page', 'copyright', 'Copyright © 2025 Harbour Times. All rights reserved.'],
  ['05-scrape', 'share', 'Share this article Share Tweet Email'],
  ['05-scrape', 'caption', 'Image caption The burned warehouse seen from the river'],
  ['05-scrape', 'caption', 'A tugboat pushes a barge past the damaged warehouse'],
  ['05-scrape', 'caption', 'Picture taken March 5, 2025. REUTERS/Oskar Linde'],
];

/** Names and numbers that only the furniture holds: none may reach entities or figures. */
const FURNITURE_NAMES = [
  'Dana Whitlow',
  'Pella Strand',
  'Joren Mast',
  'Mira Olsson',
  'Oskar Linde',
  'Kasper Nyland',
  'Rune Halvorsen',
  'Lene Aas',
  'Getty',
  'Quayside',
];
const FURNITURE_FIGURES = [70, 9, 212.4, 198.75, 41.2, 1.97, 4.34, 1.23];

/** Article sentences next to the furniture, which must survive whole. */
const KEPT: [string, string][] = [
  ['01-wire', 'The blaze began shortly after midnight and took six hours to control, fire chief Tomas Reddan said.'],
  [
    '01-wire',
    'The warehouse held about 3,000 tonnes of barley, according to the port authority. The owner, Corven Grain',
  ],
  ['01-wire', 'Mayor Ilse Varga said the port would reopen on Thursday.'],
  ['02-broadcaster', 'The fire service said three of the injured were released from hospital on Tuesday afternoon.'],
  ['02-broadcaster', 'The regional government promised 2 million euros to rebuild the warehouse.'],
  ['03-ledger', 'traders said. Prices for March delivery gained 2 percent.'],
  ['03-ledger', 'Dealers expect the port to reopen this week.'],
  ['03-ledger', 'The ferry operator, Lowmere Lines, said crossings to Brennick would resume on Friday.'],
  ['03-ledger', 'Shares in Corven Grain & Milling fell 3 percent in early trading.'],
  ['04-page', 'until the inspectors finish their work & the debris is cleared.'],
  ['04-page', 'Insurers put the damage at about 12 million euros.'],
  ['05-scrape', 'Harbour master Anika Brandt said 14 ships were waiting to load.'],
  ['05-scrape', 'Inspectors will visit the site on Monday, she said.'],
];

describe('page furniture in scraped articles', () => {
  it.each(FURNITURE)('%s keeps "%s" furniture as evidence: %s', (id, kind, words) => {
    const article = byId.get(id)!;
    expect(article.removed.filter((r) => r.kind === kind).map((r) => r.text)).toContainEqual(
      expect.stringContaining(words),
    );
  });

  it.each(FURNITURE)('%s: the %s furniture is in no text, title or figure: %s', (_id, _kind, words) => {
    for (const article of corpus.articles) {
      expect(article.text).not.toContain(words);
      expect(article.title).not.toContain(words);
    }
    for (const fact of corpus.facts) for (const value of fact.values) expect(value.text).not.toContain(words);
  });

  it('keeps the names in captions, credits and bylines out of the entities', () => {
    const names = corpus.entities.flatMap((e) => [e.name, ...e.variants]);
    for (const name of FURNITURE_NAMES) expect(names.filter((n) => n.includes(name))).toEqual([]);
    const mentioned = corpus.entities.flatMap((e) =>
      e.mentions.map((m) => byId.get(m.articleId)!.text.slice(m.start, m.end)),
    );
    for (const name of FURNITURE_NAMES) expect(mentioned.filter((n) => n.includes(name))).toEqual([]);
  });

  it('keeps the numbers of captions, counters and tickers out of the figures', () => {
    const values = corpus.facts.flatMap((f) => f.values.map((v) => Number(v.value)));
    for (const figure of FURNITURE_FIGURES) expect(values).not.toContain(figure);
  });

  it.each(KEPT)('%s keeps the article sentence: %s', (id, sentence) => {
    expect(byId.get(id)!.text).toContain(sentence);
  });

  it('chooses titles that skip furniture lines and site names', () => {
    expect(byId.get('05-scrape')!.title).toBe('Brennick port to reopen after warehouse fire');
    expect(byId.get('04-page')!.title).toBe('Port reopens after warehouse fire');
    expect(byId.get('03-ledger')!.title).toBe('Grain prices climb after port fire & ferry delays');
    expect(byId.get('02-broadcaster')!.title).toMatch(/^Four firefighters were hurt/);
  });
});
