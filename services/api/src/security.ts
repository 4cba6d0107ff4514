import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';

/**
 * The Content-Security-Policy of every answer: the app is self-hosted with no CDN, so scripts,
 * styles, fonts, images and requests come from the app's own origin only. Inline styles are
 * allowed (chart libraries set them); inline scripts are not. Frames only from the app itself
 * (the stored copy of an article), and no other site may frame the app.
 */
export const ContentSecurityPolicy = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  fontSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  frameSrc: ["'self'"],
  frameAncestors: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  // no upgrade-insecure-requests: the app is also reached over plain HTTP on 127.0.0.1 or a LAN
  upgradeInsecureRequests: null,
};

/** Where rate-limit counters live: this process (default) or a Redis shared by every api process. */
export interface RateLimitStore {
  /** An ioredis client; counters are shared by every api process using it. */
  redis?: unknown;
  /** Key prefix in Redis (QUEUE_PREFIX). */
  prefix?: string;
}

/**
 * Cookies (the session), security headers on every answer (nosniff, CSP, frame and referrer
 * policies) and the rate limiter's plugin (limits are set per route; none applies globally).
 */
export function registerSecurity(app: FastifyInstance, store: RateLimitStore = {}): void {
  void app.register(cookie);
  void app.register(helmet, {
    contentSecurityPolicy: { useDefaults: false, directives: ContentSecurityPolicy },
    // HSTS belongs to the TLS front (Caddy), not to an API that may be reached over plain HTTP
    strictTransportSecurity: false,
    referrerPolicy: { policy: 'same-origin' },
    crossOriginResourcePolicy: { policy: 'same-origin' },
  });
  void app.register(rateLimit, {
    global: false,
    ...(store.redis
      ? {
          redis: store.redis,
          nameSpace: `${store.prefix ?? 'pw'}:rate:`,
          // Redis away: let requests through rather than refuse everyone
          skipOnError: true,
        }
      : {}),
  });
}
