import { QueueName, jobIdFor, type Producer } from '@pw/queues';
import type { Logger } from '@pw/runtime';
import type { SourceStateRepository } from '@pw/storage';
import { computeIntervalMs, jitterOffsetMs, type ScheduleBounds } from './schedule.ts';
import type { SourceRegistry } from './source-registry.ts';
import type { Source } from './sources/source.ts';

/** What scheduling needs. */
export interface ScheduleDeps {
  producer: Producer;
  states: SourceStateRepository;
  bounds: ScheduleBounds;
}

/**
 * Puts one source's scheduler at its adaptive interval, and polls a never-polled source at once.
 * `present` says whether Redis still has its scheduler (a Redis that lost its data gets it back).
 */
export async function scheduleSource(
  { producer, states, bounds }: ScheduleDeps,
  source: Source,
  present: boolean,
): Promise<void> {
  const state = await states.get(source.id);
  if (!state?.lastPolledAt) {
    // a new source is polled at once, not one interval from now
    await producer.enqueue(
      QueueName.Discover,
      { sourceId: source.id },
      { jobId: jobIdFor(QueueName.Discover, `first-${source.id}`), attempts: 1 },
    );
  }
  const every = computeIntervalMs(source.pollIntervalMinutes, state, new Date(), bounds);
  if (state?.intervalMs === every && present) {
    return;
  }
  await producer
    .queue(QueueName.Discover)
    .upsertJobScheduler(
      source.id,
      { every, offset: jitterOffsetMs(source.id, every) },
      { name: QueueName.Discover, data: { sourceId: source.id }, opts: { attempts: 1 } },
    );
  await states.update(source.id, { intervalMs: every });
}

/** Keeps one BullMQ job scheduler per enabled source, at its adaptive interval; removes the rest. */
export async function syncSchedulers(
  deps: ScheduleDeps,
  sources: SourceRegistry,
  log: Logger,
): Promise<number> {
  const queue = deps.producer.queue(QueueName.Discover);
  const wanted = sources.list().filter((s) => s.enabled && s.url);
  const scheduled = new Set((await queue.getJobSchedulers()).map((j) => j.key));
  for (const source of wanted) {
    await scheduleSource(deps, source, scheduled.has(source.id));
  }
  const keep = new Set(wanted.map((s) => s.id));
  for (const key of scheduled) {
    if (key && !keep.has(key)) {
      await queue.removeJobScheduler(key);
      await deps.states.update(key, { intervalMs: null });
      log.info({ sourceId: key }, 'source unscheduled');
    }
  }
  return wanted.length;
}
