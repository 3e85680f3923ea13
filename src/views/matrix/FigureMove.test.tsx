import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Correction } from '../../core/review/corrections';
import type { Fact } from '../../core/schema/corpus';
import { FigureMove } from './FigureMove';

const fact = (id: string, label: string, kind: Fact['kind'] = 'quantity'): Fact => ({
  id,
  label,
  kind,
  status: 'single',
  values: [],
});
const facts = [
  fact('count-sheep', 'sheep lost'),
  fact('count-goats', 'goats lost'),
  fact('date-storm', 'storm', 'date'),
];
const props = { rowId: 'count-sheep', articleId: 'b', sourceName: 'Valley Post', facts };
const target = { kind: 'cell', rowId: 'count-sheep', articleId: 'b' };

describe('FigureMove', () => {
  it('offers the other figure rows of the same kind, and moves the value to one', async () => {
    const onDecide = vi.fn();
    render(<FigureMove {...props} corrections={[]} hasValue onDecide={onDecide} />);
    const to = screen.getByLabelText("This source's figure belongs to");
    expect(
      within(to)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['No row (it is not this kind of figure)', 'goats lost']);
    await userEvent.selectOptions(to, 'count-goats');
    await userEvent.click(screen.getByRole('button', { name: 'Move figure' }));
    expect(onDecide).toHaveBeenCalledWith(target, { kind: 'move-figure', to: 'count-goats' });
  });

  it('moves the value out of every row', async () => {
    const onDecide = vi.fn();
    render(<FigureMove {...props} corrections={[]} hasValue onDecide={onDecide} />);
    await userEvent.click(screen.getByRole('button', { name: 'Move figure' }));
    expect(onDecide).toHaveBeenCalledWith(target, { kind: 'move-figure', to: null });
  });

  it('once moved, says where from and where to, and offers only the Undo', async () => {
    const onDecide = vi.fn();
    const moved: Correction[] = [
      {
        decisionId: 'd3',
        rowId: 'count-sheep',
        articleId: 'b',
        field: 'moved to',
        from: 'count-sheep',
        to: 'count-goats',
      },
    ];
    render(<FigureMove {...props} corrections={moved} hasValue={false} onDecide={onDecide} />);
    expect(screen.getByRole('listitem')).toHaveTextContent('Corrected Row: goats lost (was sheep lost)');
    expect(screen.queryByRole('button', { name: 'Move figure' })).toBeNull();
    await userEvent.click(
      screen.getByRole('button', { name: "Undo the correction of the move of Valley Post's figure" }),
    );
    expect(onDecide).toHaveBeenCalledWith(target, { kind: 'undo', decisionId: 'd3' });
  });
});
