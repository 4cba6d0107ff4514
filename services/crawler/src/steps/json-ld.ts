import type { CheerioAPI } from 'cheerio';

/** What a page's JSON-LD says about its article, as plain strings. */
export type JsonLdArticle = {
  headline: string | null;
  datePublished: string | null;
  author: string | null;
  publisher: string | null;
};

const articleTypes = /^(News|Reportage|Analysis|Opinion|Report|Blog)?(Article|Posting)$/;

function nameOf(value: unknown): string | null {
  const first: unknown = Array.isArray(value) ? value[0] : value;
  if (typeof first === 'string') {
    return first.trim() || null;
  }
  if (typeof first === 'object' && first !== null && 'name' in first) {
    return nameOf(first.name);
  }
  return null;
}

function* walk(node: unknown, depth = 0): Generator<Record<string, unknown>> {
  if (depth > 6 || typeof node !== 'object' || node === null) {
    return;
  }
  if (Array.isArray(node)) {
    for (const child of node) {
      yield* walk(child, depth + 1);
    }
    return;
  }
  const record = node as Record<string, unknown>;
  yield record;
  yield* walk(record['@graph'], depth + 1);
  yield* walk(record['mainEntity'], depth + 1);
}

function isArticle(record: Record<string, unknown>): boolean {
  const types = ([] as unknown[]).concat(record['@type']);
  return types.some((t) => typeof t === 'string' && articleTypes.test(t));
}

/** Reads the first Article/NewsArticle object from the page's JSON-LD; broken JSON is skipped. */
export function readJsonLd($: CheerioAPI): JsonLdArticle {
  for (const script of $('script[type="application/ld+json"]').toArray()) {
    let data: unknown;
    try {
      data = JSON.parse($(script).text().trim());
    } catch {
      continue;
    }
    for (const record of walk(data)) {
      if (isArticle(record)) {
        return {
          headline: nameOf(record['headline']),
          datePublished: nameOf(record['datePublished']),
          author: nameOf(record['author']),
          publisher: nameOf(record['publisher']),
        };
      }
    }
  }
  return { headline: null, datePublished: null, author: null, publisher: null };
}
