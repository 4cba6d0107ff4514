import { describe, expect, it } from 'vitest';
import { markSmallBusinesses } from './small-business.ts';

describe('markSmallBusinesses', () => {
  it('marks a business named after its trade', () => {
    expect(
      markSmallBusinesses('Juara 1 diraih usaha keripik pisang Sari Rasa dari Kota Bogor.'),
    ).toBe('Juara 1 diraih UMKM Sari Rasa dari Kota Bogor.');
    expect(
      markSmallBusinesses('Perajin anyaman Tangan Emas asal Garut keluar sebagai juara.'),
    ).toBe('UMKM Tangan Emas asal Garut keluar sebagai juara.');
  });

  it('marks a company named after its trade, but not the winners of an award', () => {
    expect(markSmallBusinesses('Perusahaan ekspedisi Kirim Kilat 27 meraih juara III.')).toBe(
      'PT Kirim Kilat 27 meraih juara III.',
    );
    const texts = [
      'Perusahaan penerima Paritrana Award 2024 diundang ke Jakarta.',
      'perusahaan yang berdiri di Kota Bekasi itu',
      'Produsen pupuk NPK yang pabriknya berada di Teluk Bayur itu meraih juara 1.',
    ];
    expect(texts.map(markSmallBusinesses)).toEqual(texts);
  });

  it('leaves categories, companies and shops in a place', () => {
    const texts = [
      'kategori badan usaha besar Kota Bogor',
      'Untuk kategori usaha kecil dan mikro, Juara 1 diraih Sari Rasa.',
      'Juara 2 diraih usaha konstruksi PT Karya Bangun.',
      'penjual oleh-oleh Bogor meraih omzet besar',
      'Juara I diraih Pempek Cek Ina, usaha kuliner asal Kecamatan Seberang Ulu I, Palembang.',
      'Ia membuka usaha kue di Kelurahan Sukajadi sejak 2019.',
    ];
    expect(texts.map(markSmallBusinesses)).toEqual(texts);
  });

  it('reads no company name in "Perusahaan meraih Juara I …"', () => {
    const given = 'Perusahaan meraih Juara I Paritrana Award 2022 tingkat Provinsi Jambi.';
    expect(markSmallBusinesses(given)).toBe(given);
  });
});
