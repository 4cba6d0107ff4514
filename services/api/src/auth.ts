import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from 'mongodb';
import {
  createUserRepository,
  roleAtLeast,
  type SessionStore,
  type UserRepository,
} from '@pw/storage';
import type { ApiToken, Role } from './api-config.ts';

/** Who made a request: a machine's token or a signed-in person. */
export interface Caller {
  name: string;
  role: Role;
  via: 'token' | 'session';
  /** The session's CSRF token (sessions only). */
  csrfToken: string | null;
  /** The session cookie's token (sessions only), to sign out. */
  sessionToken: string | null;
}

declare module 'fastify' {
  interface FastifyRequest {
    caller: Caller | null;
  }
  interface FastifyContextConfig {
    /** The least role a route needs; absent means public (health, OpenAPI, the app's files). */
    role?: Role;
  }
}

/** The session cookie's name. */
export const SessionCookie = 'pw_session';

/** The header a cookie-authenticated state-changing request carries its CSRF token in. */
export const CsrfHeader = 'x-csrf-token';

const digest = (s: string) => createHash('sha256').update(s).digest();

/** True when two strings are equal, compared in constant time. */
export const sameSecret = (a: string, b: string): boolean => timingSafeEqual(digest(a), digest(b));

/** Finds a token's owner, comparing in constant time. */
export function createTokenCheck(tokens: readonly ApiToken[]) {
  const known = tokens.map((t) => ({ ...t, hash: digest(t.token) }));
  return (presented: string): { name: string; role: Role } | null => {
    const h = digest(presented);
    const hit = known.find((t) => timingSafeEqual(t.hash, h));
    return hit ? { name: hit.name, role: hit.role } : null;
  };
}

/** The token of an `Authorization: Bearer …` header, the scheme in any case; null when absent. */
export function bearerToken(header: string | undefined): string | null {
  const m = /^\s*bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return m ? m[1]! : null;
}

const StateChanging = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Failed authentications per key (a client address, or a user name at an address), counted by
 * @fastify/rate-limit. A key past its limit is refused before its credentials are even checked.
 */
export function createFailureGate(
  app: FastifyInstance,
  { max, windowMs }: { max: number; windowMs: number },
) {
  const keys = new WeakMap<FastifyRequest, string>();
  const limiter = app.createRateLimit({
    max,
    timeWindow: windowMs,
    keyGenerator: (req) => keys.get(req) ?? req.ip,
  });
  const blockedUntil = new Map<string, number>();
  return {
    /** Seconds until `key` may try again, or null when it may now. */
    blockedFor(key: string): number | null {
      const until = blockedUntil.get(key);
      if (until === undefined) {
        return null;
      }
      const left = until - Date.now();
      if (left <= 0) {
        blockedUntil.delete(key);
        return null;
      }
      return Math.ceil(left / 1000);
    },
    /** Counts a failure; returns the seconds to wait when this one used up the allowance. */
    async fail(req: FastifyRequest, key: string): Promise<number | null> {
      keys.set(req, key);
      const r = await limiter(req);
      if (r.isAllowed || !r.isExceeded) {
        return null;
      }
      blockedUntil.set(key, Date.now() + r.ttl);
      if (blockedUntil.size > 100_000) {
        blockedUntil.delete(blockedUntil.keys().next().value!);
      }
      return Math.max(1, r.ttlInSeconds);
    },
  };
}
export type FailureGate = ReturnType<typeof createFailureGate>;

/** Answers 429 with Retry-After. */
export function tooMany(reply: FastifyReply, seconds: number) {
  return reply
    .code(429)
    .header('retry-after', String(seconds))
    .send({
      statusCode: 429,
      error: 'rate-limited',
      message: `too many failed attempts; try again in ${seconds} s`,
    });
}

