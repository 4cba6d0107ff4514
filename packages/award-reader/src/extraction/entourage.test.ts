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

  it('takes out the one who stood in for a government, and a busload that went along', () => {
    expect(
      withoutEntourage(
        'Pemerintah Provinsi Jambi yang diwakili Asisten II Setda Provinsi Jambi, didampingi Kepala Disnakertrans, menerima penghargaan Paritrana Award 2024 peringkat ketiga.',
      ),
    ).toBe('Pemerintah Provinsi Jambi menerima penghargaan Paritrana Award 2024 peringkat ketiga.');
    expect(
      withoutEntourage(
        'Pemkab Kendal yang berangkat dengan rombongan Bupati Kendal, Sekda dan para camat dalam dua bus akhirnya pulang membawa predikat terbaik kedua.',
      ),
    ).toBe('Pemkab Kendal akhirnya pulang membawa predikat terbaik kedua.');
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
