/** One queue per stage, named after its work. */
export const QueueName = {
  Discover: 'discover',
  Fetch: 'fetch',
  Classify: 'classify',
  Extract: 'extract',
  Sweep: 'sweep',
} as const;
export type QueueName = (typeof QueueName)[keyof typeof QueueName];

/** Every queue, in pipeline order. */
export const AllQueues: readonly QueueName[] = Object.values(QueueName);
