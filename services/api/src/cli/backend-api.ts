import { Readable } from 'node:stream';
import type { CliCommand } from './args.ts';
import { parseCorrections } from './corrections.ts';
import { userDone, userTable, type AwardRow, type CliBackend, type CliOutput } from './output.ts';

const enc = encodeURIComponent;

/** Runs commands through the REST API with a Bearer token; the API validates and authorizes. */
export function createApiBackend(base: string, token: string | null): CliBackend {
  const call = async (
    method: 'GET' | 'POST' | 'PATCH',
    path: string,
    query = {},
    body?: unknown,
  ) => {
    const qs = new URLSearchParams(query as Record<string, string>).toString();
    const res = await fetch(`${base.replace(/\/$/, '')}${path}${qs ? `?${qs}` : ''}`, {
      method,
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    if (!res.ok) {
      const text = await res.text();
      let message = text;
      try {
        message = (JSON.parse(text) as { message?: string }).message ?? text;
      } catch {
        // not JSON: show it as it came
      }
      throw new Error(`${res.status}: ${message}`);
    }
    return res;
  };
  const json = async (
    method: 'GET' | 'POST',
    path: string,
    query = {},
    body?: unknown,
  ): Promise<CliOutput> => ({
    kind: 'json',
    value: await (await call(method, path, query, body)).json(),
  });

  return {
    async run(cmd: CliCommand): Promise<CliOutput> {
      switch (cmd.name) {
        case 'awards': {
          if (cmd.format === 'table') {
            const page = (await (await call('GET', '/awards', cmd.query)).json()) as {
              total: number;
              page: number;
              limit: number;
              items: AwardRow[];
            };
            return { kind: 'awards', ...page };
          }
          const res = await call('GET', '/awards/export', { ...cmd.query, format: cmd.format });
          return { kind: 'stream', chunks: Readable.fromWeb(res.body as never) };
        }
        case 'award':
          return json('GET', `/awards/${enc(cmd.key)}`);
        case 'audit':
          return json('GET', `/awards/${enc(cmd.key)}/audit`);
        case 'articles':
          return json('GET', '/articles', cmd.query);
        case 'pending':
          return json('GET', '/reviews/pending', cmd.query);
        case 'digest':
          return json('GET', '/digest', cmd.query);
        case 'events':
          return json('GET', '/events', cmd.query);
        case 'sources':
          return json('GET', '/sources');
        case 'queues':
          return json('GET', '/queues');
        case 'review': {
          const corrections = parseCorrections(cmd.corrections);
          return json(
            'POST',
            `/reviews/${enc(cmd.key)}`,
            {},
            {
              action: cmd.action,
              ...(Object.keys(corrections).length ? { corrections } : {}),
              ...(cmd.note ? { note: cmd.note } : {}),
            },
          );
        }
        case 'merge':
          return json(
            'POST',
            `/reviews/${enc(cmd.from)}/merge`,
            {},
            {
              into: cmd.into,
              ...(cmd.note ? { note: cmd.note } : {}),
            },
          );
        case 'user': {
          type U = { username: string; role: string; disabled: boolean };
          const text = (t: string): CliOutput => ({ kind: 'text', text: t });
          const body = async (res: Response) => (await res.json()) as U;
          const path = `/users/${enc(cmd.username ?? '')}`;
          switch (cmd.action) {
            case 'list': {
              const res = await call('GET', '/users');
              return text(userTable(((await res.json()) as { items: U[] }).items));
            }
            case 'add': {
              const user = { username: cmd.username, role: cmd.role, password: cmd.password };
              return text(userDone('add', await body(await call('POST', '/users', {}, user))));
            }
            case 'passwd': {
              const res = await call('PATCH', path, {}, { password: cmd.password });
              return text(userDone('passwd', await body(res)));
            }
            case 'disable':
            case 'enable': {
              const res = await call('PATCH', path, {}, { disabled: cmd.action === 'disable' });
              return text(userDone(cmd.action, await body(res)));
            }
          }
        }
      }
    },
    close: () => Promise.resolve(),
  };
}
