import swagger from '@fastify/swagger';
import Fastify, { type FastifyError } from 'fastify';
import {
  hasZodFastifySchemaValidationErrors,
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
} from 'fastify-type-provider-zod';
import type { Db } from 'mongodb';
import type { Logger } from '@pw/runtime';
import { ReviewError } from '@pw/storage';
import type { ApiToken } from './api-config.ts';
import { authenticate, createTokenCheck } from './auth.ts';
import { articleRoutes } from './routes/articles.ts';
import { awardRoutes } from './routes/awards.ts';
import { digestRoutes } from './routes/digest.ts';
import { eventRoutes } from './routes/events.ts';
import { healthRoutes } from './routes/health.ts';
import { queueRoutes } from './routes/queues.ts';
import { reviewRoutes } from './routes/reviews.ts';
import { sourceRoutes } from './routes/sources.ts';

/** What the HTTP app needs; the process (api.ts) or a test supplies it. */
export interface AppDeps {
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
  const app = Fastify({ loggerInstance: deps.logger });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorateRequest('caller', null);
  app.addHook('onRequest', authenticate(createTokenCheck(deps.tokens)));

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
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
      security: [{ bearer: [] }],
    },
    transform: jsonSchemaTransform,
  });

  // registered after swagger, so its onRoute hook sees every route
  void app.register((api, _opts, done) => {
    api.get('/openapi.json', { schema: { hide: true } }, () => app.swagger());
    healthRoutes(api, deps);
    awardRoutes(api, deps);
    reviewRoutes(api, deps);
    articleRoutes(api, deps);
    queueRoutes(api, deps);
    sourceRoutes(api, deps);
    digestRoutes(api, deps);
    eventRoutes(api, deps);
    done();
  });
  return app;
}

/** The app buildApp returns. */
export type App = ReturnType<typeof buildApp>;
