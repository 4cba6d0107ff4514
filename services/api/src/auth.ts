import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { type Role, type ApiToken } from './api-config.ts';

/** Who made a request, once the token is known. */
export interface Caller {
  name: string;
  role: Role;
}

declare module 'fastify' {
  interface FastifyRequest {
    caller: Caller | null;
  }
  interface FastifyContextConfig {
    /** The least role a route needs; absent means public (health, OpenAPI). */
    role?: Role;
  }
}

const digest = (s: string) => createHash('sha256').update(s).digest();

/** Finds a token's owner, comparing in constant time. */
export function createTokenCheck(tokens: readonly ApiToken[]) {
  const known = tokens.map((t) => ({ ...t, hash: digest(t.token) }));
  return (presented: string): Caller | null => {
    const h = digest(presented);
    const hit = known.find((t) => timingSafeEqual(t.hash, h));
    return hit ? { name: hit.name, role: hit.role } : null;
  };
}

const rank: Record<Role, number> = { reader: 1, reviewer: 2 };

/** The onRequest hook: no or unknown token → 401, a role below the route's → 403. */
export function authenticate(check: (token: string) => Caller | null) {
  return async (req: FastifyRequest, reply: FastifyReply): Promise<void> => {
    const needed = req.routeOptions.config.role;
    req.caller = null;
    if (!needed) {
      return;
    }
    const header = req.headers.authorization ?? '';
    const token = header.startsWith('Bearer ') ? header.slice(7).trim() : '';
    const caller = token ? check(token) : null;
    if (!caller) {
      await reply.code(401).header('www-authenticate', 'Bearer').send({
        statusCode: 401,
        error: 'Unauthorized',
        message: 'a valid Bearer token is required',
      });
      return;
    }
    if (rank[caller.role] < rank[needed]) {
      await reply.code(403).send({
        statusCode: 403,
        error: 'Forbidden',
        message: `this needs the ${needed} role; ${caller.name} is a ${caller.role}`,
      });
      return;
    }
    req.caller = caller;
  };
}
