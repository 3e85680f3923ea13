import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { NuqsTestingAdapter, type UrlUpdateEvent } from 'nuqs/adapters/testing';
import { describe, expect, it, vi } from 'vitest';
import type { Corpus } from '../../core/schema/corpus';
import { validCorpus } from '../../../mocks/fixtures/corpora';
import ArticlesView from './ArticlesView';

function renderAt(search: string, corpus: Corpus = validCorpus) {
  const onUrlUpdate = vi.fn<(event: UrlUpdateEvent) => void>();
  render(
    <NuqsTestingAdapter searchParams={search} onUrlUpdate={onUrlUpdate}>
      <ArticlesView corpus={corpus} />
    </NuqsTestingAdapter>,
  );
  return onUrlUpdate;
}

describe('ArticlesView', () => {
  const article = validCorpus.articles[1]!;

  it('opens the article and sentence named in the URL, and focuses that sentence', () => {
    renderAt(`?article=${article.id}&sentence=2`);
    expect(screen.getByRole('heading', { level: 2, name: article.title })).toBeInTheDocument();
    const selected = screen.getByRole('link', { name: 'Sentence 3 (selected)' });
    const s = article.sentences[2]!;
    expect(selected).toHaveTextContent(article.text.slice(s.start, s.end));
    expect(selected).toHaveFocus();
  });

  it('puts a clicked sentence in the URL', async () => {
    const onUrlUpdate = renderAt(`?article=${article.id}`);
    const s = article.sentences[4]!;
    const link = screen.getAllByRole('link').find((a) => a.textContent === article.text.slice(s.start, s.end));
    await userEvent.click(link!);
    const last = onUrlUpdate.mock.calls.at(-1)?.[0];
    expect(last?.searchParams.get('sentence')).toBe('4');
    expect(last?.searchParams.get('article')).toBe(article.id);
  });

  it('renders every sentence exactly as the stored text slices it', () => {
    renderAt(`?article=${article.id}`);
    // Highlights split a sentence into several elements; the link's text is still the whole sentence.
    const texts = screen.getAllByRole('link').map((a) => a.textContent);
    for (const s of article.sentences) expect(texts).toContain(article.text.slice(s.start, s.end));
  });

  it('ignores a sentence index the article does not have', () => {
    renderAt(`?article=${article.id}&sentence=9999`);
    expect(screen.queryByRole('link', { name: /selected/ })).not.toBeInTheDocument();
  });

  const withUrl = (url: string) => ({
    ...validCorpus,
    articles: validCorpus.articles.map((a) => (a.id === article.id ? { ...a, url } : a)),
  });

  it.each(['javascript:alert(1)', ' data:text/html,x', 'vbscript:msgbox(1)'])(
    'makes no link of the address %s',
    (url) => {
      renderAt(`?article=${article.id}`, withUrl(url));
      expect(screen.getByRole('heading', { level: 2, name: article.title })).toBeInTheDocument();
      expect(screen.queryByRole('link', { name: 'original' })).not.toBeInTheDocument();
    },
  );

  it('links to the original at an https address', () => {
    renderAt(`?article=${article.id}`, withUrl('https://news.example/harbour'));
    expect(screen.getByRole('link', { name: 'original' })).toHaveAttribute('href', 'https://news.example/harbour');
  });

  it('lists what cleaning removed', () => {
    const withRemoved = validCorpus.articles.find((a) => a.removed.some((r) => r.kind === 'ad'))!;
    renderAt(`?article=${withRemoved.id}`);
    expect(screen.getByText(/Removed while cleaning/)).toBeInTheDocument();
  });

  it('says when an article is left out of the English-only analysis', () => {
    expect(article.language).toBe('eng');
    renderAt(`?article=${article.id}`);
    expect(screen.queryByText(/not in English/)).not.toBeInTheDocument();
    document.body.innerHTML = '';
    const spanish = {
      ...validCorpus,
      articles: validCorpus.articles.map((a) => (a.id === article.id ? { ...a, language: 'spa' } : a)),
    };
    renderAt(`?article=${article.id}`, spanish);
    expect(screen.getByText(/not in English/)).toHaveTextContent('spa');
  });

  it('gives a person’s role in the title of its highlight', () => {
    const person = validCorpus.entities.find(
      (e) => e.kind === 'person' && e.mentions.some((m) => m.articleId === article.id),
    );
    expect(person).toBeDefined();
    const withRole = {
      ...validCorpus,
      entities: validCorpus.entities.map((e) => (e.id === person!.id ? { ...e, role: 'Harbour Master' } : e)),
    };
    const { container } = render(
      <NuqsTestingAdapter searchParams={`?article=${article.id}`}>
        <ArticlesView corpus={withRole} />
      </NuqsTestingAdapter>,
    );
    const titles = [...container.querySelectorAll('[title]')].map((el) => el.getAttribute('title') ?? '');
    expect(titles.some((t) => t.includes(`person: ${person!.name}, Harbour Master`))).toBe(true);
  });
});
