import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { alertsProblems, loadAlertSettings } from './settings.ts';

describe('alert settings', () => {
  it('has working defaults: no channels, the digest at 07:00 WIB', () => {
    expect(loadAlertSettings({})).toMatchObject({ alertsFile: null, digestHour: 7, smtpUrl: null });
    expect(alertsProblems({})).toBeNull();
  });

  it('names the bad setting or entry in one line, for a clean exit', () => {
    expect(alertsProblems({ DIGEST_HOUR: '25' })).toMatch(/^api: cannot start: .*DIGEST_HOUR/);
    const dir = mkdtempSync(join(tmpdir(), 'pw-alerts-'));
    const file = join(dir, 'alerts.json');
    writeFileSync(
      file,
      JSON.stringify({ channels: [{ id: 'a', kind: 'email', to: ['bukan-alamat'] }] }),
    );
    const problem = alertsProblems({ ALERTS_FILE: file });
    expect(problem).toContain(`Invalid alerts file ${file}`);
    expect(problem).toContain('channels[0].to[0]');
    expect(problem).not.toContain('\n');
    expect(alertsProblems({ ALERTS_FILE: join(dir, 'none.json') })).toMatch(/ENOENT/);
  });
});
