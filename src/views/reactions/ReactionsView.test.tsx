import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { NuqsTestingAdapter, type UrlUpdateEvent } from 'nuqs/adapters/testing';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { countryName } from '../../core/reactions';
import { testCorpus } from '../../core/reactions/testCorpus';
import type { Corpus } from '../../core/schema/corpus';
import { emptyCorpus, validCorpus } from '../../../mocks/fixtures/corpora';
import { loadAtlas } from './mapData';
import ReactionsView from './ReactionsView';

/** Renders inside an awaited act, so the map's lazy atlas can resolve before the test looks. */
async function renderAt(search: string, corpus: Corpus = validCorpus) {
  const onUrlUpdate = vi.fn<(event: UrlUpdateEvent) => void>();
  const { container } = await act(async () =>
    render(
      <QueryClientProvider client={new QueryClient()}>
        <NuqsTestingAdapter searchParams={search} onUrlUpdate={onUrlUpdate}>
          <ReactionsView corpus={corpus} />
        </NuqsTestingAdapter>
      </QueryClientProvider>,
    ),
  );
  return { onUrlUpdate, container };
}

const reactingCodes = [...new Set(validCorpus.reactions.flatMap((r) => (r.country ? [r.country] : [])))].sort();
const table = () => screen.getByRole('table', { name: /reactions the filters show/i });
const bodyRows = () => within(table()).getAllByRole('row').slice(1);
/** The map arrives as a lazy chunk: wait until its country shapes are drawn. */
const mapShapes = async (container: HTMLElement) => {
  await screen.findByRole('group', { name: /world map of reactions/i }, { timeout: 5000 });
  return [...container.querySelectorAll('svg.rx-map [data-code]')];
};

