import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

/** Runs a process, reads its first chunk of output, closes the pipe, and reports how it ended. */
function readOneChunkThenClose(args: string[], input = '') {
  return new Promise<{ code: number | null; stderr: string }>((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += String(d)));
    child.stdout.once('data', () => child.stdout.destroy());
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
    child.stdin.on('error', () => undefined); // the child may exit before it reads everything
    child.stdin.end(input);
  });
}

describe('a closed pipe', () => {
  it('ends a writer that uses exitOnBrokenPipe quietly, with exit code 0', async () => {
    const script = `
      import { exitOnBrokenPipe } from ${JSON.stringify(here('./broken-pipe.ts'))};
      exitOnBrokenPipe();
      const line = 'x'.repeat(1000) + '\\n';
      const write = () => { while (process.stdout.write(line)) {} process.stdout.once('drain', write); };
      write();
    `;
    const res = await readOneChunkThenClose(['--input-type=module', '-e', script]);
    expect(res).toEqual({ code: 0, stderr: '' });
  });

  it('ends `pnpm --silent extract | head` quietly', async () => {
    const article = JSON.stringify({
      id: 'a1',
      url: 'https://warta.contoh.id/1',
      outlet: 'warta.contoh.id',
      text: 'Pemkab Contoh meraih juara 1 Paritrana Award 2024 tingkat Provinsi Jawa Timur.',
    });
    const input = `${article}\n`.repeat(3000);
    const res = await readOneChunkThenClose([here('../../award-reader/src/cli/extract.ts')], input);
    expect(res.stderr).not.toMatch(/EPIPE|\n\s+at /);
    expect(res.code).toBe(0);
  });
});
