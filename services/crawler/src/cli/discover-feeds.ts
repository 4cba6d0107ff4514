// Finds the feeds of outlets: `node services/crawler/src/cli/discover-feeds.ts [--json] [--write]
// [--sources FILE] (--pending | DOMAIN...)`. --pending takes every source that still needs
// discovery; --write stores the best feed found for each into the sources file (and enables it).
import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import {
  DefaultSourcesPath,
  FeedStatus,
  loadSources,
  parseSources,
  type Source,
} from '../sources/source.ts';
import { discoverFeeds, type Discovery } from '../steps/discover-feeds.ts';
import { fetchUrl } from '../steps/fetch-url.ts';
import { createRobotsChecker, createRobotsFetch } from '../steps/robots.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    json: { type: 'boolean', default: false },
    write: { type: 'boolean', default: false },
    pending: { type: 'boolean', default: false },
    sources: { type: 'string', default: process.env.SOURCES_FILE || DefaultSourcesPath },
    // e.g. --allow 127.0.0.1 to try a local server; private addresses are refused otherwise
    allow: { type: 'string', multiple: true, default: [] },
  },
});

const limits = { totalTimeoutMs: 20_000, maxBytes: 3 * 1024 * 1024, allowAddresses: values.allow };
const robots = createRobotsChecker({ fetchRobotsTxt: createRobotsFetch(limits) });
const deps = {
  fetch: (url: string) => fetchUrl(url, limits),
  isAllowed: (url: string) => robots.isAllowed(url),
};

const sources = await loadSources(values.sources);
const sites = values.pending
  ? sources
      .filter((s) => s.feedStatus === FeedStatus.NeedsDiscovery && s.outlet !== null)
      .map((s) => s.outlet as string)
  : positionals;
if (sites.length === 0) {
  console.error(
    'usage: discover-feeds [--json] [--write] [--sources FILE] (--pending | DOMAIN...)',
  );
  process.exit(2);
}

const results: Array<{ site: string } & Discovery> = [];
for (const site of sites) {
  const found = await discoverFeeds(site, deps);
  results.push({ site, ...found });
  if (!values.json) {
    console.log(`${site}: ${found.feeds.length} found, ${found.failed.length} candidates failed`);
    for (const feed of found.feeds) {
      console.log(
        `  ${feed.kind.padEnd(7)} ${String(feed.items).padStart(4)} items  ${feed.via.padEnd(14)} ${feed.url}`,
      );
    }
  }
}
if (values.json) {
  console.log(JSON.stringify(results, null, 2));
}

if (values.write) {
  const raw = JSON.parse(await readFile(values.sources, 'utf8')) as { sources: Source[] };
  let updated = 0;
  for (const result of results) {
    const best = result.feeds.find((f) => f.kind !== 'sitemap');
    const entry = raw.sources.find(
      (s) => s.outlet === result.site.replace(/^https?:\/\//, '').replace(/\/.*$/, ''),
    );
    if (best !== undefined && entry !== undefined) {
      Object.assign(entry, {
        url: best.url,
        kind: best.kind,
        feedStatus: FeedStatus.Known,
        enabled: true,
      });
      updated += 1;
    }
  }
  parseSources(raw, values.sources); // never write a file the crawler would refuse
  await writeFile(values.sources, `${JSON.stringify(raw, null, 2)}\n`);
  console.error(`updated ${updated} source(s) in ${values.sources}`);
}
