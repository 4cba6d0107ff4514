import { z } from 'zod';
import { QueueName } from './queue-name.ts';

const ArticleJob = z.strictObject({ articleId: z.string().regex(/^[a-f0-9]{24}$/, 'a 24-hex id') });

/** One payload schema per queue: ids only, the data lives in MongoDB. */
export const Payloads = {
  [QueueName.Discover]: z.strictObject({ sourceId: z.string().min(1) }),
  [QueueName.Fetch]: ArticleJob,
  [QueueName.Classify]: ArticleJob,
  [QueueName.Extract]: ArticleJob,
  [QueueName.Sweep]: z.strictObject({}),
} as const;

/** The payload type of queue Q. */
export type PayloadOf<Q extends QueueName> = z.infer<(typeof Payloads)[Q]>;

/** The deterministic job id of a unit of work: re-enqueueing the same id is a no-op. */
export function jobIdFor(queue: QueueName, id: string): string {
  // BullMQ job ids must not contain ':' and must not be digits only
  return `${queue}-${id.replaceAll(':', '_')}`;
}
