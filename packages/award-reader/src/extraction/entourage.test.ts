import { describe, expect, it } from 'vitest';
import { withoutEntourage } from './entourage.ts';

describe('withoutEntourage', () => {
  it('takes out the entourage between a head of region and the win', () => {
    expect(
      withoutEntourage(
        'Bupati Pacitan didampingi Kepala Disnaker Kabupaten Pacitan, Kepala BPJS Ketenagakerjaan Cabang Madiun serta sejumlah camat yang ikut ke Surabaya berhasil membawa pulang juara III Paritrana Award 2025.',
      ),
    ).toBe('Bupati Pacitan berhasil membawa pulang juara III Paritrana Award 2025.');
  });

  it('keeps a sentence whose entourage wins nothing, or whose subject is no head of region', () => {
    for (const s of [
      'Bupati Pacitan didampingi Kepala Disnaker meninjau pendaftaran pekerja di Kecamatan Arjosari.',
      'Kepala Disnaker didampingi staf ke Surabaya berhasil menyerahkan berkas penilaian.',
    ]) {
      expect(withoutEntourage(s)).toBe(s);
    }
  });
});
