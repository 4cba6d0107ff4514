import { load, type CheerioAPI } from 'cheerio';
import { readJsonLd } from './json-ld.ts';
import { extractMainText } from './main-text.ts';
import { parseIndonesianDate, parseMachineDate } from './published-date.ts';

/** What one news page says about itself; every field but `text` may be missing. */
export type ExtractedArticle = {
  title: string | null;
  text: string;
  publishedAt: Date | null;
  author: string | null;
  siteName: string | null;
  /** `<html lang>` as written, lower-cased (e.g. 'id-id'): a hint, not a verdict. */
  lang: string | null;
  /** `<link rel="canonical">`, absolute; pass it to canonicalUrl(pageUrl, it). */
  canonicalUrl: string | null;
  ampUrl: string | null;
};

const dateMetas = [
  'meta[property="article:published_time"]',
  'meta[property="og:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="pubdate"]',
  'meta[name="publishdate"]',
  'meta[name="publish-date"]',
  'meta[name="content_PublishedDate"]',
  'meta[name="dc.date.issued"]',
  'meta[name="DC.date.issued"]',
  'meta[name="date"]',
];

function first(...values: Array<string | null | undefined>): string | null {
  for (const value of values) {
    const clean = value?.replace(/\s+/g, ' ').trim();
    if (clean) {
      return clean;
    }
  }
  return null;
}

function absolute(href: string | undefined, base: string): string | null {
  try {
    return href ? new URL(href.trim(), base).href : null;
  } catch {
    return null;
  }
}

function findDate($: CheerioAPI, jsonLd: string | null): Date | null {
  const candidates = [jsonLd, ...dateMetas.map((s) => $(s).attr('content'))];
  candidates.push(
    ...$('time[datetime]')
      .map((_, el) => $(el).attr('datetime'))
      .toArray(),
  );
  for (const value of candidates) {
    const date = parseMachineDate(value);
    if (date !== null) {
      return date;
    }
  }
  // the visible dateline: look in byline/date boxes first, then anywhere in the body
  const datelines = $(
    '[class*="date"], [class*="time"], [class*="tanggal"], [class*="meta"], time',
  );
  return parseIndonesianDate(datelines.text()) ?? parseIndonesianDate($('body').text());
}

function findByline($: CheerioAPI): string | null {
  const match =
    /\b(?:Oleh|Penulis|Reporter|Pewarta)\s*:?\s*([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})/.exec(
      $('body').text(),
    );
  return match?.[1] ?? null;
}

// "Judul Berita | Warta Contoh" → "Judul Berita"
function withoutSiteName(title: string, siteName: string | null): string {
  if (siteName === null) {
    return title;
  }
  const escaped = siteName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return title.replace(new RegExp(`\\s*[|\\-–—:]\\s*${escaped}\\s*$`, 'i'), '');
}

/** Reads title, main text, publication time, author, outlet, language hint and links of a page. */
export function extractArticle(html: string, pageUrl: string): ExtractedArticle {
  const $ = load(html);
  const jsonLd = readJsonLd($);
  const meta = (selector: string) => $(selector).first().attr('content');
  const articleAuthor = meta('meta[property="article:author"]');
  const siteName = first(meta('meta[property="og:site_name"]'), jsonLd.publisher);
  const result = {
    title: first(
      meta('meta[property="og:title"]'),
      $('h1').first().text(),
      withoutSiteName($('title').first().text(), siteName),
      jsonLd.headline,
    ),
    publishedAt: findDate($, jsonLd.datePublished),
    author: first(
      jsonLd.author,
      meta('meta[name="author"]'),
      articleAuthor !== undefined && !/^https?:/.test(articleAuthor) ? articleAuthor : null,
      $('[rel="author"]').first().text(),
      findByline($),
    ),
    siteName,
    lang: first($('html').attr('lang'))?.toLowerCase() ?? null,
    canonicalUrl: absolute($('link[rel="canonical"]').attr('href'), pageUrl),
    ampUrl: absolute($('link[rel="amphtml"]').attr('href'), pageUrl),
  };
  return { ...result, text: extractMainText($) }; // text last: it strips the page's boilerplate
}
