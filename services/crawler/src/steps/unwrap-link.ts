const wrapperParams = ['url', 'u'] as const;

function asHttpUrl(value: string | null): URL | null {
  if (value === null) {
    return null;
  }
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

/**
 * Resolves a search engine's click-through link to the publisher's URL when the link carries it
 * (Bing `apiclick.aspx?url=`, Google `/url?q=`, generic `?url=` / `?u=` wrappers). Google News
 * `news.google.com/rss/articles/…` links are opaque without a network round trip, so they are
 * returned unchanged.
 */
export function unwrapRedirectLink(link: string): string {
  const url = asHttpUrl(link);
  if (url === null || url.hostname === 'news.google.com') {
    return link;
  }
  const params = url.searchParams;
  const isGoogleUrl = /(^|\.)google\.[a-z.]+$/.test(url.hostname) && url.pathname === '/url';
  const candidates = isGoogleUrl
    ? [params.get('q'), params.get('url')]
    : wrapperParams.map((p) => params.get(p));
  for (const candidate of candidates) {
    const target = asHttpUrl(candidate);
    if (target !== null && target.hostname !== url.hostname) {
      return unwrapRedirectLink(target.href);
    }
  }
  return link;
}
