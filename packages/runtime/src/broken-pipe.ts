/**
 * Ends the process quietly when whoever reads its output goes away (`pnpm cli awards | head`):
 * a closed pipe is the end of the output, not a crash with a stack trace.
 */
export function exitOnBrokenPipe(stream: NodeJS.WriteStream = process.stdout): void {
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') {
      process.exit(0);
    }
    throw err;
  });
}

/** True for the error a write to a closed pipe fails with. */
export const isBrokenPipe = (err: unknown): boolean =>
  typeof err === 'object' && err !== null && (err as { code?: unknown }).code === 'EPIPE';
