import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { server } from '../../mocks/node';
import { validCorpus } from '../../mocks/fixtures/corpora';
import { App } from './App';

function openAt(search: string) {
  window.history.replaceState(null, '', `/${search}`);
  return render(<App />);
}

describe('the app shell', () => {
  // Load failures are logged by React and the boundary on purpose; keep the test output readable.
  beforeEach(() => vi.spyOn(console, 'error').mockImplementation(() => undefined));
  afterEach(() => vi.restoreAllMocks());

  it('shows the overview with every source of the corpus', async () => {
    openAt('');
    const table = await screen.findByRole('table', { name: /sources/i });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(validCorpus.sources.length);
    for (const source of validCorpus.sources)
      expect(within(table).getByRole('rowheader', { name: source.name })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Overview' })).toHaveAttribute('aria-current', 'page');
  });

  it('moves between views with the navigation and keeps the choice in the URL', async () => {
    openAt('');
    await screen.findByRole('table', { name: /sources/i });
    await userEvent.click(screen.getByRole('link', { name: 'Articles' }));
    expect(await screen.findByRole('navigation', { name: 'Articles' })).toBeInTheDocument();
    expect(new URLSearchParams(window.location.search).get('view')).toBe('articles');
  });

  it.each([
    ['/fixtures/malformed.json', /not valid JSON/i],
    ['/fixtures/missing.json', /answered 404/i],
    ['/fixtures/schema-invalid.json', /articles\[0\]\.text/],
  ])('explains why %s cannot be loaded', async (url, message) => {
    openAt(`?corpus=${encodeURIComponent(url)}`);
    expect(await screen.findByRole('heading', { name: 'The corpus could not be loaded' })).toBeInTheDocument();
    expect(screen.getAllByText(message).length).toBeGreaterThan(0);
    expect(screen.getByRole('link', { name: 'Open the sample corpus' })).toBeInTheDocument();
  });

  it('explains a network failure', async () => {
    server.use(http.get('*/offline.json', () => HttpResponse.error()));
    openAt('?corpus=/offline.json');
    expect(await screen.findByText(/could not be fetched/i)).toBeInTheDocument();
    expect(screen.getByText(/Check that the address is right/i)).toBeInTheDocument();
  });

  it('refuses a corpus carried inside the link, saying what to do instead', async () => {
    openAt(`?corpus=${encodeURIComponent('data:application/json,{"id":"made-up"}')}`);
    expect(await screen.findByRole('heading', { name: 'The corpus could not be loaded' })).toBeInTheDocument();
    expect(screen.getByText(/as a data: address, which Parallax does not open/)).toBeInTheDocument();
    expect(screen.getByText(/publish its JSON file on a web server/)).toBeInTheDocument();
  });

  it('names the other site a corpus comes from, in the notice and next to the title', async () => {
    server.use(http.get('https://other.example/c.json', () => HttpResponse.json(validCorpus)));
    openAt(`?corpus=${encodeURIComponent('https://other.example/c.json')}`);
    await screen.findByRole('table', { name: /sources/i });
    const notice = screen.getByRole('complementary', { name: 'Where this corpus comes from' });
    expect(notice).toHaveTextContent('This corpus comes from https://other.example, not from this site.');
    expect(screen.getByText(/from https:\/\/other\.example, not this site/)).toBeInTheDocument();
  });

  it('shows no origin notice for this site’s own corpus', async () => {
    openAt('?corpus=/fixtures/valid.json');
    await screen.findByRole('table', { name: /sources/i });
    expect(screen.queryByRole('complementary', { name: 'Where this corpus comes from' })).toBeNull();
  });

  it('says so when the corpus is empty', async () => {
    openAt('?corpus=/fixtures/empty.json');
    expect(await screen.findByText(/This corpus has no articles/i)).toBeInTheDocument();
  });

  it('lists URL keys it does not know, and ignores them', async () => {
    openAt('?view=articles&colour=red&zzz=1');
    expect(await screen.findByText(/does not know, ignored/i)).toBeInTheDocument();
    expect(screen.getByText('colour')).toBeInTheDocument();
    expect(screen.getByText('zzz')).toBeInTheDocument();
  });
});
