import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { toJson, toTsv } from '../export/table';
import { applyReview } from '../review/apply';
import { findingReviews } from '../review/decisions';
import { correctionLine, reviewedReactions } from '../review/reviewedReactions';
import type { Review } from '../review/schema';
import {
  reactionChangeLine,
  reactionRows,
  reactionsCsv,
  reactionsGeoJson,
  reactionsTable,
  summariseByCountry,
} from './index';
import { testCorpus } from './testCorpus';

/** A review of the made-up corpus: Japan's call for calm read as a condemnation by Malta, Malta's offer dismissed. */
const review: Review = {
  schemaVersion: '1.0.0',
  corpus: { id: 'test', hash: 'h' },
  author: 'Ines',
  decisions: [
    {
      id: 'e',
      time: '2030-03-05T10:00:00Z',
      target: { kind: 'reaction', reactionId: 'jp-calm' },
      action: { kind: 'edit-reaction', country: 'MT', stance: 'condemn' },
    },
    {
      id: 'd',
      time: '2030-03-05T10:01:00Z',
      author: 'Ola',
      target: { kind: 'reaction', reactionId: 'mt-help' },
      action: { kind: 'verdict', verdict: 'dismissed' },
    },
    {
      id: 'n',
      time: '2030-03-05T10:02:00Z',
      target: { kind: 'reaction', reactionId: 'mt-help' },
      action: { kind: 'note', text: 'a different crisis' },
    },
  ],
};

describe('the reactions exports under a review', () => {
  const { corrections } = applyReview(testCorpus, review);
  const states = findingReviews(review);
  const shown = reviewedReactions(testCorpus.reactions, corrections, states);
  const table = reactionsTable(testCorpus, reactionRows(shown.reactions), { review, states, corrections });
  const line = (actor: string) =>
    Object.fromEntries(table.headers.map((h, i) => [h, table.rows.find((r) => r[2] === actor)![i]]));

  it('writes the corrected country and stance, with the review columns saying what the pipeline read', () => {
    expect(table.headers.slice(-4)).toEqual(['verdict', 'note', 'reviewer', 'corrected']);
    expect(line('Japan')).toMatchObject({
      'Country code': 'MT',
      Stance: 'Condemn',
      verdict: '',
      corrected: 'country: MT (was JP); stance: condemn (was call_for_calm)',
    });
    expect(line('Malta')).toMatchObject({ verdict: 'dismissed', note: 'a different crisis', reviewer: 'Ola' });
    expect(line('French government')).toMatchObject({ verdict: '', note: '', reviewer: '', corrected: '' });
  });

  it('carries the same columns into the CSV, the JSON and the copied table', () => {
    const csv = Papa.parse<Record<string, string>>(
      reactionsCsv(testCorpus, reactionRows(shown.reactions), { review, states, corrections }).replace(/^\uFEFF/, ''),
      {
        header: true,
        skipEmptyLines: true,
      },
    ).data;
    expect(csv.find((r) => r.Actor === 'Malta')).toMatchObject({ verdict: 'dismissed', note: 'a different crisis' });
    const json = JSON.parse(toJson(table)) as Record<string, string>[];
    expect(json.find((r) => r.Actor === 'Japan')?.corrected).toContain('was call_for_calm');
    const tsv = toTsv(table).split('\n');
    expect(tsv[0]!.split('\t').slice(-4)).toEqual(['verdict', 'note', 'reviewer', 'corrected']);
    expect(tsv.find((l) => l.startsWith('MT\tMalta\tMalta\t'))).toContain('\tdismissed\ta different crisis\tOla\t');
  });

  it('colours the GeoJSON by the corrected reactions and lists the corrections per country', () => {
    const summaries = summariseByCountry(shown.reactions);
    expect(summaries.map((s) => s.code)).toEqual(['FR', 'MT']);
    const lines = (id: string) =>
      (shown.reviews.get(id)?.changes ?? []).map((c) => correctionLine(c.field, c.to, c.from));
    const malta = reactionsGeoJson(summaries, () => null, lines).features.find((f) => f.id === 'MT')!;
    expect(malta.properties.stances).toEqual(['condemn', 'offer_help']);
    expect(malta.properties.corrected).toEqual([
      'Japan: country: MT, was JP',
      'Japan: stance: condemn, was call_for_calm',
    ]);
  });

  it('leaves the review columns empty without a review', () => {
    const plain = reactionsTable(testCorpus, reactionRows(testCorpus.reactions));
    expect(plain.rows.every((r) => r.slice(-4).join('') === '')).toBe(true);
  });
});

describe('reactionChangeLine', () => {
  it('names the country and the stance as the table shows them', () => {
    expect(reactionChangeLine({ field: 'stance', from: 'call_for_calm', to: 'condemn' })).toBe(
      'stance: Condemn, was Call for calm',
    );
    expect(reactionChangeLine({ field: 'country', from: 'JP', to: null })).toBe('country: no country, was Japan');
    expect(reactionChangeLine({ field: 'actor', from: 'Japan', to: 'Envoy' })).toBe('actor: Envoy, was Japan');
  });
});
