import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { validCorpus } from '../../../mocks/fixtures/corpora';
import { downloadText } from '../../ui/download';
import { ImportResult } from './ImportResult';

vi.mock('../../ui/download', () => ({ downloadText: vi.fn() }));

const outcome = { type: 'done' as const, corpus: validCorpus, problems: [], read: validCorpus.articles.length };

describe('ImportResult', () => {
  it('offers the built corpus as a download, with the reason, when it could not be saved', async () => {
    render(<ImportResult state={{ phase: 'done', outcome, saved: null, saveError: 'The storage is full.' }} />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('could not be saved in this browser. The storage is full.');
    await userEvent.click(screen.getByRole('button', { name: 'Download the corpus (JSON)' }));
    const [name, type, text] = vi.mocked(downloadText).mock.calls[0]!;
    expect([name, type]).toEqual([`${validCorpus.id}.json`, 'application/json']);
    expect(JSON.parse(text)).toEqual(validCorpus);
    // Nothing was stored, so there is no saved: link to follow.
    expect(screen.queryByRole('link', { name: 'Open the overview' })).toBeNull();
  });

  it('links to the saved corpus and offers no rescue download when saving worked', () => {
    const saved = { id: 'made-up', title: 'Made up', articles: 1, savedAt: '2030-01-01T00:00:00.000Z' };
    render(<ImportResult state={{ phase: 'done', outcome, saved, saveError: null }} />);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('link', { name: 'Open the overview' })).toHaveAttribute('href', '?corpus=saved%3Amade-up');
  });
});
