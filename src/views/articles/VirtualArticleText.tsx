import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { blockOfSentence, sentencesOf } from '../../core/reader/layout';
import type { Article } from '../../core/schema/corpus';
import type { TextProps } from './ArticleText';
import { ReaderBlock } from './ReaderBlock';

/** A paragraph's height before it is measured: lines of about 75 characters at the reader's line height, plus its margin. */
function estimate(article: Article, sentences: Int32Array): number {
  if (sentences.length === 0) return 45;
  const first = article.sentences[sentences[0]!]!;
  const last = article.sentences[sentences[sentences.length - 1]!]!;
  return 16 + 29 * Math.max(1, Math.ceil((last.end - first.start) / 75));
}

/**
 * A long article drawn a screenful of paragraphs at a time as the page scrolls. A linked sentence
 * (`?sentence=`) is scrolled to through its paragraph, then focused once it is drawn.
 */
export function VirtualArticleText({ article, blocks, marksOf, selected, href, onSelect }: TextProps) {
  const list = useRef<HTMLDivElement>(null);
  const selectedRef = useRef<HTMLAnchorElement>(null);
  // Where the list starts on the page: the article's header above it grows and shrinks (a
  // selected-sentence line, wrapping at another width), so it is measured whenever it resizes.
  const [margin, setMargin] = useState(0);
  useLayoutEffect(() => {
    const element = list.current;
    if (!element) return;
    const measure = () => setMargin(Math.round(element.getBoundingClientRect().top + window.scrollY));
    measure();
    const observer = new ResizeObserver(measure);
    if (element.parentElement) observer.observe(element.parentElement);
    return () => observer.disconnect();
  }, []);
  const blockOf = useMemo(() => blockOfSentence(blocks), [blocks]);
  const virtualizer = useWindowVirtualizer({
    count: blocks.count,
    estimateSize: (b) => estimate(article, sentencesOf(blocks, b)),
    overscan: 6,
    scrollMargin: margin,
  });

  // The sentence to show: the selected one, else one a `#sentence-N` anchor names (the browser
  // cannot find it itself until its paragraph is drawn). Kept until it is scrolled to and focused.
  const pending = useRef<number | null>(null);
  useEffect(() => {
    const anchor = /^#sentence-(\d+)$/.exec(window.location.hash);
    const target = selected ?? (anchor ? Number(anchor[1]) : null);
    const b = target === null ? -1 : (blockOf[target] ?? -1);
    if (b < 0) return;
    pending.current = target;
    if (!document.getElementById(`sentence-${target}`)) virtualizer.scrollToIndex(b, { align: 'center' });
  }, [selected, blockOf, virtualizer]);
  useEffect(() => {
    const element = pending.current === null ? null : document.getElementById(`sentence-${pending.current}`);
    if (!element) return;
    pending.current = null;
    element.scrollIntoView?.({ block: 'center' });
    element.focus({ preventScroll: true });
  });

  return (
    <div className="article-text" ref={list} style={{ position: 'relative', height: virtualizer.getTotalSize() }}>
      {virtualizer.getVirtualItems().map((item) => (
        <div
          key={item.key}
          data-index={item.index}
          ref={virtualizer.measureElement}
          className="article-block"
          style={{ transform: `translateY(${item.start - virtualizer.options.scrollMargin}px)` }}
        >
          <ReaderBlock
            {...{ article, sentences: sentencesOf(blocks, item.index), marksOf, selected, selectedRef, href, onSelect }}
          />
        </div>
      ))}
    </div>
  );
}
