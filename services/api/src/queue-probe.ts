import { QueueName, type Producer } from '@pw/queues';

/** The stage queues whose counts the API reports. */
export const ReportedQueues = [
  QueueName.Discover,
  QueueName.Fetch,
  QueueName.Classify,
  QueueName.Extract,
] as const;

/** Rejects when `p` has not settled within `ms`. */
export function within<T>(ms: number, p: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer in ${ms} ms`)), ms);
  });
  return Promise.race([p, deadline]).finally(() => clearTimeout(timer));
}

/**
 * Redis ping and job counts through the API's fail-fast producer. BullMQ waits for a
 * connection before the first command, so each call also carries its own deadline.
 */
export function createQueueProbe(producer: Producer, timeoutMs = 2_000) {
  return {
    async ping(): Promise<unknown> {
      // BullMQ's client interface has no PING; INFO is as cheap and fails as fast
      const client = await within(timeoutMs, producer.queue(QueueName.Discover).client);
      await within(timeoutMs, client.info());
      return 'ok';
    },
    async counts(): Promise<Record<string, Record<string, number>>> {
      const entries = await within(
        timeoutMs,
        Promise.all(
          ReportedQueues.map(async (name) => {
            const counts = await producer
              .queue(name)
              .getJobCounts(
                'waiting',
                'active',
                'delayed',
                'prioritized',
                'failed',
                'completed',
                'paused',
              );
            return [name, counts] as const;
          }),
        ),
      );
      return Object.fromEntries(entries);
    },
  };
}
