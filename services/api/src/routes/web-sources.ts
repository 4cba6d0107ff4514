import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { discoverFeeds, fetchUrl } from '@pw/crawler';
import type { AppDeps } from '../app.ts';

/** A site someone pasted: a bare domain or a URL. */
export const DiscoverBody = z.strictObject({
  site: z
    .string()
    .trim()
    .min(3)
    .max(500)
    .regex(
      /^(https?:\/\/)?[a-z0-9.-]+\.[a-z]{2,63}(:\d+)?(\/.*)?$/i,
      'a site address such as kabarjagad.com',
    )
    .describe('the site address'),
});

/** POST /web/sources/discover: the feeds a site offers (linked, common paths, robots.txt sitemaps). */
export function webSourceRoutes(app: FastifyInstance, deps: AppDeps): void {
  const fetch = deps.discoveryFetch ?? ((url: string) => fetchUrl(url, { totalTimeoutMs: 15_000 }));
  app.withTypeProvider<ZodTypeProvider>().post(
    '/web/sources/discover',
    {
      config: { role: 'admin' },
      schema: {
        tags: ['web'],
        summary: "Find a site's feeds to add it as a source",
        body: DiscoverBody,
      },
    },
    async (req) => discoverFeeds(req.body.site, { fetch }),
  );
}
