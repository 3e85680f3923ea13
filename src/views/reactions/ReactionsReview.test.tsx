import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { NuqsTestingAdapter } from 'nuqs/adapters/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { testCorpus } from '../../core/reactions/testCorpus';
import { loadAtlas } from './mapData';
import ReactionsView from './ReactionsView';

/** The view with a URL that keeps what the filters write, so a ticked box filters as in the app. */
async function renderAt(search: string) {
  return act(async () =>
    render(
      <QueryClientProvider client={new QueryClient()}>
        <NuqsTestingAdapter searchParams={search} hasMemory>
          <ReactionsView corpus={testCorpus} />
        </NuqsTestingAdapter>
      </QueryClientProvider>,
    ),
  );
}

const table = () => screen.getByRole('table', { name: /reactions the filters show/i });
/** The table's line of one actor (its second column). */
const actorRows = (actor: string) =>
  within(table())
    .getAllByRole('row')
    .filter((tr) => tr.querySelectorAll('td')[1]?.textContent === actor);
const row = (actor: string) => actorRows(actor)[0]!;
const shape = async (container: HTMLElement, code: string) => {
  await screen.findByRole('group', { name: /world map of reactions/i }, { timeout: 5000 });
  return container.querySelector(`svg.rx-map [data-code="${code}"]`);
};

describe('the reactions view under a review', () => {
  beforeAll(() => loadAtlas(), 30_000);

  it('colours the map and fills the table with a corrected stance, saying what the pipeline read', async () => {
    const user = userEvent.setup();
    const { container } = await renderAt('?view=reactions&country=JP');
    expect((await shape(container, 'JP'))?.getAttribute('aria-label')).toMatch(/Call for calm/);
    const panel = screen.getByRole('complementary', { name: 'Japan' });
    await user.click(within(panel).getByText('Correct'));
    await user.selectOptions(within(panel).getByLabelText('Stance'), 'condemn');
    await user.click(within(panel).getByRole('button', { name: 'Save correction' }));

    expect((await shape(container, 'JP'))?.getAttribute('aria-label')).toMatch(/\(Condemn\)/);
    expect(within(row('Japan')).getAllByRole('cell')[2]).toHaveTextContent(/^Condemn$/);
    expect(row('Japan')).toHaveTextContent('stance: Condemn, was Call for calm');
    // The panel shows the corrected reading and, beside it, the pipeline's.
    expect(panel.querySelector('.rx-stance')).toHaveTextContent('Condemn');
    expect(panel.querySelector('del')).toHaveTextContent('Call for calm');
  });

  it('strikes a dismissed reaction through in the table, leaves it off the map, and hides it by the Review filter', async () => {
    const user = userEvent.setup();
    const { container } = await renderAt('?view=reactions&country=JP');
    expect(await shape(container, 'JP')).not.toBeNull();
    expect(screen.queryByRole('group', { name: /^Review \(/ })).toBeNull();
    const panel = screen.getByRole('complementary', { name: 'Japan' });
    const verdict = within(panel).getByRole('group', { name: "Review of Japan's reaction" });
    await user.click(within(verdict).getByRole('button', { name: 'Dismiss' }));

    expect(row('Japan')).toHaveClass('mreview-dismissed');
    expect(row('Japan')).toHaveTextContent('dismissed');
    expect(await shape(container, 'JP')).toBeNull();
    expect(screen.getByText(/Dismissed reactions are listed, struck through, but colour nothing/)).toBeInTheDocument();

    const filter = screen.getByRole('group', { name: /^Review \(/ });
    await user.click(within(filter).getByLabelText('Verified'));
    await user.click(within(filter).getByLabelText('Not reviewed'));
    expect(actorRows('Japan')).toHaveLength(0);
    expect(within(table()).getAllByRole('row')).toHaveLength(testCorpus.reactions.length);
  });
});
