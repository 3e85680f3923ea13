import { describe, expect, it } from 'vitest';
import { floorsSchema, raisedFloors, shortfalls } from './evalFloors';
import { METRICS, meanFigures, type Figures } from './evalMetrics';

const figures = (value: number, merges = 0): Figures =>
  Object.fromEntries(METRICS.map((m) => [m, m === 'people.merges' ? merges : value])) as Figures;

const a = { name: 'a', figures: figures(0.8) };
const b = { name: 'b', figures: figures(0.6, 1) };

describe('eval floors', () => {
  it('means each metric over the clusters', () => {
    expect(meanFigures([a.figures, b.figures])['facts.triple_r']).toBe(0.7);
  });

  it('reports a cluster below its floor and a mean below the mean floor', () => {
    const floors = floorsSchema.parse({
      meanOver: ['a', 'b'],
      mean: { 'facts.triple_r': 0.75 },
      clusters: { b: { 'quotes.grouping': 0.61 } },
    });
    const below = shortfalls(floors, [a, b], meanFigures([a.figures, b.figures]));
    expect(below.map((s) => `${s.where} ${s.metric}`)).toEqual(['b quotes.grouping', 'mean facts.triple_r']);
  });

  it('treats merges as a ceiling', () => {
    const floors = floorsSchema.parse({ clusters: { b: { 'people.merges': 0 } } });
    expect(shortfalls(floors, [b], b.figures).map((s) => s.metric)).toEqual(['people.merges']);
  });

  it('judges the mean only over the clusters it was reached on', () => {
    const floors = floorsSchema.parse({ meanOver: ['a', 'b', 'c'], mean: { 'facts.triple_r': 0.99 } });
    expect(shortfalls(floors, [a, b], meanFigures([a.figures, b.figures]))).toEqual([]);
  });

  it('raises floors to better figures and never lowers them', () => {
    const floors = floorsSchema.parse({ clusters: { a: { 'facts.triple_r': 0.9, 'quotes.grouping': 0.5 } } });
    const raised = raisedFloors(floors, [a], a.figures);
    expect(raised.clusters.a?.['facts.triple_r']).toBe(0.9);
    expect(raised.clusters.a?.['quotes.grouping']).toBe(0.8);
    expect(raised.meanOver).toEqual(['a']);
  });
});
