import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  Password,
  UserError,
  UserRole,
  Username,
  type SessionStore,
  type UserRepository,
} from '@pw/storage';
import { SessionCookie, tooMany, type FailureGate } from '../auth.ts';

/** What the sign-in and account routes need. */
export interface AuthRouteDeps {
  users: UserRepository;
  sessions: SessionStore;
  failures: FailureGate;
  sessionTtlMs: number;
  /** Sign-in attempts per user name and address in 15 minutes. */
  signInLimit: number;
}

/** A sign-in. */
export const LoginBody = z.strictObject({
  username: z.string().min(1).max(100),
  password: z.string().min(1).max(200),
});

const UserParams = z.object({ username: Username });

/** A new account (admins only). */
export const NewUserBody = z.strictObject({
  username: Username,
  role: z.enum(UserRole),
  password: Password,
});

/** Changes to an account (admins only). */
export const UserPatch = z
  .strictObject({ role: z.enum(UserRole), disabled: z.boolean(), password: Password })
  .partial();

/**
 * POST /auth/login, POST /auth/logout, GET /auth/me (the signed-in person and the CSRF token),
 * and, for admins, GET/POST /users and PATCH /users/:username.
 */
export function authRoutes(app: FastifyInstance, deps: AuthRouteDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['auth'];

  r.post(
    '/auth/login',
    {
      config: {
        // every attempt on one name from one address counts (in Redis when shared), so a guess
        // is refused before its password is checked, whichever api process it reaches
        rateLimit: {
          max: deps.signInLimit,
          timeWindow: 15 * 60_000,
          hook: 'preHandler',
          keyGenerator: (req) => {
            const name = (req.body as { username?: unknown } | undefined)?.username;
            return `login:${typeof name === 'string' ? name.trim().toLowerCase() : ''}|${req.ip}`;
          },
        },
      },
      schema: { tags, summary: 'Sign in: sets the pw_session cookie', body: LoginBody },
    },
    async (req, reply) => {
      const name = req.body.username.trim().toLowerCase();
      const wait = deps.failures.blockedFor(req.ip);
      if (wait !== null) {
        return tooMany(reply, wait);
      }
      const user = await deps.users.verify(name, req.body.password);
      if (!user) {
        const blocked = await deps.failures.fail(req, req.ip);
        if (blocked !== null) {
          return tooMany(reply, blocked);
        }
        return reply.code(401).send({
          statusCode: 401,
          error: 'invalid-credentials',
          message: 'wrong user name or password',
        });
      }
      const session = await deps.sessions.create(user.username);
      return reply
        .header('cache-control', 'no-store')
        .setCookie(SessionCookie, session.token, {
          httpOnly: true,
          sameSite: 'strict',
          path: '/',
          secure: req.protocol === 'https',
          maxAge: Math.floor(deps.sessionTtlMs / 1000),
        })
        .send({ user: { username: user.username, role: user.role }, csrfToken: session.csrfToken });
    },
  );

  r.post(
    '/auth/logout',
    { config: { role: 'reader' }, schema: { tags, summary: 'Sign out: ends the session' } },
    async (req, reply) => {
      if (req.caller?.sessionToken) {
        await deps.sessions.delete(req.caller.sessionToken);
      }
      return reply
        .clearCookie(SessionCookie, { path: '/', httpOnly: true, sameSite: 'strict' })
        .code(204)
        .send();
    },
  );

  r.get(
    '/auth/me',
    {
      config: { role: 'reader' },
      schema: { tags, summary: 'Who is signed in, with the CSRF token for changes' },
    },
    (req) => ({
      user: { username: req.caller!.name, role: req.caller!.role, via: req.caller!.via },
      csrfToken: req.caller!.csrfToken,
    }),
  );

  const admin = { role: 'admin' as const };
  const userTags = ['users'];
  const userError = (err: unknown) => {
    if (err instanceof UserError) {
      const statusCode = { exists: 409, 'not-found': 404, invalid: 400 }[err.code];
      const error = { exists: 'conflict', 'not-found': 'not-found', invalid: 'invalid' }[err.code];
      return { statusCode, body: { statusCode, error, message: err.message } };
    }
    throw err;
  };

  r.get(
    '/users',
    { config: admin, schema: { tags: userTags, summary: 'Every account' } },
    async () => ({ items: await deps.users.list() }),
  );

  r.post(
    '/users',
    { config: admin, schema: { tags: userTags, summary: 'Create an account', body: NewUserBody } },
    async (req, reply) => {
      try {
        return reply.code(201).send(await deps.users.add(req.body));
      } catch (err) {
        const e = userError(err);
        return reply.code(e.statusCode).send(e.body);
      }
    },
  );

  r.patch(
    '/users/:username',
    {
      config: admin,
      schema: {
        tags: userTags,
        summary: 'Change role, password, or disable an account',
        params: UserParams,
        body: UserPatch,
      },
    },
    async (req, reply) => {
      try {
        const { username } = req.params;
        let user = await deps.users.find(username);
        if (req.body.role !== undefined) {
          user = await deps.users.setRole(username, req.body.role);
        }
        if (req.body.password !== undefined) {
          user = await deps.users.setPassword(username, req.body.password);
        }
        if (req.body.disabled !== undefined) {
          user = await deps.users.setDisabled(username, req.body.disabled);
        }
        if (!user) {
          throw new UserError('not-found', `no user ${username}`);
        }
        return user;
      } catch (err) {
        const e = userError(err);
        return reply.code(e.statusCode).send(e.body);
      }
    },
  );
}
