import { describe, expect, it } from 'vitest';
import { startupBanner, summaryLine, withoutPassword } from './banner.ts';

describe('the startup banner and the summary line', () => {
  it('says in plain words where the app and the data are, and how to sign in, without passwords', () => {
    const banner = startupBanner({
      apiUrl: 'http://127.0.0.1:8080',
      config: {
        redis: { url: 'redis://:rahasia@redis:6379', prefix: 'pw' },
        mongo: {
          url: 'mongodb://paritrana:rahasia@mongo:27017/?authSource=admin',
          dbName: 'paritrana',
        },
        sourcesFile: '/app/config/sources.json',
      },
      dataDir: '/var/lib/paritrana',
      firstAdminHint:
        'Belum ada pengguna. Buat admin pertama:\n  pnpm cli user add admin --role admin',
      services: 'all',
    });
    expect(banner).toContain('Aplikasi web    : http://127.0.0.1:8080/');
    expect(banner).toContain('Dasbor antrean  : http://127.0.0.1:8080/admin/antrean/');
    expect(banner).toContain('basis data "paritrana"');
    expect(banner).toContain('berkas data di /var/lib/paritrana');
    expect(banner).toContain('Masuk           : Belum ada pengguna.');
    expect(banner).toContain('pnpm cli user add admin --role admin');
    expect(banner).not.toContain('rahasia');
    expect(withoutPassword('redis://:rahasia@redis:6379')).toBe('redis://:***@redis:6379');
  });

  it('writes the running totals the Indonesian way', () => {
    expect(
      summaryLine({
        read: 1204,
        relevant: 12,
        newRecords: 9,
        pending: 3,
        failingSources: 1,
        commonFailure: 'DNS',
      }),
    ).toBe(
      '1.204 artikel dibaca, 12 relevan, 9 penghargaan baru, 3 menunggu tinjauan, 1 sumber gagal: DNS',
    );
    expect(
      summaryLine({
        read: 0,
        relevant: 0,
        newRecords: 0,
        pending: 0,
        failingSources: 0,
        commonFailure: null,
      }),
    ).toContain('semua sumber sehat');
  });
});
