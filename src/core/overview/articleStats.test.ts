import { describe, expect, it } from 'vitest';
import { validCorpus } from '../../../mocks/fixtures/corpora';
import { articleStats, articleStatsSteps } from './articleStats';

describe('articleStatsSteps', () => {
  it('pauses after each article with its progress and ends with what articleStats gives', () => {
    const steps = articleStatsSteps(validCorpus);
    const progress: number[] = [];
    let step = steps.next();
    for (; !step.done; step = steps.next()) {
      expect(step.value.total).toBe(validCorpus.articles.length);
      progress.push(step.value.done);
    }
    expect(progress).toEqual(validCorpus.articles.map((_, i) => i + 1));
    expect(step.value).toEqual(articleStats(validCorpus));
    expect(step.value.every((s) => s.words > 0)).toBe(true);
  });
});
