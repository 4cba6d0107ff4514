export { startCrawler } from './crawler.ts';
export { syncSchedulers } from './sync-schedulers.ts';
export { fetchUrl, type FetchOptions, type FetchResult } from './steps/fetch-url.ts';
export { decodeBody } from './steps/decode-body.ts';
export { parseFeed } from './steps/parse-feed.ts';
export { extractArticle } from './steps/extract-article.ts';
export { canonicalUrl } from './steps/canonical-url.ts';
export { FeedStatus, Source, SourceFields, SourceKind } from './sources/source.ts';
export { readSourcesFile, saveSource } from './sources/sources-file.ts';
