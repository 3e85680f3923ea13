import type { Corpus } from '../../core/schema/corpus';
import type { Gold } from './gold';
import { normName, r2 } from './text';

export type PeopleFigures = {
  gold: number;
  variant_coverage: number;
  merges: number;
  merged: string;
  person_p: number;
  persons: number;
};

/**
 * People: each core gold person's spellings held by one corpus entity; two gold people never in
 * one entity (a merge); and how many of the entities typed person are people of the gold.
 */
export function scorePeople(corpus: Corpus, gold: Gold): PeopleFigures {
  const core = gold.people
    .filter((p) => (p.salience ? p.salience === 'core' : true))
    .map((p) => ({ name: p.canonical, variants: [...new Set(p.variants.map(normName).filter((v) => v.length > 2))] }));
  const spellings = corpus.entities.map((e) => new Set([e.name, ...e.variants].map(normName)));
  let coverage = 0;
  const owners = new Map<number, string[]>();
  for (const p of core) {
    let best = 0;
    spellings.forEach((set) => {
      best = Math.max(best, p.variants.filter((v) => set.has(v)).length);
    });
    coverage += p.variants.length ? best / p.variants.length : 0;
    // Only a full (multi-word) name is evidence that an entity stands for this person.
    spellings.forEach((set, i) => {
      if (p.variants.some((v) => set.has(v) && v.includes(' '))) owners.set(i, [...(owners.get(i) ?? []), p.name]);
    });
  }
  const merges = [...owners.values()]
    .filter((names) => new Set(names).size > 1)
    .map((names) => [...new Set(names)].join(' + '));
  const known = [
    ...new Set(gold.people.flatMap((p) => [p.canonical, ...p.variants].map(normName)).filter((v) => v.length > 2)),
  ];
  const knownSet = new Set(known);
  const isKnown = (v: string) =>
    knownSet.has(v) ||
    known.some((g) => g.includes(' ') && (v.endsWith(` ${g}`) || (g.endsWith(` ${v}`) && v.includes(' '))));
  const persons = corpus.entities.filter((e) => /^person$/i.test(String(e.kind ?? '')));
  const real = persons.filter((e) => [e.name, ...e.variants].map(normName).some(isKnown));
  return {
    gold: core.length,
    variant_coverage: r2(core.length ? coverage / core.length : 0),
    merges: merges.length,
    merged: merges.slice(0, 4).join('; '),
    person_p: r2(persons.length ? real.length / persons.length : 1),
    persons: persons.length,
  };
}
