import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import { createServer, type AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startNewsServer, type NewsServer } from '../../../../test/support/news-server.ts';
import { FetchError, FetchErrorCode } from './fetch-error.ts';
import { createFetchAgent, fetchUrl, type FetchOptions } from './fetch-url.ts';

let server: NewsServer;
const connectedTo: string[] = [];
const onConnect = (message: unknown) => {
  connectedTo.push((message as { socket: { remoteAddress?: string } }).socket.remoteAddress ?? '?');
};
beforeAll(async () => {
  server = await startNewsServer();
  subscribe('undici:client:connected', onConnect);
});
afterAll(async () => {
  unsubscribe('undici:client:connected', onConnect);
  await server.close();
  // the safety rule: no test ever tried to connect anywhere but the local loopback server
  expect(connectedTo.length).toBeGreaterThan(0);
  expect(connectedTo.every((a) => a === '127.0.0.1' || a === '::1')).toBe(true);
});

const local: FetchOptions = {
  allowAddresses: ['127.0.0.1'],
  maxBytes: 256 * 1024,
  connectTimeoutMs: 1000,
  headersTimeoutMs: 1000,
  bodyTimeoutMs: 1000,
  totalTimeoutMs: 3000,
};

async function failure(url: string, options: FetchOptions = local): Promise<FetchError> {
  const error: unknown = await fetchUrl(url, options).then(
    () => new Error('expected the fetch to fail'),
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(FetchError);
  return error as FetchError;
}

describe('fetchUrl on good responses', () => {
  it('returns the body, content type and validators of a feed', async () => {
    const result = await fetchUrl(`${server.url}/counted/feed.xml`, local);
    expect(result.status).toBe(200);
    expect(result.contentType).toContain('application/rss+xml');
    expect(result.body.toString('utf8')).toContain('<rss');
    expect(result.etag).toBe('"rss2-v1"');
    expect(result.lastModified).toBe('Tue, 29 Jul 2025 07:05:00 GMT');
    expect(result.notModified).toBe(false);
  });

  it('answers notModified to a conditional GET that the server answers with 304', async () => {
    const before = server.hits('/counted/feed.xml');
    const result = await fetchUrl(`${server.url}/counted/feed.xml`, {
      ...local,
      etag: '"rss2-v1"',
    });
    expect(result.notModified).toBe(true);
    expect(result.status).toBe(304);
    expect(result.body.length).toBe(0);
    expect(server.hits('/counted/feed.xml')).toBe(before + 1);
    const byDate = await fetchUrl(`${server.url}/counted/feed.xml`, {
      ...local,
      lastModified: 'Tue, 29 Jul 2025 07:05:00 GMT',
    });
    expect(byDate.notModified).toBe(true);
  });

  it('undoes gzip content-encoding', async () => {
    const result = await fetchUrl(`${server.url}/gzip-ok`, local);
    expect(result.body.toString('utf8')).toContain('Warta Contoh Daerah');
  });

  it('follows a short redirect chain and reports the final URL', async () => {
    const result = await fetchUrl(`${server.url}/redirect-chain?n=2`, local);
    expect(result.url).toBe(`${server.url}/fixtures/feeds/rss2.xml`);
  });

  it('sends an identifying User-Agent', async () => {
    let seen = '';
    server.route('/echo-ua', (req, res) => {
      seen = req.headers['user-agent'] ?? '';
      res.end('ok');
    });
    await fetchUrl(`${server.url}/echo-ua`, local);
    expect(seen).toMatch(/^ParitranaWatchBot\//);
  });
});

describe('fetchUrl size and time limits', () => {
  it('refuses a body over the cap', async () => {
    const error = await failure(`${server.url}/oversize?bytes=300000`);
    expect(error.code).toBe(FetchErrorCode.TooLarge);
    expect(error.retryable).toBe(false);
  });

  it('stops an endless body at the cap', async () => {
    expect((await failure(`${server.url}/endless`)).code).toBe(FetchErrorCode.TooLarge);
  });

  it('stops a gzip bomb by counting decompressed bytes', async () => {
    expect((await failure(`${server.url}/gzip-bomb`)).code).toBe(FetchErrorCode.TooLarge);
  });

  it('gives up on a one-byte drip at the total deadline even though bytes keep coming', async () => {
    const started = Date.now();
    const error = await failure(`${server.url}/slow-drip?ms=20`, { ...local, totalTimeoutMs: 300 });
    expect(error.code).toBe(FetchErrorCode.Timeout);
    expect(error.retryable).toBe(true);
    expect(Date.now() - started).toBeLessThan(1500);
  });

  it('times out reading a body that goes idle', async () => {
    const error = await failure(`${server.url}/slow-drip?ms=2000`, {
      ...local,
      bodyTimeoutMs: 200,
    });
    expect(error.code).toBe(FetchErrorCode.Timeout);
  });

  it('times out waiting for headers from a server that accepts and never answers', async () => {
    const error = await failure(`${server.url}/hang`, { ...local, headersTimeoutMs: 200 });
    expect(error.code).toBe(FetchErrorCode.Timeout);
  });

  it('times out connecting when the address never arrives', async () => {
    const error = await failure('http://stalled.test/', {
      ...local,
      connectTimeoutMs: 200,
      resolveHost: () => new Promise(() => undefined),
    });
    expect(error.code).toBe(FetchErrorCode.Timeout);
  });

  it('reports a refused connection as retryable fetch.connect', async () => {
    const probe = createServer();
    await new Promise<void>((r) => probe.listen(0, '127.0.0.1', r));
    const { port } = probe.address() as AddressInfo;
    await new Promise((r) => probe.close(r));
    const error = await failure(`http://127.0.0.1:${port}/`);
    expect(error.code).toBe(FetchErrorCode.Connect);
    expect(error.retryable).toBe(true);
  });
});

describe('fetchUrl redirects and address guard', () => {
  it('detects a redirect loop', async () => {
    expect((await failure(`${server.url}/redirect-loop/a`)).code).toBe(FetchErrorCode.RedirectLoop);
  });

  it('stops after the redirect limit', async () => {
    const error = await failure(`${server.url}/redirect-chain?n=10`, { ...local, maxRedirects: 3 });
    expect(error.code).toBe(FetchErrorCode.TooManyRedirects);
  });

  it('follows a redirect to 127.0.0.1 only when the allow-list permits it', async () => {
    const ok = await fetchUrl(`${server.url}/redirect-local`, local);
    expect(ok.status).toBe(200);
    const hits = server.hits('/redirect-local');
    const error = await failure(`${server.url}/redirect-local`, { ...local, allowAddresses: [] });
    expect(error.code).toBe(FetchErrorCode.PrivateAddress);
    expect(server.hits('/redirect-local')).toBe(hits); // refused before connecting
  });

  it('keeps a connection alive across fetches through a shared agent, which still guards', async () => {
    const agent = createFetchAgent(local);
    try {
      const before = connectedTo.length;
      for (let i = 0; i < 3; i++) {
        expect((await fetchUrl(`${server.url}/feed/`, { ...local, agent })).status).toBe(200);
        // the connection goes back to the pool once the response is read
        await new Promise((r) => setTimeout(r, 20));
      }
      expect(connectedTo.length - before).toBe(1);
      // the agent of an allow-list without loopback refuses it, shared or not
      const strict = createFetchAgent({ allowAddresses: [] });
      const error = await failure(`${server.url}/redirect-local`, {
        ...local,
        allowAddresses: [],
        agent: strict,
      });
      expect(error.code).toBe(FetchErrorCode.PrivateAddress);
      await strict.close();
    } finally {
      await agent.close();
    }
  });

  it('refuses a redirect to loopback that is not on the allow-list', async () => {
    const error = await failure(`${server.url}/redirect-loopback-v6`);
    expect(error.code).toBe(FetchErrorCode.PrivateAddress);
  });

  it.each([
    ['/redirect-private', '10.0.0.1'],
    ['/redirect-metadata', '169.254.169.254'],
  ])('refuses %s before connecting to %s', async (path, address) => {
    const error = await failure(`${server.url}${path}`);
    expect(error.code).toBe(FetchErrorCode.PrivateAddress);
    expect(error.message).toContain(address);
    expect(connectedTo).not.toContain(address);
  });

  it('refuses a name that resolves to a private address, checking every address', async () => {
    const resolveHost = () =>
      Promise.resolve([
        { address: '127.0.0.1', family: 4 },
        { address: '10.1.2.3', family: 4 },
      ]);
    const hits = server.hits('/from-name');
    const error = await failure(`http://warta-daerah.test:${server.port}/from-name`, {
      ...local,
      resolveHost,
    });
    expect(error.code).toBe(FetchErrorCode.PrivateAddress);
    expect(error.message).toContain('10.1.2.3');
    expect(server.hits('/from-name')).toBe(hits);
  });

  it('connects to a name whose addresses are all allowed', async () => {
    const resolveHost = () => Promise.resolve([{ address: '127.0.0.1', family: 4 }]);
    const result = await fetchUrl(
      `http://warta-daerah.test:${server.port}/fixtures/feeds/rss2.xml`,
      {
        ...local,
        resolveHost,
      },
    );
    expect(result.status).toBe(200);
  });

  it('refuses non-http schemes, directly and through a redirect', async () => {
    expect((await failure('file:///etc/passwd')).code).toBe(FetchErrorCode.BadScheme);
    expect((await failure(`${server.url}/redirect-ftp`)).code).toBe(FetchErrorCode.BadScheme);
  });
});

describe('fetchUrl odd cases', () => {
  it('refuses a body whose Content-Length already exceeds the cap', async () => {
    server.route('/announced-big', (_req, res) => {
      res.writeHead(200, { 'content-length': String(10 * 1024 * 1024) });
      res.write('a');
    });
    expect((await failure(`${server.url}/announced-big`)).code).toBe(FetchErrorCode.TooLarge);
  });

  it('turns an unusable Location header into fetch.bad-url', async () => {
    server.route('/redirect-junk', (_req, res) => {
      res.writeHead(302, { location: 'http://[::1' });
      res.end();
    });
    expect((await failure(`${server.url}/redirect-junk`)).code).toBe(FetchErrorCode.BadUrl);
  });

  it("rethrows the caller's own cancellation instead of calling it a fetch failure", async () => {
    const controller = new AbortController();
    const pending = fetchUrl(`${server.url}/hang`, { ...local, signal: controller.signal });
    setTimeout(() => controller.abort(new Error('job cancelled')), 50);
    await expect(pending).rejects.toThrow('job cancelled');
  });

  it('refuses an unsupported content-encoding', async () => {
    server.route('/zstd', (_req, res) => {
      res.writeHead(200, { 'content-encoding': 'compress' });
      res.end('xx');
    });
    expect((await failure(`${server.url}/zstd`)).code).toBe(FetchErrorCode.BadEncoding);
  });
});

describe('fetchUrl HTTP errors', () => {
  it.each([
    ['/status/404', 404, false, null],
    ['/status/410', 410, false, null],
    ['/status/429', 429, true, 120_000],
    ['/status/500', 500, true, 5_000],
  ])('turns %s into fetch.http-status', async (path, status, retryable, retryAfterMs) => {
    const error = await failure(`${server.url}${path}`);
    expect(error.code).toBe(FetchErrorCode.HttpStatus);
    expect(error.status).toBe(status);
    expect(error.retryable).toBe(retryable);
    expect(error.retryAfterMs).toBe(retryAfterMs);
  });

  it('reads a 503 Retry-After given as an HTTP date', async () => {
    const error = await failure(`${server.url}/status/503`);
    expect(error.retryAfterMs).toBeGreaterThan(50_000);
    expect(error.retryAfterMs).toBeLessThanOrEqual(61_000);
  });
});
