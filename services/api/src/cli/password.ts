import { text } from 'node:stream/consumers';

/** The first line of stdin (for `--password-stdin`: `printf '%s' "$PW" | pnpm cli user add …`). */
export async function passwordFromStdin(stdin: NodeJS.ReadableStream = process.stdin) {
  const all = await text(stdin as AsyncIterable<Uint8Array>);
  const line = all.split(/\r?\n/)[0] ?? '';
  if (!line) {
    throw new Error('--password-stdin: stdin held no password');
  }
  return line;
}

/** Reads one line from the terminal without echoing it. */
function askHidden(prompt: string): Promise<string> {
  const stdin = process.stdin;
  return new Promise((resolve, reject) => {
    process.stderr.write(prompt);
    stdin.setRawMode(true);
    stdin.resume();
    stdin.setEncoding('utf8');
    let value = '';
    const done = (err: Error | null) => {
      stdin.off('data', onData);
      stdin.setRawMode(false);
      stdin.pause();
      process.stderr.write('\n');
      if (err) {
        reject(err);
      } else {
        resolve(value);
      }
    };
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === '\r' || ch === '\n' || ch === '\u0004') {
          done(null);
          return;
        }
        if (ch === '\u0003') {
          done(new Error('cancelled'));
          return;
        }
        value = ch === '\u007f' || ch === '\b' ? value.slice(0, -1) : value + ch;
      }
    };
    stdin.on('data', onData);
  });
}

/** A new password: asked twice on a terminal, or read from stdin with `--password-stdin`. */
export async function readNewPassword(fromStdin: boolean): Promise<string> {
  if (fromStdin) {
    return passwordFromStdin();
  }
  if (!process.stdin.isTTY) {
    throw new Error('no terminal to ask the password on: pipe it in with --password-stdin');
  }
  const first = await askHidden('Kata sandi (password): ');
  const again = await askHidden('Ulangi kata sandi (again): ');
  if (first !== again) {
    throw new Error('the two passwords differ');
  }
  return first;
}
