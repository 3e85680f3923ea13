import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { NuqsTestingAdapter } from 'nuqs/adapters/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validCorpus } from '../../../mocks/fixtures/corpora';
import { buildMatrix } from '../../core/matrix';
import MatrixView from './MatrixView';

const matrix = buildMatrix(validCorpus);
// A conflicting figure row, one source's value in it, and another row of its kind that source is silent in.
const from = matrix.rows.find((r) => r.kind === 'fact' && r.status === 'conflict')!;
const fact = validCorpus.facts.find((f) => f.id === from.id)!;
const articleId = fact.values[0]!.articleId;
const to = validCorpus.facts.find(
  (f) => f.id !== fact.id && f.kind === fact.kind && !f.values.some((v) => v.articleId === articleId),
)!;
const source = matrix.columns.find((c) => c.articleId === articleId)!.sourceName;

const grid = () => screen.getByRole('grid', { name: 'Source comparison' });
const header = (label: string) =>
  within(grid())
    .getAllByRole('rowheader')
    .find((h) => h.querySelector('.mrow-label')?.textContent === label)!;
const cell = (label: string) =>
  within(header(label).closest('tr')!)
    .getAllByRole('gridcell')
    .find((c) => c.getAttribute('aria-label')?.includes(`, ${source}:`))!;

describe('a figure the review moves to another row', () => {
  // jsdom lays nothing out: give the scroller a tall window and every drawn row a height, so the
  // virtualiser draws every row of this small corpus whatever it draws beyond the screen.
  const sizes = { clientHeight: 1500, clientWidth: 1500, offsetHeight: 56, offsetWidth: 1500 } as const;
  const proto = HTMLElement.prototype;
  const saved = Object.keys(sizes).map((size) => [size, Object.getOwnPropertyDescriptor(proto, size)] as const);
  beforeAll(() => {
    for (const [size, value] of Object.entries(sizes))
      Object.defineProperty(proto, size, { configurable: true, get: () => value });
  });
  afterAll(() => {
    for (const [size, descriptor] of saved)
      if (descriptor) Object.defineProperty(proto, size, descriptor);
      else delete (proto as unknown as Record<string, number>)[size];
  });

  it('says in both rows and both cells where it went and where it came from, and goes back with Undo move', async () => {
    expect([from, to, source].every(Boolean)).toBe(true);
    const user = userEvent.setup();
    render(
      <QueryClientProvider client={new QueryClient()}>
        <NuqsTestingAdapter
          searchParams={`?kinds=fact&cell=${encodeURIComponent(`${from.id}~${articleId}`)}`}
          hasMemory
        >
          <MatrixView corpus={validCorpus} />
        </NuqsTestingAdapter>
      </QueryClientProvider>,
    );
    const panel = screen.getByRole('complementary');
    await user.selectOptions(within(panel).getByLabelText("This source's figure belongs to"), to.id);
    await user.click(within(panel).getByRole('button', { name: 'Move figure' }));

    expect(header(to.label)).toHaveTextContent(`${source}'s figure moved here from ${from.label}`);
    expect(header(from.label)).toHaveTextContent(`${source}'s figure moved to ${to.label}`);
    expect(cell(to.label)).toHaveAttribute('aria-label', expect.stringMatching(`moved here from ${from.label}$`));
    expect(cell(from.label)).toHaveTextContent(`moved to ${to.label}`);
    expect(screen.getByRole('complementary')).toHaveTextContent(`${source}'s figure moved to ${to.label}.`);

    // The cell that gained the figure opens on it, says where it came from, and undoes the move.
    await user.click(cell(to.label));
    const open = screen.getByRole('complementary');
    expect(open).toHaveTextContent(`${source}'s figure moved here from ${from.label}.`);
    expect(within(open).queryByRole('button', { name: 'Move figure' })).toBeNull();
    await user.click(within(open).getByRole('button', { name: 'Undo move' }));
    expect(header(to.label)).not.toHaveTextContent('moved');
    expect(header(from.label)).not.toHaveTextContent('moved');
  });
});
