import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkHeartbeat, startHeartbeat } from './heartbeat.ts';

const freshFile = () => join(mkdtempSync(join(tmpdir(), 'pw-hb-')), 'heartbeat');

describe('heartbeat', () => {
  it('is fresh right after a beat and stale once older than the limit', async () => {
    const file = freshFile();
    const hb = startHeartbeat({ file, everyMs: 60_000, isTakingJobs: () => true });
    await hb.beat();
    hb.stop();
    expect(checkHeartbeat(file, 30_000)).toMatchObject({ ok: true });
    const later = checkHeartbeat(file, 30_000, Date.now() + 31_000);
    expect(later.ok || later.reason).toMatch(/last heartbeat 3\d s ago/);
  });

  it('writes nothing while the process is not taking jobs, so the check fails', async () => {
    const file = freshFile();
    const hb = startHeartbeat({ file, everyMs: 60_000, isTakingJobs: () => false });
    await hb.beat();
    hb.stop();
    const verdict = checkHeartbeat(file, 30_000);
    expect(verdict.ok || verdict.reason).toContain('no heartbeat');
  });
});
