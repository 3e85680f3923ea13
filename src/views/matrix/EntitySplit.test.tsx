import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Row } from '../../core/matrix';
import type { Correction } from '../../core/review/corrections';
import type { Entity } from '../../core/schema/corpus';
import { EntitySplit } from './EntitySplit';

const entity: Entity = {
  id: 'lev-marek',
  kind: 'person',
  name: 'Lev Marek',
  variants: ['Lev Marek', 'Marek', 'Leo Marek'],
  mentions: [],
};
const row = { id: 'lev-marek', kind: 'entity', label: 'Lev Marek' } as Row;
const target = { kind: 'entity', entityId: 'lev-marek' };

describe('EntitySplit', () => {
  it('splits a chosen spelling off the entity', async () => {
    const onDecide = vi.fn();
    render(<EntitySplit row={row} entities={[entity]} corrections={[]} onDecide={onDecide} />);
    await userEvent.selectOptions(screen.getByLabelText('Another entity is written'), 'Leo Marek');
    await userEvent.click(screen.getByRole('button', { name: 'Split off' }));
    expect(onDecide).toHaveBeenCalledWith(target, { kind: 'split-variant', variant: 'Leo Marek' });
  });

  it('says what was split off and undoes it', async () => {
    const onDecide = vi.fn();
    const corrections: Correction[] = [
      {
        decisionId: 'd3',
        rowId: 'lev-marek',
        field: 'split off',
        from: 'Lev Marek',
        to: 'Leo Marek (lev-marek~leo-marek)',
      },
    ];
    render(<EntitySplit row={row} entities={[entity]} corrections={corrections} onDecide={onDecide} />);
    expect(screen.getByText('Leo Marek (lev-marek~leo-marek)').closest('p')).toHaveTextContent(
      'Split off Leo Marek (lev-marek~leo-marek).',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Undo split' }));
    expect(onDecide).toHaveBeenCalledWith(target, { kind: 'undo', decisionId: 'd3' });
  });

  it('offers nothing for an entity written one way only', () => {
    render(
      <EntitySplit row={row} entities={[{ ...entity, variants: ['Lev Marek'] }]} corrections={[]} onDecide={vi.fn()} />,
    );
    expect(screen.queryByRole('button', { name: 'Split off' })).toBeNull();
  });
});
