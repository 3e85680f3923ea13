import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  NO_FILTER,
  articleCountBins,
  atlasId,
  binIndex,
  countryName,
  filterReactions,
  needsMarker,
  pointsFromLatLng,
  reactionEvidence,
  reactionRows,
  reactionsCsv,
  reactionsGeoJson,
  reportedByLine,
  sortRows,
  summariseByCountry,
  summariseByOrganization,
  summaryLine,
} from './index';
import type { Reaction } from '../schema/corpus';
import { testCorpus } from './testCorpus';

const all = testCorpus.reactions;
const codes = (reactions = all) => summariseByCountry(reactions).map((s) => s.code);

describe('summariseByCountry', () => {
  it('gives one summary per actor country, sorted by name', () => {
    expect(codes()).toEqual(['FR', 'JP', 'MT']);
    const france = summariseByCountry(all)[0]!;
    expect(france.name).toBe('France');
    expect(france.actors).toEqual(['French government', 'Foreign minister']);
    expect(france.articleIds).toEqual(['a1', 'a2', 'a3']);
  });

  it('calls a country mixed when its reactions differ in stance, and keeps a shared stance otherwise', () => {
    const [france, japan] = summariseByCountry(all);
    expect(france!.stance).toBe('mixed');
    expect(france!.stances).toEqual(['condemn', 'concern']);
    expect(japan!.stance).toBe('call_for_calm');
    const onlyCondemn = filterReactions(all, { ...NO_FILTER, stances: ['condemn'] });
    expect(summariseByCountry(onlyCondemn)[0]!.stance).toBe('condemn');
  });

  it('writes a one-line summary with counts and stances', () => {
    const france = summariseByCountry(all)[0]!;
    expect(summaryLine(france)).toBe('2 reactions (mixed: Condemn, Concern), reported by 3 articles');
  });
});

describe('filterReactions', () => {
  it('restricts to the chosen articles, dropping reactions no chosen article reports', () => {
    const fromA1 = filterReactions(all, { ...NO_FILTER, articleIds: ['a1'] });
    expect(codes(fromA1)).toEqual(['FR', 'JP']);
    expect(fromA1.find((r) => r.id === 'fr-gov-condemn')!.mentions.map((m) => m.articleId)).toEqual(['a1']);
    expect(codes(filterReactions(all, { ...NO_FILTER, articleIds: ['a2'] }))).toEqual(['FR', 'MT']);
  });

  it('caps independence at the number of articles left', () => {
    const fromA1 = filterReactions(all, { ...NO_FILTER, articleIds: ['a1'] });
    expect(fromA1.find((r) => r.id === 'fr-gov-condemn')!.independent).toBe(1);
    expect(reportedByLine(all[0]!)).toBe('Reported by 2 articles, 2 independent');
    expect(reportedByLine(all[1]!)).toBe('Reported by 1 article');
  });

  it('filters by stance and by actor kind, treating a missing kind as "other"', () => {
    expect(filterReactions(all, { ...NO_FILTER, stances: ['offer_help'] }).map((r) => r.id)).toEqual(['mt-help']);
    expect(filterReactions(all, { ...NO_FILTER, actorKinds: ['other'] }).map((r) => r.id)).toEqual(['jp-calm']);
    expect(filterReactions(all, NO_FILTER)).toHaveLength(all.length);
  });
});

describe('countries', () => {
  it('joins alpha-2 codes to the atlas numeric ids, zero-padded', () => {
    expect(atlasId('FR')).toBe('250');
    expect(atlasId('AF')).toBe('004');
    expect(atlasId('QQ')).toBeUndefined();
  });

  it('uses everyday names, not the formal ones or acronyms', () => {
    expect(countryName('RU')).toBe('Russia');
    expect(countryName('PS')).toBe('Palestine');
    expect(countryName('ZA')).toBe('South Africa');
    expect(countryName('QQ')).toBe('QQ');
  });
});

describe('markers', () => {
  const square = (size: number) => ({
    type: 'Polygon' as const,
    coordinates: [
      [
        [0, 0],
        [0, size],
        [size, size],
        [size, 0],
        [0, 0],
      ],
    ],
  });

  it('marks countries that are tiny or missing from the atlas', () => {
    expect(needsMarker(undefined)).toBe(true);
    expect(needsMarker(square(0.5))).toBe(true); // about 3,000 km²
    expect(needsMarker(square(10))).toBe(false); // about 1.2 million km²
  });

  it('reads latitude-first reference points as [lon, lat]', () => {
    expect(pointsFromLatLng([{ cca2: 'MT', latlng: [35.9, 14.4] }]).get('MT')).toEqual([14.4, 35.9]);
  });
});

