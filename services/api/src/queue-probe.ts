import { QueueName, type Producer } from '@pw/queues';

/** The stage queues whose counts the API reports. */
export const ReportedQueues = [
  QueueName.Discover,
  QueueName.Fetch,
  QueueName.Classify,
  QueueName.Extract,
] as const;

/** Redis ping and job counts through the API's fail-fast producer. */
export function createQueueProbe(producer: Producer) {
  return {
    async ping(): Promise<unknown> {
      // BullMQ's client interface has no PING; INFO is as cheap and fails as fast
      const client = await producer.queue(QueueName.Discover).client;
      await client.info();
      return 'ok';
    },
    async counts(): Promise<Record<string, Record<string, number>>> {
      const entries = await Promise.all(
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
      );
      return Object.fromEntries(entries);
    },
  };
}
