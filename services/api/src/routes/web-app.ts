import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { stripTypeScriptTypes } from 'node:module';
import { extname, join, relative, sep } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { clientDir, publicDir, vendorFiles } from '@pw/web-app';

interface Asset {
  body: Buffer;
  type: string;
  etag: string;
}

const Types: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.ts': 'text/javascript; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
};

const asset = (body: Buffer, type: string): Asset => ({
  body,
  type,
  etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`,
});

/** Sends an asset, answering 304 when the browser already has this version. */
function send(req: FastifyRequest, reply: FastifyReply, a: Asset, cache: string) {
  void reply.header('etag', a.etag).header('cache-control', cache);
  if (req.headers['if-none-match'] === a.etag) {
    return reply.code(304).send();
  }
  return reply.type(a.type).send(a.body);
}

/**
 * The web app: `/` (index.html), `/app/*` (styles and icons), `/app/js/*` (the browser code:
 * TypeScript with its types stripped by Node, no build step) and `/app/vendor/*` (Preact + htm and
 * Chart.js from node_modules). Every file comes from the app itself; nothing from a CDN.
 */
export function webAppRoutes(app: FastifyInstance): void {
  const cache = new Map<string, Asset>();
  const load = (key: string, make: () => Asset): Asset => {
    let a = cache.get(key);
    if (!a) {
      a = make();
      cache.set(key, a);
    }
    return a;
  };
  const index = () =>
    load('index.html', () => asset(readFileSync(join(publicDir, 'index.html')), Types['.html']!));

  const page = { schema: { hide: true } };
  app.get('/', page, (req, reply) => send(req, reply, index(), 'no-cache'));

  app.get<{ Params: { name: string } }>('/app/vendor/:name', page, (req, reply) => {
    const file = vendorFiles[req.params.name];
    if (!file) {
      return reply.code(404).send({ error: 'not-found' });
    }
    const type = Types[extname(file)] ?? 'application/octet-stream';
    return send(
      req,
      reply,
      load(`vendor/${req.params.name}`, () => asset(readFileSync(file), type)),
      'public, max-age=3600',
    );
  });

  app.get<{ Params: { '*': string } }>('/app/js/*', page, (req, reply) => {
    const wanted = req.params['*'];
    const file = join(clientDir, wanted);
    const inside = relative(clientDir, file);
    if (
      !wanted.endsWith('.ts') ||
      wanted.endsWith('.d.ts') ||
      inside.startsWith('..') ||
      inside.includes(`..${sep}`)
    ) {
      return reply.code(404).send({ error: 'not-found' });
    }
    let a: Asset;
    try {
      a = load(`js/${inside}`, () =>
        asset(
          Buffer.from(stripTypeScriptTypes(readFileSync(file, 'utf8'), { mode: 'strip' })),
          Types['.ts']!,
        ),
      );
    } catch {
      return reply.code(404).send({ error: 'not-found' });
    }
    return send(req, reply, a, 'no-cache');
  });

  void app.register(fastifyStatic, {
    root: publicDir,
    prefix: '/app/',
    decorateReply: false,
    index: false,
    cacheControl: true,
    maxAge: 0,
    schemaHide: true,
  });
}
