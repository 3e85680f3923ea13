import { cleanInlineMarkup } from '../clean/markup';
import type { ArticleMeta } from './types';

/** A date in any common form, as YYYY-MM-DD; undefined when it cannot be read (never a guess). */
export function normaliseDate(value: unknown): string | undefined {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  if (typeof value !== 'string') return undefined;
  const iso = value.trim().match(/^(\d{4})-(\d{2})-(\d{2})/);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const parsed = Date.parse(value);
  return Number.isNaN(parsed) ? undefined : new Date(parsed).toISOString().slice(0, 10);
}

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;

/**
 * A title as a reader sees it: leftover markup decoded, and the site's name taken off the end
 * ("Storm closes port | Example Times" read with source "Example Times").
 */
export function titleOf(title: string | undefined, source: string | undefined): string | undefined {
  if (!title) return undefined;
  let clean = cleanInlineMarkup(title);
  if (source) {
    const site = cleanInlineMarkup(source).toLowerCase();
    const cut = clean.match(/^(.{8,}?)\s+[|–—-]\s+([^|–—]+)$/);
    if (cut && cut[2]!.trim().toLowerCase() === site) clean = cut[1]!.trim();
  }
  return clean || undefined;
}

/** Metadata from loosely typed fields (front matter, JSON records, a manifest), keeping only what is usable. */
export function metaFrom(fields: Record<string, unknown>): ArticleMeta {
  const meta: ArticleMeta = {};
  const date = normaliseDate(fields['date'] ?? fields['published'] ?? fields['published_at']);
  if (date) meta.date = date;
  const source = text(fields['source'] ?? fields['outlet'] ?? fields['site']);
  if (source) meta.source = source;
  const title = titleOf(text(fields['title'] ?? fields['headline']), source);
  if (title) meta.title = title;
  const url = text(fields['url'] ?? fields['link']);
  if (url) meta.url = url;
  const language = text(fields['language'] ?? fields['lang']);
  if (language) meta.language = language;
  return meta;
}
