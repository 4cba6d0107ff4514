import { QueueName, jobIdFor, type Producer } from '@pw/queues';
import type { Logger } from '@pw/runtime';
import type { SourceStateRepository } from '@pw/storage';
import { computeIntervalMs, jitterOffsetMs, type ScheduleBounds } from './schedule.ts';
import type { SourceRegistry } from './source-registry.ts';

/** Keeps one BullMQ job scheduler per enabled source, at its adaptive interval; removes the rest. */
export async function syncSchedulers(
  producer: Producer,
  sources: SourceRegistry,
  states: SourceStateRepository,
  bounds: ScheduleBounds,
  log: Logger,
): Promise<number> {
  const queue = producer.queue(QueueName.Discover);
  const wanted = sources.list().filter((s) => s.enabled && s.url);
  const scheduled = new Set((await queue.getJobSchedulers()).map((j) => j.key));
  const now = new Date();
  for (const source of wanted) {
    const state = await states.get(source.id);
    if (!state?.lastPolledAt) {
      // a new source is polled at once, not one interval from now
      await producer.enqueue(
        QueueName.Discover,
        { sourceId: source.id },
        { jobId: jobIdFor(QueueName.Discover, `first-${source.id}`), attempts: 1 },
      );
    }
    const every = computeIntervalMs(source.pollIntervalMinutes, state, now, bounds);
    // unchanged and still in Redis (a Redis that lost its data gets them all back)
    if (state?.intervalMs === every && scheduled.has(source.id)) {
      continue;
    }
    await queue.upsertJobScheduler(
      source.id,
      { every, offset: jitterOffsetMs(source.id, every) },
      { name: QueueName.Discover, data: { sourceId: source.id }, opts: { attempts: 1 } },
    );
    await states.update(source.id, { intervalMs: every });
  }
  const keep = new Set(wanted.map((s) => s.id));
  for (const key of scheduled) {
    if (key && !keep.has(key)) {
      await queue.removeJobScheduler(key);
      await states.update(key, { intervalMs: null });
      log.info({ sourceId: key }, 'source unscheduled');
    }
  }
  return wanted.length;
}