/** What the authentication hook needs. */
export interface AuthDeps {
  checkToken: (token: string) => { name: string; role: Role } | null;
  users: Pick<UserRepository, 'find'>;
  sessions: Pick<SessionStore, 'find'>;
  failures: FailureGate;
}

/**
 * The onRequest hook of routes that name a role. A Bearer token (machines) or the `pw_session`
 * cookie (people) says who calls: none or a bad one → 401, too many bad ones → 429, a cookie
 * without the session's `x-csrf-token` on POST/PUT/PATCH/DELETE → 403 csrf, a role below the
 * route's → 403 forbidden. Authenticated answers are never cached.
 */
export function authenticate(deps: AuthDeps) {
  const unauthenticated = (reply: FastifyReply, message: string) =>
    reply.code(401).header('www-authenticate', 'Bearer').send({
      statusCode: 401,
      error: 'unauthenticated',
      message,
    });

  return async (req: FastifyRequest, reply: FastifyReply): Promise<void> => {
    const needed = req.routeOptions.config.role;
    req.caller = null;
    if (!needed) {
      return;
    }
    reply.header('cache-control', 'no-store');
    let caller: Caller | null = null;
    const header = req.headers.authorization;
    if (header !== undefined) {
      const wait = deps.failures.blockedFor(req.ip);
      if (wait !== null) {
        await tooMany(reply, wait);
        return;
      }
      const token = bearerToken(header);
      const owner = token ? deps.checkToken(token) : null;
      if (!owner) {
        const blocked = await deps.failures.fail(req, req.ip);
        await (blocked === null
          ? unauthenticated(reply, 'a valid Bearer token is required')
          : tooMany(reply, blocked));
        return;
      }
      caller = { ...owner, via: 'token', csrfToken: null, sessionToken: null };
    } else {
      const cookie = req.cookies[SessionCookie];
      const session = cookie ? await deps.sessions.find(cookie) : null;
      const user = session ? await deps.users.find(session.username) : null;
      if (!session || !user || user.disabled) {
        await unauthenticated(reply, 'sign in, or send a Bearer token');
        return;
      }
      if (StateChanging.has(req.method)) {
        const sent = req.headers[CsrfHeader];
        if (typeof sent !== 'string' || !sameSecret(sent, session.csrfToken)) {
          await reply.code(403).send({
            statusCode: 403,
            error: 'csrf',
            message: `a signed-in change needs the ${CsrfHeader} header from /auth/me`,
          });
          return;
        }
      }
      caller = {
        name: user.username,
        role: user.role,
        via: 'session',
        csrfToken: session.csrfToken,
        sessionToken: cookie ?? null,
      };
    }
    if (!roleAtLeast(caller.role, needed)) {
      await reply.code(403).send({
        statusCode: 403,
        error: 'forbidden',
        message: `this needs the ${needed} role; ${caller.name} is a ${caller.role}`,
      });
      return;
    }
    req.caller = caller;
  };
}

/**
 * How to create the first admin when there is no account yet (null once there is one). The
 * startup banner prints it; the api also logs it.
 */
export async function firstAdminHint(
  db: Db,
  where: { mongoUrl?: string; dbName?: string } = {},
): Promise<string | null> {
  if ((await createUserRepository(db).count()) > 0) {
    return null;
  }
  // a URL with a password is not printed: whoever runs the command has it in their environment
  const printable = where.mongoUrl && !/\/\/[^/@]*:[^/@]*@/.test(where.mongoUrl);
  const env = [
    printable ? `MONGODB_URL='${where.mongoUrl}'` : '',
    where.dbName && where.dbName !== 'paritrana' ? `MONGODB_DB=${where.dbName}` : '',
  ]
    .filter(Boolean)
    .join(' ');
  return [
    'Belum ada pengguna. Buat admin pertama (kata sandi ditanyakan):',
    `  ${env ? `${env} ` : ''}pnpm cli user add admin --role admin`,
    'No users yet: create the first admin with the command above (it asks for the password).',
  ].join('\n');
}
