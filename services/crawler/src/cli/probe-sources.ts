// Polls every enabled source once and reports its health:
// `node services/crawler/src/cli/probe-sources.ts [--json] [--sources FILE] [--concurrency N] [ID...]`
import { parseArgs } from 'node:util';
import { DefaultSourcesPath, loadSources } from '../sources/source.ts';
import { fetchUrl } from '../steps/fetch-url.ts';
import { probeSource, type ProbeReport } from '../steps/probe-source.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    json: { type: 'boolean', default: false },
    sources: { type: 'string', default: process.env.SOURCES_FILE || DefaultSourcesPath },
    // e.g. --allow 127.0.0.1 to try a local server; private addresses are refused otherwise
    allow: { type: 'string', multiple: true, default: [] },
    concurrency: { type: 'string', default: '4' },
  },
});

const all = await loadSources(values.sources);
const chosen =
  positionals.length > 0
    ? all.filter((s) => positionals.includes(s.id))
    : all.filter((s) => s.enabled);
const fetch = (url: string) =>
  fetchUrl(url, {
    totalTimeoutMs: 20_000,
    allowAddresses: values.allow,
    accept: 'application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.1',
  });

const reports: ProbeReport[] = [];
const queue = [...chosen];
const workers = Array.from({ length: Math.max(1, Number(values.concurrency) || 4) }, async () => {
  for (let source = queue.shift(); source !== undefined; source = queue.shift()) {
    reports.push(await probeSource({ ...source, enabled: true }, fetch));
  }
});
await Promise.all(workers);
reports.sort((a, b) => a.id.localeCompare(b.id));

if (values.json) {
  console.log(JSON.stringify(reports, null, 2));
} else {
  console.table(
    reports.map((r) => ({
      id: r.id,
      status: r.status,
      items: r.items ?? '',
      lost: r.lost ?? '',
      code: r.code ?? '',
      ms: r.ms,
      note: (r.message ?? '').slice(0, 60),
    })),
  );
}
process.exitCode = reports.some((r) => r.status === 'error') ? 1 : 0;
