import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { NuqsTestingAdapter, type UrlUpdateEvent } from 'nuqs/adapters/testing';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { validCorpus } from '../../../mocks/fixtures/corpora';
import { buildMatrix, MANY_ENTITY_ROWS, valuesLine } from '../../core/matrix';
import MatrixView from './MatrixView';

function renderAt(search: string) {
  const onUrlUpdate = vi.fn<(event: UrlUpdateEvent) => void>();
  render(
    <QueryClientProvider client={new QueryClient()}>
      <NuqsTestingAdapter searchParams={search} onUrlUpdate={onUrlUpdate}>
        <MatrixView corpus={validCorpus} />
      </NuqsTestingAdapter>
    </QueryClientProvider>,
  );
  return onUrlUpdate;
}

const matrix = buildMatrix(validCorpus);
const conflicts = matrix.rows.filter((r) => r.status === 'conflict');

describe('MatrixView', () => {
  // jsdom lays nothing out, so the row virtualiser would see a zero-height viewport and render no rows.
  const sizes = ['clientHeight', 'clientWidth'] as const;
  beforeAll(() => {
    for (const size of sizes)
      Object.defineProperty(HTMLElement.prototype, size, { configurable: true, get: () => 1500 });
  });
  afterAll(() => {
    for (const size of sizes) delete (HTMLElement.prototype as Partial<Record<(typeof sizes)[number], number>>)[size];
  });

  it('shows only conflicting rows under "conflicts only", each cell saying its status in words', () => {
    expect(conflicts.length).toBeGreaterThan(0);
    renderAt('?status=conflict');
    const grid = screen.getByRole('grid', { name: 'Source comparison' });
    const headers = within(grid)
      .getAllByRole('rowheader')
      .filter((h) => h.getAttribute('scope') === 'row');
    expect(headers.map((h) => h.querySelector('.mrow-label')?.textContent)).toEqual(conflicts.map((r) => r.label));
    const cells = within(grid).getAllByRole('gridcell');
    expect(cells).toHaveLength(conflicts.length * matrix.columns.length);
    // Every value of a conflicting row says so: the row disagrees, no source is singled out.
    const valued = cells.filter((c) => c.getAttribute('data-status') !== 'absent');
    expect(valued.length).toBeGreaterThan(0);
    expect(valued.every((c) => /sources disagree$/.test(c.getAttribute('aria-label') ?? ''))).toBe(true);
  });

  it('opens the evidence named in the URL with the value highlighted in its sentence', () => {
    const row = conflicts[0]!;
    const cell = Object.values(row.cells).find((c) => c.status !== 'absent')!;
    const evidence = cell.evidence[0]!;
    const article = validCorpus.articles.find((a) => a.id === cell.articleId)!;
    renderAt(`?cell=${encodeURIComponent(`${row.id}~${cell.articleId}`)}`);
    const panel = screen.getByRole('complementary');
    expect(
      within(panel).getByText(article.text.slice(evidence.start, evidence.end), { selector: 'mark' }),
    ).toBeInTheDocument();
    expect(within(panel).getByRole('link', { name: 'Read it in the article' })).toHaveAttribute(
      'href',
      expect.stringContaining(`sentence=${evidence.sentence}`),
    );
  });

  it('dismisses the open cell with the evidence panel, strikes it through and offers Undo', async () => {
    const user = userEvent.setup();
    const row = conflicts[0]!;
    const cell = Object.values(row.cells).find((c) => c.status !== 'absent')!;
    renderAt(`?status=conflict&cell=${encodeURIComponent(`${row.id}~${cell.articleId}`)}`);
    const panel = screen.getByRole('complementary');
    expect(within(panel).getByRole('button', { name: 'Undo' })).toBeDisabled();
    await user.click(within(panel).getByRole('button', { name: 'Dismiss' }));
    const grid = screen.getByRole('grid', { name: 'Source comparison' });
    const dismissed = grid.querySelectorAll('.mreview-dismissed');
    expect(dismissed).toHaveLength(1);
    expect(dismissed[0]).toHaveTextContent('dismissed');
    expect(dismissed[0]).toHaveAttribute('aria-label', expect.stringMatching(/, dismissed$/));
    await user.click(within(panel).getByRole('button', { name: 'Undo' }));
    expect(grid.querySelectorAll('.mreview-dismissed')).toHaveLength(0);
  });

  it('moves from one open cell to another where scrollIntoView returns a promise, as in newer browsers', async () => {
    const original = Element.prototype.scrollIntoView;
    Element.prototype.scrollIntoView = () => Promise.resolve() as unknown as void;
    try {
      renderAt('?status=conflict');
      const [first, second] = screen.getAllByRole('gridcell').filter((c) => c.dataset['status'] !== 'absent');
      await userEvent.click(first!);
      await userEvent.click(second!);
      expect(screen.getByRole('complementary')).toBeInTheDocument();
    } finally {
      Element.prototype.scrollIntoView = original;
    }
  });

  it('moves between cells with the arrow keys and opens one with Enter', async () => {
    const onUrlUpdate = renderAt('?status=conflict');
    const first = screen.getAllByRole('gridcell')[0]!;
    first.focus();
    await userEvent.keyboard('{ArrowRight}');
    const second = screen.getAllByRole('gridcell')[1]!;
    expect(second).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    const last = onUrlUpdate.mock.calls.at(-1)?.[0];
    expect(last?.searchParams.get('cell')).toBe(`${conflicts[0]!.id}~${matrix.columns[1]!.articleId}`);
  });

  it('puts a filter in the URL and leaves defaults out of it', async () => {
    const onUrlUpdate = renderAt('');
    await userEvent.selectOptions(screen.getByLabelText('Status'), 'conflict');
    expect(onUrlUpdate.mock.calls.at(-1)?.[0].queryString).toBe('?status=conflict');
    await userEvent.selectOptions(screen.getByLabelText('Status'), 'all');
    expect(onUrlUpdate.mock.calls.at(-1)?.[0].queryString).toBe('');
  });

  it('gives every row header its whole label and summary as a tooltip, since the column cuts them to a line', () => {
    renderAt('');
    const heads = screen.getAllByRole('rowheader').filter((h) => h.classList.contains('mrow-head'));
    expect(heads.length).toBeGreaterThan(0);
    const rows = buildMatrix(validCorpus).rows;
    for (const head of heads) {
      const label = head.querySelector('.mrow-label');
      const summary = head.querySelector('.mrow-summary');
      expect(rows.map((r) => r.label)).toContain(label!.getAttribute('title'));
      expect(label!.getAttribute('title')).toBe(label!.textContent);
      expect(summary!.getAttribute('title')).toBe(summary!.textContent);
      expect(summary!.textContent).toMatch(/\d+ articles?, \d+ independent/);
    }
  });

  it('reads each conflicting figure as its values with their sources, and explains every status in a legend', () => {
    renderAt('?status=conflict');
    const row = conflicts[0]!;
    const head = screen
      .getAllByRole('rowheader')
      .find((h) => h.querySelector('.mrow-label')?.textContent === row.label)!;
    expect(head.querySelector('.mrow-values')?.textContent).toContain(valuesLine(row.values));
    expect(head.querySelector('.mrow-values')?.textContent).toContain('conflict');
    const legend = screen.getByText('Legend').closest('details')!;
    expect(legend).toHaveAttribute('open');
    for (const word of ['conflict', 'updated', 'compatible', 'agree', 'one source', 'reported', 'not mentioned'])
      expect(within(legend).getByText(word, { selector: 'strong' })).toBeInTheDocument();
  });

  it('starts with many entity rows collapsed, and keeps a choice to open them in the URL', async () => {
    const entities = matrix.rows.filter((r) => r.kind === 'entity').length;
    const onUrlUpdate = renderAt('');
    const toggle = screen.getByRole('button', { name: /People, organisations and places/ });
    expect(toggle).toHaveAttribute('aria-expanded', String(entities <= MANY_ENTITY_ROWS));
    await userEvent.click(toggle);
    const query = onUrlUpdate.mock.calls.at(-1)?.[0].searchParams;
    expect(query?.get('collapsed')).toBe(entities <= MANY_ENTITY_ROWS ? 'entity' : '');
  });

  it('opens every group when the URL says "collapsed="', () => {
    renderAt('?collapsed=');
    expect(screen.getByRole('button', { name: /People, organisations and places/ })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
  });

  it('says so when a shared link was made for another version of the corpus', () => {
    renderAt('?hash=sha256:0000000000');
    expect(screen.getByText(/made for another version of this corpus/)).toBeInTheDocument();
  });
});
