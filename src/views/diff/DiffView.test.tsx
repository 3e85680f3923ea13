import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { NuqsTestingAdapter, type UrlUpdateEvent } from 'nuqs/adapters/testing';
import { describe, expect, it, vi } from 'vitest';
import { emptyCorpus, validCorpus } from '../../../mocks/fixtures/corpora';
import { alignmentBetween, diffRows } from '../../core/diff';
import { buildCorpus } from '../../core/pipeline/buildCorpus';
import type { Corpus } from '../../core/schema/corpus';
import DiffView from './DiffView';

function renderAt(search: string, corpus: Corpus = validCorpus) {
  const onUrlUpdate = vi.fn<(event: UrlUpdateEvent) => void>();
  render(
    <NuqsTestingAdapter searchParams={search} onUrlUpdate={onUrlUpdate}>
      <DiffView corpus={corpus} />
    </NuqsTestingAdapter>,
  );
  return onUrlUpdate;
}

const [first, second] = validCorpus.articles;
const pairedBest = [...validCorpus.alignments].sort((x, y) => y.reuse - x.reuse)[0]!;

describe('DiffView', () => {
  it('compares the first two articles by default, one table row per diff row', () => {
    renderAt('');
    const expected = diffRows(first!, second!, alignmentBetween(validCorpus.alignments, first!.id, second!.id), {
      threshold: 0.2,
    });
    const table = screen.getByRole('table');
    expect(within(table).getAllByRole('row')).toHaveLength(expected.length + 1);
    expect(screen.getByText(/of B's sentences have a counterpart in A/)).toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: /^Row \d+:/ })).toHaveLength(expected.length);
  });

  it('swaps A and B in the URL', async () => {
    const onUrlUpdate = renderAt(`?a=${pairedBest.a}&b=${pairedBest.b}`);
    await userEvent.click(screen.getByRole('button', { name: /Swap A and B/ }));
    const params = onUrlUpdate.mock.calls.at(-1)?.[0].searchParams;
    expect(params?.get('a')).toBe(pairedBest.b);
    expect(params?.get('b')).toBe(pairedBest.a);
  });

  it('hides identical pairs in changes-only mode', () => {
    const file = (name: string, text: string) => ({ name, bytes: new TextEncoder().encode(text) });
    const copied = buildCorpus(
      [
        file(
          'x.txt',
          'The storm flooded the old harbour on Friday. Four boats sank near the pier. The mayor promised new sea walls.',
        ),
        file(
          'y.txt',
          'The storm flooded the old harbour on Friday. Five boats sank near the pier. The mayor promised new sea walls.',
        ),
      ],
      { id: 't', title: 'T' },
    ).corpus;
    renderAt('', copied);
    expect(screen.getAllByRole('button', { name: /identical$/ })).toHaveLength(2);
    expect(screen.getAllByRole('button', { name: /^Row \d+:/ })).toHaveLength(3);
    document.body.innerHTML = '';
    renderAt('?changes=true', copied);
    expect(screen.getAllByRole('button', { name: /^Row \d+:/ })).toHaveLength(1);
    const table = screen.getByRole('table');
    expect([...table.querySelectorAll('del')].map((d) => d.textContent)).toEqual(['Four']);
    expect([...table.querySelectorAll('ins')].map((d) => d.textContent)).toEqual(['Five']);
  });

  it('jumps from the overview strip to the row and focuses it', async () => {
    renderAt('');
    Element.prototype.scrollIntoView = vi.fn();
    const marks = screen.getAllByRole('button', { name: /^Row \d+:/ });
    await userEvent.click(marks[3]!);
    expect(document.getElementById('diff-row-3')).toHaveFocus();
  });

  describe('a long pair', () => {
    // Two articles of 90 sentences with no words in common: 180 rows, more than the first frame holds.
    const words = (prefix: string, i: number) =>
      `${prefix} ${['north', 'south', 'east', 'west'][i % 4]} item ${i} ${prefix}ing ${i * 7}.`;
    const text = (prefix: string) => Array.from({ length: 90 }, (_, i) => words(prefix, i)).join(' ');
    const long = buildCorpus(
      [
        { name: 'a.txt', bytes: new TextEncoder().encode(text('Zorb')) },
        { name: 'b.txt', bytes: new TextEncoder().encode(text('Quill')) },
      ],
      { id: 'long', title: 'Long' },
    ).corpus;
    const total = () => screen.getAllByRole('button', { name: /^Row \d+:/ }).length;

    it('draws the first rows at once and the rest a moment later, busy until then', async () => {
      renderAt('', long);
      const table = screen.getByRole('table');
      expect(table).toHaveAttribute('aria-busy', 'true');
      expect(table.querySelectorAll('.diff-row').length).toBeLessThan(total());
      await waitFor(() => expect(table).toHaveAttribute('aria-busy', 'false'));
      expect(table.querySelectorAll('.diff-row')).toHaveLength(total());
    });

    it('puts a linked sentence far down the article in the first frame, and goes to it', () => {
      Element.prototype.scrollIntoView = vi.fn();
      renderAt('?sentence=85', long);
      const row = screen.getByRole('table').querySelector('.diff-row[data-a="85"]');
      expect(row).not.toBeNull();
      expect(row).toHaveFocus();
    });
  });

  it('says what to do when there is nothing to compare', () => {
    renderAt('', emptyCorpus);
    expect(screen.getByRole('status')).toHaveTextContent('needs at least two articles');
  });
});
