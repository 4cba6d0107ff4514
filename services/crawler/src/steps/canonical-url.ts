// Query parameters that only say where a click came from; they never change the article.
const trackingParams = new Set([
  'fbclid',
  'gclid',
  'gclsrc',
  'dclid',
  'msclkid',
  'yclid',
  'igshid',
  'twclid',
  'mc_cid',
  'mc_eid',
  '_ga',
  '_gl',
  'ref',
  'ref_src',
  'ref_url',
  'referrer',
  'tag_from',
  'spm',
  'ocid',
  'cmpid',
  '__twitter_impression',
  'amp',
  'amp_js_v',
  'usqp',
  'outputtype',
]);

function isTracking(name: string): boolean {
  const key = name.toLowerCase();
  return key.startsWith('utm_') || trackingParams.has(key);
}

function parseHttp(raw: string, base?: string): URL | null {
  try {
    const url = new URL(raw.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

function stripAmp(url: URL): void {
  if (/^amp\.[^.]+\.[^.]+/.test(url.hostname)) {
    url.hostname = url.hostname.slice('amp.'.length);
  }
  url.pathname = url.pathname
    .replace(/^\/amp(?=\/.)/, '')
    .replace(/\/amp\/?$/, '')
    .replace(/\.amp(\.html?)?$/, '$1')
    .replace(/^$/, '/');
}

/**
 * The one URL an article is stored under: lower-case host (kept otherwise, `www.` included), no
 * fragment, no tracking parameters, the rest sorted, and recognizable AMP forms (`/amp`, `/amp/…`,
 * `amp.` host, `?amp=1`) folded into the plain page. When the page declares a
 * `<link rel="canonical">`, that declaration wins (it may be relative, or on another site).
 * Anything that is not an http(s) URL is returned trimmed and unchanged.
 */
export function canonicalUrl(raw: string, declaredCanonical?: string | null): string {
  const page = parseHttp(raw);
  const declared =
    declaredCanonical != null && declaredCanonical.trim() !== ''
      ? parseHttp(declaredCanonical, page?.href)
      : null;
  const url = declared ?? page;
  if (url === null) {
    return raw.trim();
  }
  url.hash = '';
  const kept = [...url.searchParams].filter(([name]) => !isTracking(name));
  kept.sort(([a, va], [b, vb]) => (a === b ? (va < vb ? -1 : va > vb ? 1 : 0) : a < b ? -1 : 1));
  url.search = new URLSearchParams(kept).toString();
  stripAmp(url);
  return url.href;
}
