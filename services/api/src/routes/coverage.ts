import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  Source,
  discoverFeeds,
  fetchUrl,
  parseEditions,
  readSourcesFile,
  saveSource,
} from '@pw/crawler';
import {
  createCoverage,
  createEventLog,
  createSeasonWatch,
  foldText,
  type Coverage,
} from '@pw/storage';
import type { AppDeps } from '../app.ts';

/** The matrix's query: editions as `2017-2025` or `2023,2024`; provinces by name or short form. */
export const CoverageQuery = z.strictObject({
  editions: z
    .string()
    .regex(/^\d{4}(\s*-\s*\d{4})?(\s*,\s*\d{4}(\s*-\s*\d{4})?)*$/, {
      message: 'expected editions as YYYY-YYYY or YYYY,YYYY, such as 2017-2025',
    })
    .optional()
    .describe('editions; 2017 up to this year by default'),
  provinces: z.string().optional().describe('comma-separated province names or short forms'),
});

export const SeasonQuery = z.strictObject({
  graceDays: z.coerce.number().int().min(0).max(365).default(30),
});

const SuggestionParams = z.strictObject({
  outlet: z
    .string()
    .regex(/^[a-z0-9.-]+\.[a-z]{2,63}$/i, 'an outlet domain such as kabarjagad.com'),
});

/** The province each regional outlet of the sources file reports on. */
export function outletProvinces(sourcesFile: string | null): (outlet: string) => string | null {
  const byOutlet = new Map<string, string>();
  if (sourcesFile) {
    for (const s of readSourcesFile(sourcesFile)) {
      if (s.outlet && s.province) {
        byOutlet.set(s.outlet.replace(/^www\./, ''), s.province);
      }
    }
  }
  return (outlet) => byOutlet.get(outlet.replace(/^www\./, '')) ?? null;
}

/** The coverage queries over an app's database and sources file. */
export function coverageFor(deps: Pick<AppDeps, 'db' | 'sourcesFile'>): Coverage {
  return createCoverage(deps.db, { outletProvince: outletProvinces(deps.sourcesFile) });
}

/**
 * GET /coverage (province × edition × level, and the national stage per category),
 * GET /coverage/season (usual windows and overdue provinces), GET /coverage/suggestions (outlets
 * that carried award reports but are not sources), POST /coverage/suggestions/:outlet (add one).
 */
export function coverageRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['coverage'];
  const fetch = deps.discoveryFetch ?? ((url: string) => fetchUrl(url, { totalTimeoutMs: 15_000 }));

  r.get(
    '/coverage',
    {
      config: { role: 'reader' },
      schema: {
        tags,
        summary: 'Records per province, edition and level',
        querystring: CoverageQuery,
      },
    },
    async (req, reply) => {
      const thisYear = new Date().getUTCFullYear();
      let editions: number[];
      try {
        editions = parseEditions(req.query.editions ?? `2017-${thisYear}`, thisYear);
      } catch (err) {
        return reply.code(400).send({ error: 'invalid', message: (err as Error).message });
      }
      const provinces = req.query.provinces
        ?.split(',')
        .map((p) => p.trim())
        .filter(Boolean);
      try {
        return await coverageFor(deps).matrix({ editions, ...(provinces ? { provinces } : {}) });
      } catch (err) {
        return reply.code(400).send({ error: 'invalid', message: (err as Error).message });
      }
    },
  );

  r.get(
    '/coverage/season',
    {
      config: { role: 'reader' },
      schema: {
        tags,
        summary: "Each province's usual window, and the overdue",
        querystring: SeasonQuery,
      },
    },
    async (req) => {
      const watch = createSeasonWatch(deps.db, {
        coverage: coverageFor(deps),
        events: createEventLog(deps.db),
      });
      return watch.overdue(new Date(), req.query.graceDays);
    },
  );

  r.get(
    '/coverage/suggestions',
    {
      config: { role: 'reader' },
      schema: { tags, summary: 'Outlets that reported awards but are not sources' },
    },
    async () => {
      const known = new Set(
        (deps.sourcesFile ? readSourcesFile(deps.sourcesFile) : [])
          .filter((s) => s.outlet)
          .map((s) => (s.outlet as string).replace(/^www\./, '')),
      );
      return { items: await coverageFor(deps).suggestions(known) };
    },
  );

  r.post(
    '/coverage/suggestions/:outlet',
    {
      config: { role: 'admin' },
      schema: {
        tags,
        summary: 'Add a suggested outlet as a source, with feed discovery',
        params: SuggestionParams,
      },
    },
    async (req, reply) => {
      const file = deps.sourcesFile;
      if (!file) {
        return reply.code(409).send({ error: 'conflict', message: 'this api has no sources file' });
      }
      const outlet = req.params.outlet.toLowerCase().replace(/^www\./, '');
      const suggestion = (await coverageFor(deps).suggestions(new Set())).find(
        (s) => s.outlet === outlet,
      );
      const discovery = await discoverFeeds(outlet, { fetch });
      const feed = discovery.feeds[0] ?? null;
      const source = Source.parse({
        id: foldText(outlet).replaceAll(' ', '-'),
        name: outlet,
        outlet,
        province: suggestion?.province ?? null,
        kind: feed?.kind ?? 'rss',
        url: feed?.url ?? null,
        pollIntervalMinutes: 120,
        enabled: feed !== null,
        feedStatus: feed ? 'known' : 'needs-discovery',
      });
      const { created } = saveSource(file, source);
      return reply.code(created ? 201 : 200).send({ source, discovery });
    },
  );
}
