import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import ImportView from './ImportView';
import { uniqueName } from './pendingFiles';

// The list of saved corpora is not under test here; jsdom has no IndexedDB.
vi.mock('../../data/importedStore', () => ({ listSaved: async () => [], SAVED_PREFIX: 'saved:' }));

async function paste(name: string, text: string) {
  await userEvent.type(screen.getByLabelText('Name'), name);
  await userEvent.type(screen.getByLabelText(/^Text/), text);
  await userEvent.click(screen.getByRole('button', { name: 'Add pasted text' }));
}

describe('files waiting to be imported', () => {
  it('keeps two pastes with the same name, renaming the second and saying so', async () => {
    render(
      <QueryClientProvider client={new QueryClient()}>
        <ImportView />
      </QueryClientProvider>,
    );
    await paste('note', 'The first note.');
    await paste('note', 'The second note.');
    await paste('note', 'The third note.');
    expect(screen.getByRole('heading', { name: '3 files to import' })).toBeInTheDocument();
    const items = within(screen.getByRole('region', { name: '3 files to import' })).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual([
      expect.stringMatching(/^note\.txt/),
      expect.stringMatching(/^note-2\.txt.*renamed: another file is already called note\.txt/),
      expect.stringMatching(/^note-3\.txt.*renamed: another file is already called note\.txt/),
    ]);
    await userEvent.click(screen.getByRole('button', { name: 'Remove note-2.txt' }));
    expect(screen.getByRole('heading', { name: '2 files to import' })).toBeInTheDocument();
  });
});

describe('uniqueName', () => {
  it.each([
    ['a.txt', [], 'a.txt'],
    ['a.txt', ['a.txt'], 'a-2.txt'],
    ['a.txt', ['a.txt', 'a-2.txt'], 'a-3.txt'],
    ['feed.tar.json', ['feed.tar.json'], 'feed.tar-2.json'],
    ['README', ['README'], 'README-2'],
    ['.hidden', ['.hidden'], '.hidden-2'],
  ])('%s among %j is %s', (name, taken, expected) => {
    expect(uniqueName(name, new Set(taken))).toBe(expected);
  });
});
