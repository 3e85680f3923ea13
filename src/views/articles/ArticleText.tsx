import { useCallback, useEffect, useMemo, useRef } from 'react';
import { readerBlocks, marksBySentence, sentencesOf, type Blocks } from '../../core/reader/layout';
import type { Mark } from '../../core/reader/marks';
import type { Article } from '../../core/schema/corpus';
import { useAppHref } from '../../url/links';
import { ReaderBlock } from './ReaderBlock';
import { VirtualArticleText } from './VirtualArticleText';

type Props = {
  article: Article;
  marks: readonly Mark[];
  selected: number | null;
  onSelect: (sentence: number) => void;
};

/**
 * Above this many paragraphs only those near the screen are drawn: a 100,000-line article drawn
 * whole is hundreds of thousands of elements. Shorter articles stay whole, so the browser's
 * find-in-page and printing see all of them.
 */
const VIRTUAL_FROM = 200;

/** The article's paragraphs of sentence links, with the selected sentence scrolled to and focused. */
export function ArticleText({ article, marks, selected, onSelect }: Props) {
  const appHref = useAppHref();
  const href = useCallback(
    (sentence: number) => appHref({ view: 'articles', article: article.id, sentence }),
    [appHref, article.id],
  );
  const blocks = useMemo(() => readerBlocks(article.paragraphs, article.sentences), [article]);
  const marksOf = useMemo(() => marksBySentence(article.sentences, marks), [article, marks]);
  const shared = { article, blocks, marksOf, selected, href, onSelect };
  if (blocks.count > VIRTUAL_FROM) return <VirtualArticleText key={article.id} {...shared} />;
  return <WholeArticleText {...shared} />;
}

export type TextProps = Omit<Props, 'marks'> & {
  blocks: Blocks;
  marksOf: readonly (readonly Mark[] | undefined)[];
  href: (sentence: number) => string;
};

function WholeArticleText({ article, blocks, marksOf, selected, href, onSelect }: TextProps) {
  const selectedRef = useRef<HTMLAnchorElement>(null);
  useEffect(() => {
    const element = selectedRef.current;
    if (!element) return;
    element.scrollIntoView?.({ block: 'center' });
    element.focus({ preventScroll: true });
  }, [article.id, selected]);
  return (
    <div className="article-text">
      {Array.from({ length: blocks.count }, (_, b) => (
        <ReaderBlock
          key={b}
          {...{ article, sentences: sentencesOf(blocks, b), marksOf, selected, selectedRef, href, onSelect }}
        />
      ))}
    </div>
  );
}
