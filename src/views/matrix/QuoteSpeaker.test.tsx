import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Correction } from '../../core/review/corrections';
import type { Entity, Quote } from '../../core/schema/corpus';
import { QuoteSpeaker } from './QuoteSpeaker';

const quote: Quote = { id: 'q-1', speaker: 'Ana Ortiz', speakerEntityId: 'ana-ortiz', variants: [] };
const person = (id: string, name: string): Entity => ({ id, kind: 'person', name, variants: [], mentions: [] });
const entities: Entity[] = [
  person('ana-ortiz', 'Ana Ortiz'),
  person('lev-marek', 'Lev Marek'),
  { id: 'riverton', kind: 'place', name: 'Riverton', variants: [], mentions: [] },
];
const target = { kind: 'quote', quoteId: 'q-1' };

describe('QuoteSpeaker', () => {
  it("offers the corpus's people only, and gives another one by entity", async () => {
    const onDecide = vi.fn();
    render(<QuoteSpeaker quote={quote} entities={entities} corrections={[]} onDecide={onDecide} />);
    const who = screen.getByLabelText('Said by');
    expect(who).toHaveValue('ana-ortiz');
    expect(within(who).queryByRole('option', { name: 'Riverton' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Change speaker' })).toBeDisabled();
    await userEvent.selectOptions(who, 'lev-marek');
    await userEvent.click(screen.getByRole('button', { name: 'Change speaker' }));
    expect(onDecide).toHaveBeenCalledWith(target, {
      kind: 'quote-speaker',
      speaker: 'Lev Marek',
      speakerEntityId: 'lev-marek',
    });
  });

  it('takes a name typed by hand, with no entity', async () => {
    const onDecide = vi.fn();
    render(<QuoteSpeaker quote={quote} entities={entities} corrections={[]} onDecide={onDecide} />);
    await userEvent.selectOptions(screen.getByLabelText('Said by'), '');
    await userEvent.type(screen.getByLabelText("Speaker's name"), 'A port official{Enter}');
    expect(onDecide).toHaveBeenCalledWith(target, {
      kind: 'quote-speaker',
      speaker: 'A port official',
      speakerEntityId: null,
    });
  });

  it('shows the corrected speaker beside the original and undoes it', async () => {
    const onDecide = vi.fn();
    const corrections: Correction[] = [
      { decisionId: 'd7', rowId: 'q-1', field: 'speaker', from: 'Ana Ortiz', to: 'A port official' },
    ];
    render(<QuoteSpeaker quote={quote} entities={entities} corrections={corrections} onDecide={onDecide} />);
    expect(screen.getByRole('listitem')).toHaveTextContent('Corrected Speaker: A port official (was Ana Ortiz)');
    expect(screen.getByLabelText("Speaker's name")).toHaveValue('A port official');
    await userEvent.click(screen.getByRole('button', { name: 'Undo the correction of the speaker of the quote' }));
    expect(onDecide).toHaveBeenCalledWith(target, { kind: 'undo', decisionId: 'd7' });
  });
});
