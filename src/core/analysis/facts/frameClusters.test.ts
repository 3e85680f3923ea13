import { describe, expect, it } from 'vitest';
import type { Quantity } from '../quantities/extractQuantities';
import { clustersByKind, frameClusters } from './frameClusters';

const figure = (articleId: string, value: number, verb: string | null, sentence = 0): Quantity => ({
  articleId,
  value,
  text: String(value),
  start: 0,
  end: 1,
  sentence,
  noun: 'people',
  verb,
  kind: 'count',
});

/** The rule it stands for: each figure joins the first row whose every member it meets. */
function everyMember<T>(items: readonly T[], meet: (a: T, b: T) => boolean): T[][] {
  const out: T[][] = [];
  for (const item of items) {
    const home = out.find((c) => c.every((other) => meet(item, other)));
    if (home) home.push(item);
    else out.push([item]);
  }
  return out;
}

describe('frameClusters', () => {
  const framesMeet = (a: Quantity, b: Quantity) => a.verb === b.verb || a.verb === null || b.verb === null;
  const apart = (a: Quantity, b: Quantity) =>
    a.articleId === b.articleId && a.value !== b.value && a.sentence !== b.sentence;

  it('makes the same rows as checking every member', () => {
    const items = [
      ...Array.from({ length: 300 }, (_, i) => figure(`a${i}`, 6, 'injured')),
      figure('a1', 9, 'injured', 4),
      figure('b1', 6, null),
      figure('b2', 4, 'killed'),
      figure('a2', 6, 'killed', 2),
      figure('b2', 5, 'killed', 3),
    ];
    const expected = everyMember(items, (a, b) => framesMeet(a, b) && !apart(a, b));
    expect(frameClusters(items, framesMeet, apart)).toEqual(expected);
    expect(expected.length).toBeGreaterThan(2);
  });

  it('groups dates by the values that meet, one check per distinct value', () => {
    const day = (articleId: string, value: string) => ({ articleId, value });
    const items = [
      ...Array.from({ length: 200 }, (_, i) => day(`a${i}`, '2024-05-02')),
      day('b1', '2024-05'),
      day('b2', '2024-05-03'),
      day('b3', '2024-06'),
    ];
    const meet = (a: { value: string }, b: { value: string }) =>
      a.value.startsWith(b.value) || b.value.startsWith(a.value);
    const rows = clustersByKind(items, (d) => d.value, meet);
    expect(rows).toEqual(everyMember(items, meet));
    expect(rows.map((r) => r.length)).toEqual([201, 1, 1]);
  });
});
