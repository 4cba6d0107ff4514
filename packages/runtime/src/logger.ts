import { pino, type Logger } from 'pino';

export type { Logger };

/** One JSON logger per process; pretty only when stdout is a terminal. */
export function createLogger(options: { logLevel: string }): Logger {
  const pretty = process.stdout.isTTY === true;
  return pino({
    level: options.logLevel,
    base: { pid: process.pid },
    timestamp: pino.stdTimeFunctions.isoTime,
    ...(pretty ? { transport: { target: 'pino-pretty', options: { singleLine: true } } } : {}),
  });
}
