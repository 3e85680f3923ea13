import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Column } from '../../core/matrix';
import { ReuseHeatmap } from './ReuseHeatmap';

const columns = (n: number): Column[] =>
  Array.from({ length: n }, (_, i) => ({ articleId: `a${i}`, sourceName: `S${i}`, date: null, title: `T${i}` }));
const alignments = (n: number) =>
  Array.from({ length: n - 1 }, (_, i) => ({ a: `a${i}`, b: `a${i + 1}`, reuse: (i + 1) / n, pairs: [] }));

describe('ReuseHeatmap', () => {
  it('draws every pair as a square linking to its diff for a few sources', () => {
    render(<ReuseHeatmap columns={columns(4)} alignments={alignments(4)} />);
    const link = screen.getByRole('link', { name: 'S2 and S3: 75% reuse; open the diff' });
    expect(link).toHaveAttribute('href', '?view=diff&a=a2&b=a3');
    expect(screen.getAllByRole('link')).toHaveLength(12);
  });

  it('lists the most reused pairs instead of a grid for many sources', () => {
    render(<ReuseHeatmap columns={columns(300)} alignments={alignments(300)} />);
    const table = screen.getByRole('table', { name: /most reused pairs of the 300 sources/ });
    const links = within(table).getAllByRole('link');
    expect(links).toHaveLength(25);
    expect(links[0]).toHaveAttribute('href', '?view=diff&a=a298&b=a299');
  });
});
