import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { validCorpus } from '../../../mocks/fixtures/corpora';
import type { Corpus } from '../../core/schema/corpus';
import { SourcesTable } from './SourcesTable';

describe('SourcesTable', () => {
  it('shows a few distinct pieces of evidence per source and counts the rest', () => {
    const source = validCorpus.sources[0]!;
    const credit = (articleId: string, text: string) => ({ articleId, text, rule: source.evidence[0]!.rule });
    const evidence = [
      ...Array.from({ length: 40 }, (_, i) => credit(`w${i}`, 'By the Wire Agency')),
      credit('x1', 'Wire Agency staff'),
    ];
    const corpus: Corpus = { ...validCorpus, sources: [{ ...source, evidence }] };
    render(<SourcesTable corpus={corpus} />);
    const items = within(screen.getByRole('region', { name: 'Sources table' })).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual([
      expect.stringContaining('By the Wire Agency'),
      expect.stringContaining('Wire Agency staff'),
      'and 39 more from other articles',
    ]);
  });
});
