import Parser from 'rss-parser';
import { ContentError, ContentErrorCode } from './content-error.ts';
import {
  closeTruncatedFeed,
  countRawItems,
  escapeRawAmpersands,
  splitItems,
} from './repair-feed.ts';
import { clean, toItem, type FeedItem, type RawItem } from './feed-item.ts';

export type { FeedItem } from './feed-item.ts';

/** The Accept header of a feed request: feeds first, any XML next, anything last. */
export const FeedAccept =
  'application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.8, */*;q=0.1';

/** Items that survived, how many were lost on the way, and what was repaired. */
export type ParsedFeed = {
  title: string | null;
  items: FeedItem[];
  lost: number;
  warnings: string[];
};

type RawFeed = Parser.Output<RawItem>;

// defaultRSS: an <rss> root without a version attribute is read as RSS 2.0
const parser: Parser<Record<string, never>, RawItem> = new Parser({
  defaultRSS: 2,
  // keepArray: otherwise rss-parser keeps only the text and drops the url attribute
  customFields: { item: [['source', 'source', { keepArray: true }]] },
});

function rootElement(text: string): string | null {
  const rest = text.replace(/^(\ufeff|\s+|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>)+/i, '');
  if (/^<!doctype\s+html/i.test(text.trimStart())) {
    return 'html';
  }
  return /^<([\w:.-]+)/.exec(rest)?.[1]?.toLowerCase() ?? null;
}

function build(feed: RawFeed, feedUrl: string, announced: number, warnings: string[]): ParsedFeed {
  const items = feed.items.map((raw) => toItem(raw, feedUrl)).filter((i) => i !== null);
  if (items.length < feed.items.length) {
    warnings.push(`${feed.items.length - items.length} item(s) without a usable link`);
  }
  const lost = Math.max(0, announced - items.length);
  return { title: clean(feed.title), items, lost, warnings };
}

async function parseOneByOne(xml: string, warnings: string[]): Promise<RawFeed | null> {
  const { head, items, tail } = splitItems(xml);
  const kept: RawItem[] = [];
  let title: string | undefined;
  for (const [index, item] of items.entries()) {
    try {
      const one = await parser.parseString(head + item + tail);
      title ??= one.title;
      kept.push(...one.items);
    } catch (error) {
      warnings.push(`dropped item ${index + 1}: ${(error as Error).message.split('\n')[0]}`);
    }
  }
  return kept.length > 0 ? { title, items: kept } : null;
}

/**
 * Parses an already-decoded RSS 0.9x/1.0/2.0 or Atom document. A feed broken by raw `&` or cut
 * off mid-item is repaired, then parsed item by item if need be; what could not be saved is
 * counted in `lost`. Throws feed.not-a-feed for HTML and other non-feeds, feed.malformed when
 * nothing can be saved.
 */
export async function parseFeed(text: string, feedUrl: string): Promise<ParsedFeed> {
  const root = rootElement(text);
  if (root !== 'rss' && root !== 'feed' && root !== 'rdf:rdf') {
    throw new ContentError(
      ContentErrorCode.NotAFeed,
      `not a feed: root element is ${root ?? 'missing'}`,
    );
  }
  const announced = countRawItems(text);
  try {
    return build(await parser.parseString(text), feedUrl, announced, []);
  } catch (first) {
    const warnings: string[] = [];
    const amp = escapeRawAmpersands(text);
    if (amp.count > 0) {
      warnings.push(`escaped ${amp.count} raw "&"`);
    }
    const truncated = closeTruncatedFeed(amp.xml);
    if (truncated.cut) {
      warnings.push('cut a truncated last item');
    }
    try {
      return build(await parser.parseString(truncated.xml), feedUrl, announced, warnings);
    } catch {
      const salvaged = await parseOneByOne(truncated.xml, warnings);
      if (salvaged !== null) {
        return build(salvaged, feedUrl, announced, warnings);
      }
    }
    const reason = (first as Error).message.split('\n')[0] ?? 'unknown';
    if (announced === 0 && /<\/(channel|feed|rdf:RDF)>/i.test(text) === false) {
      throw new ContentError(ContentErrorCode.FeedMalformed, `malformed feed: ${reason}`, {
        cause: first,
      });
    }
    throw new ContentError(
      ContentErrorCode.FeedMalformed,
      `malformed feed, no item saved: ${reason}`,
      {
        cause: first,
      },
    );
  }
}
