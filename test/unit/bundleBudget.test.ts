import { describe, expect, it } from 'vitest';
import { bundleReport, INITIAL_BUDGET_GZIP } from '../../bench/bundle';

// `npm test` builds the app before the unit tests, so dist/ is the bundle being shipped.
describe('bundle budget', () => {
  const report = bundleReport('dist');

  it(`keeps the initial JavaScript under ${INITIAL_BUDGET_GZIP / 1024} KB gzip`, () => {
    expect(report.initial.gzip).toBeGreaterThan(10 * 1024);
    expect(report.initial.gzip).toBeLessThanOrEqual(INITIAL_BUDGET_GZIP);
  });

  it('loads the map data, the charts and every view but the first on demand', () => {
    const initial = report.initial.files.join(' ');
    for (const lazy of ['countries-110m', 'ArticleLengthChart', 'MatrixView', 'DiffView', 'ReactionsView']) {
      expect(initial).not.toContain(lazy);
      expect(report.lazy.some((c) => c.file.includes(lazy) || c.name.includes(lazy))).toBe(true);
    }
  });
});
