import type Parser from 'rss-parser';
import { unwrapRedirectLink } from './unwrap-link.ts';

/** One feed entry, with its link made absolute and unwrapped from search-engine redirects. */
export type FeedItem = {
  link: string;
  title: string | null;
  guid: string | null;
  publishedAt: Date | null;
  summary: string | null;
  author: string | null;
  /** The publisher named by an aggregator item (Google News `<source url="…">Name</source>`). */
  source: { name: string | null; url: string | null } | null;
};
/** An item as rss-parser hands it over (with our custom `source` field). */
export type RawItem = Parser.Item & {
  author?: string;
  id?: string;
  guid?: unknown;
  source?: unknown;
};

/** Trimmed text with single spaces, or null; unwraps xml2js `{ _: text }` nodes. */
export function clean(value: unknown): string | null {
  const text = typeof value === 'object' && value !== null && '_' in value ? value._ : value;
  return typeof text === 'string' && text.trim() !== '' ? text.trim().replace(/\s+/g, ' ') : null;
}

function sourceOf(list: unknown): FeedItem['source'] {
  const raw: unknown = Array.isArray(list) ? list[0] : list;
  if (raw === undefined || raw === null) {
    return null;
  }
  const attrs = typeof raw === 'object' && '$' in raw ? (raw.$ as { url?: unknown }) : {};
  const url = typeof attrs.url === 'string' && /^https?:\/\//.test(attrs.url) ? attrs.url : null;
  return { name: clean(raw), url };
}

/** A usable FeedItem (absolute, unwrapped link) or null when the item has no link. */
export function toItem(raw: RawItem, feedUrl: string): FeedItem | null {
  const guid = clean(raw.guid) ?? clean(raw.id);
  const href = clean(raw.link) ?? (guid !== null && /^https?:\/\//.test(guid) ? guid : null);
  if (href === null) {
    return null;
  }
  let url: string;
  try {
    url = unwrapRedirectLink(new URL(href, feedUrl).href);
  } catch {
    return null;
  }
  const date = new Date(raw.isoDate ?? raw.pubDate ?? Number.NaN);
  return {
    link: url,
    title: clean(raw.title),
    guid,
    publishedAt: Number.isNaN(date.getTime()) ? null : date,
    summary: clean(raw.contentSnippet) ?? clean(raw.summary),
    author: clean(raw.creator) ?? clean(raw.author),
    source: sourceOf(raw.source),
  };
}
