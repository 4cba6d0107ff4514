import swagger from '@fastify/swagger';
import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import {
  hasZodFastifySchemaValidationErrors,
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
} from 'fastify-type-provider-zod';
import type { Redis } from 'ioredis';
import type { Db } from 'mongodb';
import type { FetchResult } from '@pw/crawler';
import type { Logger } from '@pw/runtime';
import { ReviewError, createSessionStore, createUserRepository, type HotStore } from '@pw/storage';
import type { ApiToken } from './api-config.ts';
import { authenticate, createFailureGate, createTokenCheck } from './auth.ts';
import { authRoutes } from './routes/auth.ts';
import { coverageRoutes } from './routes/coverage.ts';
import { registerSecurity } from './security.ts';
import { articleRoutes } from './routes/articles.ts';
import { awardRoutes } from './routes/awards.ts';
import { digestRoutes } from './routes/digest.ts';
import { eventRoutes } from './routes/events.ts';
import { healthRoutes } from './routes/health.ts';
import { queueRoutes } from './routes/queues.ts';
import { reviewRoutes } from './routes/reviews.ts';
import { sourceRoutes } from './routes/sources.ts';
import { webAppRoutes } from './routes/web-app.ts';
import { webArticleRoutes } from './routes/web-articles.ts';
import { webRecordRoutes } from './routes/web-records.ts';
import { webSourceRoutes } from './routes/web-sources.ts';

/** What the HTTP app needs; the process (api.ts) or a test supplies it. */
export interface AppDeps {
  /** More routes behind the same sign-in (operations: /metrics, the queue dashboard). */
  moreRoutes?: (api: FastifyInstance) => void;
  db: Db;
  logger: Logger;
  tokens: readonly ApiToken[];
  pingMongo: () => Promise<unknown>;
  pingRedis: () => Promise<unknown>;
  queueCounts: () => Promise<Record<string, Record<string, number>>>;
  /** Documents per cursor batch in exports. */
  exportBatchSize: number;
  /** The digest day's UTC offset, e.g. +07:00. */
  digestUtcOffset: string;
  /** The crawler's sources file, edited through /sources (null: read-only, no file). */
  sourcesFile: string | null;
  /** Queues an immediate poll of a source. */
  pollNow: (sourceId: string) => Promise<void>;
  /** Redis of the article hot path (articles in flight, per-stage counters); absent: finished ones only. */
  articleHot?: HotStore;
  /** Queues the fetch of an article (web app: submit a link, retry a failed one); absent: 503. */
  enqueueFetch?: (articleId: string, opts: { retry: boolean }) => Promise<void>;
  /** The fetch feed discovery uses (tests allow 127.0.0.1); the crawler's guarded fetch by default. */
  discoveryFetch?: (url: string) => Promise<FetchResult>;
  /** How long a sign-in lasts (ms); 12 hours by default. */
  sessionTtlMs?: number;
  /** Fastify's trustProxy (X-Forwarded-Proto decides the cookie's Secure flag); off by default. */
  trustProxy?: boolean | number | string;
  /** Failed authentications per client (and per user name) in 15 minutes; 10 by default. */
  authFailureLimit?: number;
  /** Exports per client per minute; 20 by default. */
  exportRateLimit?: number;
  /** Redis for the rate-limit counters, shared by every api process; absent: in this process. */
  rateLimitRedis?: Redis;
  /** Key prefix of those counters (QUEUE_PREFIX). */
  rateLimitPrefix?: string;
}

const ReviewStatusCode = { 'not-found': 404, merged: 409, invalid: 400, busy: 409 } as const;

/** A validation failure as one sentence that names the parameter. */
function describeValidation(
  err: FastifyError & {
    validation: Array<{ instancePath: string; message?: string; params: Record<string, unknown> }>;
  },
): string {
  const where = err.validationContext ?? 'request';
  const what = err.validation.map((v) => {
    const keys = Array.isArray(v.params.keys) ? (v.params.keys as string[]).join('", "') : '';
    const name = v.instancePath.replace(/^\//, '').replaceAll('/', '.') || keys;
    return `${where} parameter "${name}": ${v.message ?? 'invalid'}`;
  });
  return what.join('; ');
}

/** Builds the HTTP app (routes, auth, validation, OpenAPI at /openapi.json) without listening. */
export function buildApp(deps: AppDeps) {
  const app = Fastify({
    loggerInstance: deps.logger,
    // a hop count is honoured at run time though Fastify's types leave it out
    trustProxy: (deps.trustProxy ?? false) as boolean | string,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorateRequest('caller', null);
  registerSecurity(app as unknown as FastifyInstance, {
    redis: deps.rateLimitRedis,
    prefix: deps.rateLimitPrefix,
  });
  const users = createUserRepository(deps.db);
  const sessionTtlMs = deps.sessionTtlMs ?? 12 * 3_600_000;
  const sessions = createSessionStore(deps.db, { ttlMs: sessionTtlMs });

  app.setErrorHandler((err: FastifyError, req, reply) => {
    if (hasZodFastifySchemaValidationErrors(err)) {
      return reply
        .code(400)
        .send({ statusCode: 400, error: 'Bad Request', message: describeValidation(err) });
    }
    if (err instanceof ReviewError) {
      const statusCode = ReviewStatusCode[err.code];
      return reply.code(statusCode).send({ statusCode, error: err.code, message: err.message });
    }
    if (err.statusCode === 429) {
      return reply.code(429).send({ statusCode: 429, error: 'rate-limited', message: err.message });
    }
    if (err.statusCode && err.statusCode < 500) {
      return reply
        .code(err.statusCode)
        .send({ statusCode: err.statusCode, error: err.code, message: err.message });
    }
    req.log.error({ err }, 'request failed');
    return reply.code(500).send({
      statusCode: 500,
      error: 'Internal Server Error',
      message: 'something broke; see the logs',
    });
  });

  void app.register(swagger, {
    openapi: {
      info: {
        title: 'Paritrana Watch API',
        version: '0.1.0',
        description: 'Paritrana Award records found in Indonesian news',
      },
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer' },
          session: { type: 'apiKey', in: 'cookie', name: 'pw_session' },
        },
      },
      security: [{ bearer: [] }, { session: [] }],
    },
    transform: jsonSchemaTransform,
  });

  // registered after swagger, so its onRoute hook sees every route
  void app.register((api, _opts, done) => {
    const failures = createFailureGate(api, {
      max: deps.authFailureLimit ?? 10,
      windowMs: 15 * 60_000,
    });
    api.addHook(
      'onRequest',
      authenticate({ checkToken: createTokenCheck(deps.tokens), users, sessions, failures }),
    );
    api.get('/openapi.json', { schema: { hide: true } }, () => app.swagger());
    authRoutes(api, {
      users,
      sessions,
      failures,
      sessionTtlMs,
      signInLimit: deps.authFailureLimit ?? 10,
    });
    healthRoutes(api, deps);
    awardRoutes(api, deps);
    reviewRoutes(api, deps);
    articleRoutes(api, deps);
    queueRoutes(api, deps);
    sourceRoutes(api, deps);
    digestRoutes(api, deps);
    eventRoutes(api, deps);
    coverageRoutes(api, deps);
    webAppRoutes(api);
    webRecordRoutes(api, deps);
    webArticleRoutes(api, deps);
    webSourceRoutes(api, deps);
    deps.moreRoutes?.(api);
    done();
  });
  return app;
}

/** The app buildApp returns. */
export type App = ReturnType<typeof buildApp>;
