import { describe, expect, it } from 'vitest';
import type { InputFile } from '../ingest/types';
import { serialiseCorpus } from './buildCorpus';
import { runPipelineHere } from './runHere';
import { runPipeline, type Platform } from './runner';
import { STAGE_NAMES, type StageName } from './stage';
import { alignment } from './stages/alignment';
import { runArticleStages } from './stages/perArticle';

const file = (name: string, body: string): InputFile => ({ name, bytes: new TextEncoder().encode(body) });
const files = [
  file('one.txt', 'date: 2022-03-04\n\nThe ferry left the port on Monday. Twelve crew were aboard, the operator said.'),
  file('two.txt', 'date: 2022-03-05\n\nThe ferry left port on Monday with twelve crew aboard. Coastguards watched.'),
  file('three.txt', 'A council meeting was held. Nothing was decided.'),
];
const options = { id: 'p', title: 'P' };

/** A platform that does the same work as the runner's own thread, but reverses the order it is asked in. */
const elsewhere: Platform = {
  eachArticle: async (raws, onArticle) => {
    const results = [...raws].reverse().map(runArticleStages).reverse();
    onArticle(raws.length);
    return results;
  },
  alignPairs: async (plan, meanwhile) => {
    const content = meanwhile();
    const half = Math.floor(plan.pairs.length / 4);
    return {
      alignments: alignment.finish([alignment.alignRange(plan, half), alignment.alignRange(plan, 0, half)]),
      content,
    };
  },
};

describe('the pipeline runner', () => {
  it('runs the named stages in their order', () => {
    const seen: StageName[] = [];
    runPipelineHere(files, options, { onStage: (s) => seen.push(s) });
    expect(seen.every((s) => STAGE_NAMES.includes(s))).toBe(true);
    expect(seen[0]).toBe('ingest');
    expect(seen.at(-1)).toBe('assemble');
    // Cross-article analysis and alignment may overlap, but both follow the per-article stages.
    expect(seen.indexOf('clean')).toBeLessThan(Math.min(seen.indexOf('crossArticle'), seen.indexOf('alignment')));
  });

  it('writes the same corpus whether the platform or this thread does the heavy work', async () => {
    const here = serialiseCorpus(runPipelineHere(files, options).corpus);
    const there = serialiseCorpus((await runPipeline(files, options, elsewhere)).corpus);
    expect(there).toBe(here);
  });

  it('lets the caller name the corpus from the manifest', () => {
    const manifest = file('manifest.json', JSON.stringify({ event: 'ferry', title: 'The ferry' }));
    const { corpus } = runPipelineHere([...files, manifest], {
      ...options,
      naming: (m) => ({ id: m?.event ?? 'none', title: m?.title ?? 'none' }),
    });
    expect([corpus.id, corpus.title]).toEqual(['ferry', 'The ferry']);
  });
});
