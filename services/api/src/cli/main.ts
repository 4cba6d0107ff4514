import { pipeline } from 'node:stream/promises';
import { exitOnBrokenPipe, isBrokenPipe } from '@pw/runtime';
import { HelpRequested, parseCli, type CliCommand } from './args.ts';
import { createApiBackend } from './backend-api.ts';
import { runBackupCommand } from './backup.ts';
import { createDirectBackend } from './backend-direct.ts';
import { coverageCommands } from './coverage.ts';
import {
  auditTable,
  awardTable,
  pendingTable,
  recordDetail,
  type CliBackend,
  type CliOutput,
  type RecordView,
} from './output.ts';
import { readNewPassword } from './password.ts';

/** A command's JSON as a readable table (pending, award, audit) unless --json was given. */
function render(cmd: CliCommand, out: Extract<CliOutput, { kind: 'json' }>): string {
  const asJson = `${JSON.stringify(out.value, null, 2)}\n`;
  switch (cmd.name) {
    case 'pending':
      return cmd.json ? asJson : pendingTable(out.value as Parameters<typeof pendingTable>[0]);
    case 'award':
      return cmd.json ? asJson : recordDetail(out.value as RecordView);
    case 'audit':
      return cmd.json
        ? asJson
        : auditTable((out.value as { items: Parameters<typeof auditTable>[0] }).items);
    default:
      return asJson;
  }
}

// pnpm passes a lone "--" through when called as `pnpm cli -- awards …`
const argv = process.argv.slice(2).filter((a, i) => !(i === 0 && a === '--'));
// `pnpm cli reextract [--since DATE] [--dry-run]`: re-reads kept articles (see reextract.ts)
if (argv[0] === 'reextract') {
  process.exit(await (await import('./reextract.ts')).reextractMain(argv.slice(1), process.env));
}
// `pnpm cli awards | head`: a reader that goes away ends the output quietly
exitOnBrokenPipe();
// backup / restore (cli/backup.ts) take over here when named
if (await runBackupCommand(argv)) {
  process.exit();
}
// backfill and coverage (cli/coverage.ts) read the store directly and take over here when named
const coverageCommand = argv[0] === undefined ? undefined : coverageCommands[argv[0]];
if (coverageCommand) {
  const io = {
    out: (t: string) => void process.stdout.write(t),
    err: (t: string) => void process.stderr.write(t),
    isTty: process.stderr.isTTY === true,
  };
  process.exit(
    await coverageCommand(argv.slice(1), process.env, io).catch((err: unknown) => {
      console.error((err as Error).message);
      return 2;
    }),
  );
}
let backend: CliBackend | undefined;
try {
  const { cmd, target } = parseCli(argv, process.env);
  if (cmd.name === 'awards' && cmd.format === 'xlsx' && process.stdout.isTTY) {
    throw new Error('--format xlsx writes a workbook: send it to a file (… > penghargaan.xlsx)');
  }
  backend = target.api
    ? createApiBackend(target.api, target.token)
    : await createDirectBackend(process.env, target.by);
  // asked once the store is known to be reachable, so a typo in the setup costs no typing
  if (cmd.name === 'user' && (cmd.action === 'add' || cmd.action === 'passwd')) {
    cmd.password = await readNewPassword(cmd.passwordStdin);
  }
  const out = await backend.run(cmd);
  if (out.kind === 'stream') {
    await pipeline(out.chunks, process.stdout);
  } else if (out.kind === 'text') {
    process.stdout.write(out.text);
  } else if (out.kind === 'awards') {
    process.stdout.write(awardTable(out));
  } else {
    process.stdout.write(render(cmd, out));
  }
} catch (err) {
  if (isBrokenPipe(err)) {
    // the reader has gone: nothing more to say
  } else if (err instanceof HelpRequested) {
    console.log(err.message);
  } else {
    console.error((err as Error).message);
    process.exitCode = 2;
  }
} finally {
  await backend?.close();
}