describe('exports', () => {
  it('writes the CSV through papaparse, quoted and neutralised', () => {
    const csv = reactionsCsv(testCorpus, reactionRows(all));
    const parsed = Papa.parse<string[]>(csv.trim(), { newline: '\r\n' }).data;
    expect(parsed[0]).toContain('Country code');
    expect(parsed).toHaveLength(all.length + 1);
    const france = parsed.find((row) => row[2] === 'French government')!;
    expect(france[parsed[0]!.indexOf('Quote')]).toBe(`'=HYPERLINK("x")`);
    expect(france).toContain('A Wire; A Paper');
  });

  it('builds a FeatureCollection with one feature per reacting country', () => {
    const summaries = summariseByCountry(all);
    const geometry = { type: 'Point' as const, coordinates: [0, 0] };
    const collection = reactionsGeoJson(summaries, (code) => (code === 'MT' ? null : geometry));
    expect(collection.type).toBe('FeatureCollection');
    expect(collection.features.map((f) => f.properties.code)).toEqual(['FR', 'JP', 'MT']);
    const france = collection.features[0]!;
    expect(france.geometry).toEqual(geometry);
    expect(france.properties).toMatchObject({
      name: 'France',
      stances: ['condemn', 'concern'],
      actors: ['French government', 'Foreign minister'],
      articles: ['a1', 'a2', 'a3'],
    });
    expect(collection.features[2]!.geometry).toBeNull();
    expect(JSON.parse(JSON.stringify(collection))).toEqual(collection);
  });
});

describe('table and evidence', () => {
  it('sorts rows by a column in both directions', () => {
    const rows = reactionRows(all);
    expect(sortRows(rows, 'articles', 'descending')[0]!.reaction.id).toBe('fr-gov-condemn');
    expect(sortRows(rows, 'country', 'descending').map((r) => r.code)).toEqual(['MT', 'JP', 'FR', 'FR']);
  });

  it('sorts by review: verified, then not reviewed, then dismissed, and the other way round', () => {
    const rows = reactionRows(all);
    const [first, second] = [rows[0]!.reaction.id, rows[1]!.reaction.id];
    const verdictOf = (id: string) => (id === first ? 'dismissed' : id === second ? 'verified' : undefined);
    const ascending = sortRows(rows, 'review', 'ascending', verdictOf).map((r) => r.reaction.id);
    expect(ascending[0]).toBe(second);
    expect(ascending[ascending.length - 1]).toBe(first);
    const descending = sortRows(rows, 'review', 'descending', verdictOf).map((r) => r.reaction.id);
    expect(descending[0]).toBe(first);
    expect(descending[descending.length - 1]).toBe(second);
  });

  it('lists each article sentence that reports a reaction once, with its text', () => {
    const evidence = reactionEvidence(testCorpus, all[0]!);
    expect(evidence.map((e) => [e.articleId, e.sentence, e.sourceName, e.text])).toEqual([
      ['a1', 1, 'A Wire', 'France condemned it.'],
      ['a2', 0, 'A Paper', 'France condemned it too.'],
    ]);
  });

  it('bins article counts into readable steps', () => {
    expect(articleCountBins(3).map((b) => b.label)).toEqual(['1 article', '2 articles', '3 articles']);
    const wide = articleCountBins(12);
    expect(wide.map((b) => b.label)).toEqual(['1–3 articles', '4–6 articles', '7–9 articles', '10–12 articles']);
    expect(binIndex(5, wide)).toBe(1);
    expect(binIndex(40, wide)).toBe(3);
  });
});

describe('organisations without a country', () => {
  const union: Reaction = {
    id: 'reaction-org-union-concern',
    country: null,
    organization: 'Coastal Union',
    actor: 'Coastal Union',
    actorKind: 'organization',
    stance: 'concern',
    stanceDetail: 'warn',
    target: 'the new levy',
    mentions: [all[0]!.mentions[0]!],
  };
  const withUnion = [...all, union];

  it('keeps them off the map and lists them on their own', () => {
    expect(codes(withUnion)).toEqual(['FR', 'JP', 'MT']);
    const [org] = summariseByOrganization(withUnion);
    expect(org).toMatchObject({ name: 'Coastal Union', stances: ['concern'], actors: ['Coastal Union'] });
    expect(summariseByOrganization(all)).toEqual([]);
  });

  it('gives the table and the CSV the organisation, the finer stance and the target', () => {
    const row = reactionRows([union])[0]!;
    expect(row).toMatchObject({ code: null, country: 'Coastal Union', stanceDetail: 'warn', target: 'the new levy' });
    const csv = Papa.parse<string[]>(reactionsCsv(testCorpus, [row]).replace(/^\uFEFF/, '')).data;
    expect(csv[1]).toEqual(expect.arrayContaining(['', 'Coastal Union', 'warn', 'the new levy']));
  });
});
