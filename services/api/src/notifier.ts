import { createHmac } from 'node:crypto';
import type { Db } from 'mongodb';
import type { Logger } from '@pw/runtime';
import { ReviewStatus } from '@pw/domain';
import {
  EventType,
  SourceStatus,
  createAwardRepository,
  createEventLog,
  createSourceStateRepository,
  type PipelineEvent,
} from '@pw/storage';
import type { ApiConfig } from './api-config.ts';

/** The signature header: `sha256=` + hex HMAC-SHA256 of the raw body with the shared secret. */
export function signBody(secret: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

/** The retry delay after `attempts` failures: doubling from backoffMs, capped at one hour. */
export function retryDelay(backoffMs: number, attempts: number): number {
  return Math.min(backoffMs * 2 ** Math.max(0, attempts - 1), 3_600_000);
}

/** What the notifier needs. */
export interface NotifierDeps {
  db: Db;
  config: Pick<ApiConfig, 'webhook' | 'notifierPollMs'>;
  logger: Logger;
}

/**
 * Turns newly broken sources into events, then delivers due events to the webhook, one POST
 * each, retried with exponential backoff; the delivery state is kept on the event.
 */
export function startNotifier({ db, config, logger }: NotifierDeps) {
  const log = logger.child({ component: 'notifier' });
  const events = createEventLog(db);
  const sources = createSourceStateRepository(db);
  const awards = createAwardRepository(db);
  const { webhook } = config;
  // when the webhook was first turned on: older events are not sent (no flood of the past)
  const marks = db.collection<{ _id: string; at: Date }>('alert_cursors');
  let enabledSince: Date | undefined;
  const webhookEnabledSince = async (): Promise<Date> => {
    if (!enabledSince) {
      await marks.insertOne({ _id: '#webhook', at: new Date() }).catch(() => undefined);
      enabledSince = (await marks.findOne({ _id: '#webhook' }))?.at ?? new Date();
    }
    return enabledSince;
  };

  /** Why an event is not sent at all: from before the webhook, or its record rejected or merged. */
  const reasonToSkip = async (e: PipelineEvent): Promise<string | null> => {
    const since = await webhookEnabledSince();
    if (e.at < since) {
      return `not sent: older than the webhook (on since ${since.toISOString()})`;
    }
    if (e.type === EventType.AwardCreated || e.type === EventType.AwardConflict) {
      const r = await awards.get(e.subject);
      if (r?.merged) {
        return 'not sent: the record was merged';
      }
      if (r?.review.status === ReviewStatus.Rejected) {
        return 'not sent: the record was rejected';
      }
    }
    return null;
  };
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let stopped = false;

  const noticeBrokenSources = async () => {
    for (const s of await sources.list().catch(() => [])) {
      if (s.status !== SourceStatus.Broken) {
        continue;
      }
      // one event per breakage: the time it was first seen broken names it
      const since = s.lastError?.at ?? s.lastPolledAt;
      await events.append({
        id: `${EventType.SourceBroken}:${s._id}:${since?.toISOString() ?? 'unknown'}`,
        type: EventType.SourceBroken,
        subject: s._id,
        data: { sourceId: s._id, lastError: s.lastError, lastPolledAt: s.lastPolledAt },
      });
    }
  };

  const deliver = async (e: PipelineEvent) => {
    const skip = await reasonToSkip(e);
    if (skip) {
      await events.markAttemptFailed(e._id, e.delivery.attempts, skip, null);
      log.info({ eventId: e._id, reason: skip }, 'event not sent');
      return;
    }
    const body = JSON.stringify({
      id: e._id,
      type: e.type,
      at: e.at,
      subject: e.subject,
      data: e.data,
    });
    const attempts = e.delivery.attempts + 1;
    try {
      const res = await fetch(webhook.url ?? '', {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-paritrana-event': e.type,
          // keys may hold non-ASCII letters, which a header cannot carry as they are
          'x-paritrana-delivery': encodeURIComponent(e._id),
          'x-paritrana-signature': signBody(webhook.secret, body),
        },
        body,
        signal: AbortSignal.timeout(webhook.timeoutMs),
      });
      await res.body?.cancel();
      if (!res.ok) {
        throw new Error(`webhook answered ${res.status}`);
      }
      await events.markDelivered(e._id, attempts);
      log.info({ eventId: e._id, attempts }, 'event delivered');
    } catch (err) {
      const giveUp = attempts >= webhook.maxAttempts;
      const retryAt = giveUp
        ? null
        : new Date(Date.now() + retryDelay(webhook.backoffMs, attempts));
      await events.markAttemptFailed(e._id, attempts, (err as Error).message, retryAt);
      log.warn(
        { eventId: e._id, attempts, err: (err as Error).message, giveUp },
        'event delivery failed',
      );
    }
  };

  /** One pass: notice broken sources, deliver what is due (at most 100 events). */
  const pass = async () => {
    await noticeBrokenSources();
    if (!webhook.url) {
      return;
    }
    await webhookEnabledSince();
    for (let i = 0; i < 100 && !stopped; i++) {
      // the lease outlasts one request, so a second notifier never sends the same event meanwhile
      const e = await events.claimDue(webhook.timeoutMs * 2);
      if (!e) {
        return;
      }
      await deliver(e);
    }
  };

  // one pass at a time: a tick asked for during a pass runs after it
  let chain: Promise<void> = Promise.resolve();
  const tick = (): Promise<void> => (chain = chain.catch(() => undefined).then(pass));

  const loop = () => {
    running = tick()
      .catch((err: unknown) => log.error({ err }, 'notifier pass failed'))
      .finally(() => {
        if (!stopped) {
          timer = setTimeout(loop, config.notifierPollMs);
        }
      });
  };
  loop();

  return {
    tick,
    /** Stops polling and waits for the pass in hand. */
    async close() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}

/** A running notifier. */
export type Notifier = ReturnType<typeof startNotifier>;
