import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { LongText } from './LongText';

describe('LongText', () => {
  it('shows a short name as it is, with no control', () => {
    render(<LongText text="Valley Courier" label="Source name" />);
    expect(screen.getByText('Valley Courier')).toBeInTheDocument();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('cuts a 100,000-character name and shows all of it on demand', async () => {
    const name = 'Q'.repeat(100_000);
    const { container } = render(<LongText text={name} label="Source name" />);
    expect(container.textContent!.length).toBeLessThan(300);
    await userEvent.click(screen.getByRole('button', { name: /full source name \(100,000 characters\)/i }));
    const dialog = screen.getByRole('dialog', { name: 'Source name in full' });
    expect(dialog.textContent).toContain(name);
  });
});
