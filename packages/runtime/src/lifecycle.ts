import type { Logger } from 'pino';
import type { Config } from './config.ts';

/** Something a running service must close at shutdown, in order. */
export type Closer = readonly [name: string, close: () => Promise<unknown>];

/** What each `startX(ctx)` returns: its name and what to close, first to last. */
export interface RunningService {
  name: string;
  closers: Closer[];
}

/** What each service needs to start. */
export interface ServiceContext {
  config: Config;
  logger: Logger;
}

/** The process's shutdown list. */
export interface Lifecycle {
  onShutdown: (name: string, close: () => Promise<unknown>) => void;
  stop: (reason: string) => Promise<void>;
  handleSignals: () => void;
}

/** Closes what was opened, newest first; safe to call twice; exits anyway after graceMs. */
export function createLifecycle(logger: Logger, { graceMs }: { graceMs: number }): Lifecycle {
  const closers: Array<{ name: string; close: () => Promise<unknown> }> = [];
  let stopping: Promise<void> | undefined;

  const onShutdown = (name: string, close: () => Promise<unknown>): void => {
    closers.push({ name, close });
  };

  const stop = (reason: string): Promise<void> =>
    (stopping ??= (async () => {
      logger.info({ reason }, 'shutting down');
      for (const { name, close } of closers.toReversed()) {
        try {
          await close();
          logger.info({ component: name }, 'closed');
        } catch (err) {
          // keep going: the rest must still close
          logger.error({ err, component: name }, 'close failed');
        }
      }
    })());

  const handleSignals = (): void => {
    for (const signal of ['SIGTERM', 'SIGINT'] as const) {
      process.once(signal, () => {
        setTimeout(() => {
          logger.fatal({ graceMs }, 'shutdown timed out');
          process.exit(1);
        }, graceMs).unref();
        void stop(signal).then(() => process.exit(0));
      });
    }
  };

  return { onShutdown, stop, handleSignals };
}
