import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useServices } from '../../../../test/support/use-services.ts';
import { createHostLimiter } from '../politeness/host-limiter.ts';
import { createPoliteFetch, type PoliteFetch } from '../politeness/polite-fetch.ts';
import { createRobotsGate } from './robots.ts';

// the crawler's fetch as crawler.ts builds it, against servers on 127.0.0.1
describe('crawler fetch failures keep their real cause', () => {
  const services = useServices();
  let fetch: PoliteFetch;
  let server: Server;
  let base: string;
  let closedPort: number;
  let robotsAsked = 0;

  beforeAll(async () => {
    // a port that had a listener a moment ago and has none now: connection refused
    const probe = createServer();
    await new Promise<void>((r) => probe.listen(0, '127.0.0.1', r));
    closedPort = (probe.address() as AddressInfo).port;
    await new Promise((r) => probe.close(r));
    server = createServer((req, res) => {
      if (req.url === '/robots.txt') {
        robotsAsked += 1;
        res.writeHead(503).end('sebentar');
        return;
      }
      res.writeHead(200, { 'content-type': 'text/html' }).end('<p>ok</p>');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const defaults = { allowAddresses: ['127.0.0.1'], totalTimeoutMs: 5_000 };
    const { robots, robotsProblem } = createRobotsGate(defaults);
    fetch = createPoliteFetch({
      limiter: createHostLimiter(services.redis, `${services.prefix}:politeness`, {
        minIntervalMs: 1,
        maxConcurrent: 4,
        maxWaitMs: 5_000,
      }),
      isAllowed: (url) => robots.isAllowed(url),
      robotsProblem,
      defaults,
    });
  });

  afterAll(async () => {
    await new Promise((r) => server?.close(r));
  });

  const failure = (url: string) =>
    fetch(url).then(
      () => {
        throw new Error(`${url} was fetched`);
      },
      (err: { code: string; retryable: boolean; message: string }) => err,
    );

  it('reports a refused connection as fetch.connect, not as robots.txt unavailable', async () => {
    const err = await failure(`http://127.0.0.1:${closedPort}/berita/1`);
    expect(err.code).toBe('fetch.connect');
    expect(err.retryable).toBe(true);
  });

  it('reports a name that does not resolve as fetch.dns', async () => {
    const err = await failure('http://redaksi.tidak-ada.invalid/berita/1');
    expect(err.code).toBe('fetch.dns');
  });

  it('keeps fetch.robots-unavailable for a host whose robots.txt itself fails', async () => {
    const err = await failure(`${base}/berita/1`);
    expect(err.code).toBe('fetch.robots-unavailable');
    expect(err.message).toContain('HTTP 503');
  });

  it.each(['javascript:alert(1)', 'file:///etc/passwd', 'data:text/html,<p>x</p>', 'ftp://a.id/x'])(
    'fails %s at once as fetch.unsupported-scheme, not retryable, without asking anyone',
    async (url) => {
      const asked = robotsAsked;
      const err = await failure(url);
      expect(err.code).toBe('fetch.unsupported-scheme');
      expect(err.retryable).toBe(false);
      expect(robotsAsked).toBe(asked);
    },
  );
});