describe('ReactionsView', () => {
  // The first import of the atlas chunk is slow under jsdom; load it once so each test's own wait stays short.
  beforeAll(() => loadAtlas(), 30_000);

  it('colours exactly the countries whose actors reacted, each one a focusable button', async () => {
    const { container } = await renderAt('?view=reactions');
    const shapes = await mapShapes(container);
    expect(shapes.map((s) => s.getAttribute('data-code')).sort()).toEqual(reactingCodes);
    for (const shape of shapes) {
      expect(shape).toHaveAttribute('tabindex', '0');
      expect(shape.getAttribute('aria-label')).toMatch(/reaction/);
    }
    expect(bodyRows()).toHaveLength(validCorpus.reactions.length);
  });

  it('selects a country from the table and from the map with the keyboard', async () => {
    const { container, onUrlUpdate } = await renderAt('?view=reactions');
    const [first] = reactingCodes;
    await userEvent.click(within(table()).getAllByRole('button', { name: countryName(first!) })[0]!);
    expect(onUrlUpdate.mock.calls.at(-1)?.[0].searchParams.get('country')).toBe(first);

    const last = reactingCodes.at(-1)!;
    const shape = (await mapShapes(container)).find((s) => s.getAttribute('data-code') === last) as SVGElement;
    shape.focus();
    await userEvent.keyboard('{Enter}');
    expect(onUrlUpdate.mock.calls.at(-1)?.[0].searchParams.get('country')).toBe(last);
    expect(screen.getByTestId('map-tooltip')).toHaveTextContent(countryName(last));
  });

  it('shows the selected country: its actors, stances and links to the evidence sentences', async () => {
    const code = reactingCodes[0]!;
    await renderAt(`?view=reactions&country=${code}`);
    const panel = screen.getByRole('complementary', { name: countryName(code) });
    for (const r of validCorpus.reactions.filter((x) => x.country === code)) {
      expect(within(panel).getAllByText(r.actor).length).toBeGreaterThan(0);
      const mention = r.mentions.find((m) => m.sentence !== undefined)!;
      const href = `?view=articles&article=${mention.articleId}&sentence=${mention.sentence}`;
      expect(
        within(panel)
          .getAllByRole('link')
          .some((a) => a.getAttribute('href') === href),
      ).toBe(true);
    }
    expect(within(panel).getAllByText(/^Reported by \d+ articles?/).length).toBeGreaterThan(0);
  });

  it('filters by stance, keeping only reactions with that stance', async () => {
    const stance = validCorpus.reactions[0]!.stance;
    await renderAt(`?view=reactions&stance=${stance}`);
    expect(bodyRows()).toHaveLength(validCorpus.reactions.filter((r) => r.stance === stance).length);
  });

  it('filters by article: the table and the map show only what that article reports', async () => {
    const article = validCorpus.articles[0]!;
    const reported = validCorpus.reactions.filter((r) => r.mentions.some((m) => m.articleId === article.id));
    const { container } = await renderAt(`?view=reactions&src=${article.id}`);
    expect(bodyRows()).toHaveLength(reported.length);
    const codes = (await mapShapes(container)).map((s) => s.getAttribute('data-code')).sort();
    expect(codes).toEqual([...new Set(reported.map((r) => r.country))].sort());
    expect(codes.length).toBeLessThan(reactingCodes.length);
  });

  it('sorts the table from its column headings, says so with aria-sort and keeps the order in the URL', async () => {
    const { onUrlUpdate } = await renderAt('?view=reactions');
    const header = within(table()).getByRole('columnheader', { name: /articles/i });
    expect(header).toHaveAttribute('aria-sort', 'none');
    await userEvent.click(within(header).getByRole('button'));
    expect(header).toHaveAttribute('aria-sort', 'ascending');
    expect(onUrlUpdate.mock.calls.at(-1)?.[0].searchParams.get('by')).toBe('articles');
    await userEvent.click(within(header).getByRole('button'));
    expect(header).toHaveAttribute('aria-sort', 'descending');
    expect(onUrlUpdate.mock.calls.at(-1)?.[0].searchParams.get('by')).toBe('-articles');
    const counts = bodyRows().map((r) => Number.parseInt(r.querySelectorAll('td')[3]!.textContent ?? '', 10));
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it('opens with the table in the order a shared link names', async () => {
    await renderAt('?view=reactions&by=-actor');
    const header = within(table()).getByRole('columnheader', { name: /actor/i });
    expect(header).toHaveAttribute('aria-sort', 'descending');
    const actors = bodyRows().map((r) => r.querySelectorAll('td')[1]!.textContent ?? '');
    expect(actors).toEqual([...actors].sort((a, b) => b.localeCompare(a, 'en', { sensitivity: 'base' })));
    expect(new Set(actors).size).toBeGreaterThan(1);
  });

  it('gives a small state the 110m atlas leaves out a focusable marker instead of a shape', async () => {
    const { container } = await renderAt('?view=reactions', testCorpus);
    await vi.waitFor(() => expect(container.querySelector('circle[data-code="MT"]')).not.toBeNull(), {
      timeout: 20_000,
    });
    const marker = container.querySelector('circle[data-code="MT"]')!;
    expect(marker).toHaveAttribute('role', 'button');
    expect(marker).toHaveAttribute('tabindex', '0');
    expect(marker.getAttribute('aria-label')).toMatch(/^Malta: 1 reaction/);
    expect(container.querySelector('path[data-code="MT"]')).toBeNull();
    expect(container.querySelector('path[data-code="FR"]')).not.toBeNull();
  }, 30_000);

  it('lists organisations that speak for no country beside the map, with the target and finer stance', async () => {
    const mention = validCorpus.reactions[0]!.mentions[0]!;
    const corpus: Corpus = {
      ...validCorpus,
      reactions: [
        ...validCorpus.reactions,
        {
          id: 'reaction-org-river-basin-council-concern',
          country: null,
          organization: 'River Basin Council',
          actor: 'River Basin Council',
          actorKind: 'organization',
          stance: 'concern',
          stanceDetail: 'warn',
          target: 'the dam closure',
          mentions: [mention],
        },
      ],
    };
    const { container } = await renderAt('?view=reactions', corpus);
    const list = screen.getByRole('region', { name: 'Organisations' });
    const row = within(list).getByRole('row', { name: /River Basin Council/ });
    expect(row).toHaveTextContent('Concern');
    expect(row).toHaveTextContent('(warn)');
    expect(row).toHaveTextContent('the dam closure');
    // Not a country: the map colours only the reacting countries, and the table names it an organisation.
    const codes = (await mapShapes(container)).map((s) => s.getAttribute('data-code')).sort();
    expect(codes).toEqual(reactingCodes);
    const orgRow = within(table()).getAllByRole('row', { name: /River Basin Council/ })[0]!;
    expect(orgRow).toHaveTextContent('(organisation)');
    expect(within(orgRow).queryByRole('button')).toBeNull();
  });

  it('says so when the corpus reports no reactions', async () => {
    await renderAt('?view=reactions', emptyCorpus);
    expect(screen.getByText(/report no reactions/)).toBeInTheDocument();
  });
});
