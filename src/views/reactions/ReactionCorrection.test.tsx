import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Correction } from '../../core/review/corrections';
import type { Reaction } from '../../core/schema/corpus';
import { NoteBox } from '../../ui/NoteBox';
import { ReactionCorrection } from './ReactionCorrection';

const reaction: Reaction = {
  id: 'r-fr',
  country: 'FR',
  actor: 'The foreign ministry',
  stance: 'concern',
  mentions: [{ articleId: 'a', start: 0, end: 10 }],
};
const subject = "The foreign ministry's reaction";

describe('ReactionCorrection', () => {
  it('records only the fields the analyst changed, from the keyboard', async () => {
    const onDecide = vi.fn();
    render(<ReactionCorrection reaction={reaction} corrections={[]} subject={subject} onDecide={onDecide} />);
    await userEvent.click(screen.getByText('Correct'));
    const save = screen.getByRole('button', { name: 'Save correction' });
    expect(save).toBeDisabled();
    await userEvent.selectOptions(screen.getByLabelText('Stance'), 'support');
    await userEvent.selectOptions(screen.getByLabelText('Country'), 'BE');
    await userEvent.click(save);
    expect(onDecide).toHaveBeenCalledWith(
      { kind: 'reaction', reactionId: 'r-fr' },
      { kind: 'edit-reaction', country: 'BE', stance: 'support' },
    );
  });

  it('can say the actor speaks for no country, and renames the actor', async () => {
    const onDecide = vi.fn();
    render(<ReactionCorrection reaction={reaction} corrections={[]} subject={subject} onDecide={onDecide} />);
    await userEvent.click(screen.getByText('Correct'));
    await userEvent.selectOptions(screen.getByLabelText('Country'), '');
    await userEvent.clear(screen.getByLabelText('Actor'));
    await userEvent.type(screen.getByLabelText('Actor'), 'A relief agency{Enter}');
    expect(onDecide).toHaveBeenCalledWith(
      { kind: 'reaction', reactionId: 'r-fr' },
      { kind: 'edit-reaction', country: null, actor: 'A relief agency' },
    );
  });

  it('shows a correction beside the value it replaced, starts the form from it, and undoes it', async () => {
    const onDecide = vi.fn();
    const corrections: Correction[] = [
      { decisionId: 'd1', rowId: 'r-fr', field: 'stance', from: 'concern', to: 'condemn' },
    ];
    render(<ReactionCorrection reaction={reaction} corrections={corrections} subject={subject} onDecide={onDecide} />);
    const line = screen.getByRole('listitem');
    expect(line).toHaveTextContent('Corrected Stance: Condemn (was Concern)');
    expect(within(line).getByText('Concern').tagName).toBe('DEL');
    expect(screen.getByLabelText('Stance')).toHaveValue('condemn');
    expect(screen.getByRole('button', { name: 'Save correction' })).toBeDisabled();
    await userEvent.click(within(line).getByRole('button', { name: `Undo the correction of ${subject}` }));
    expect(onDecide).toHaveBeenCalledWith({ kind: 'reaction', reactionId: 'r-fr' }, { kind: 'undo', decisionId: 'd1' });
  });
});

describe('NoteBox', () => {
  it('names its finding and saves the note once, when focus leaves it', async () => {
    const onSave = vi.fn();
    render(<NoteBox saved="" subject={subject} onSave={onSave} />);
    expect(screen.getByRole('button', { name: `Save note on ${subject}` })).toBeDisabled();
    await userEvent.type(screen.getByLabelText(`Note on ${subject}`), 'Read as a second statement.');
    await userEvent.tab();
    expect(onSave).toHaveBeenCalledTimes(1);
    expect(onSave).toHaveBeenCalledWith('Read as a second statement.');
  });
});
