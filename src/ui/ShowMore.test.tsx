import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ShowMore, useShownRows } from './ShowMore';

function Rows({ total }: { total: number }) {
  const { limit, more } = useShownRows(2, 3);
  return (
    <>
      <ul>
        {Array.from({ length: Math.min(limit, total) }, (_, i) => (
          <li key={i}>row {i}</li>
        ))}
      </ul>
      <ShowMore shown={limit} total={total} step={3} what="rows" onMore={more} />
    </>
  );
}

describe('ShowMore', () => {
  it('shows the first rows, then a step more per press, and goes once all are shown', async () => {
    render(<Rows total={6} />);
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
    expect(screen.getByText('Showing 2 of 6 rows.')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Show 3 more' }));
    expect(screen.getAllByRole('listitem')).toHaveLength(5);
    await userEvent.click(screen.getByRole('button', { name: 'Show 1 more' }));
    expect(screen.getAllByRole('listitem')).toHaveLength(6);
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('says nothing when every row fits', () => {
    render(<Rows total={2} />);
    expect(screen.queryByRole('button')).toBeNull();
  });
});
