import { describe, expect, it } from 'vitest';
import { readNameAt } from './read-name.ts';

const read = (s: string, pos = 0, lower = false) => readNameAt(s, pos, lower);

describe('readNameAt', () => {
  it('keeps "&" between capitalized words, and "dan" inside an agency\'s name', () => {
    expect(read('PT Karya Baja & Logam Jaya meraih juara')?.text).toBe(
      'PT Karya Baja & Logam Jaya',
    );
    expect(read('Dinas Tenaga Kerja dan Transmigrasi Kota Lestari meraih')?.text).toBe(
      'Dinas Tenaga Kerja dan Transmigrasi Kota Lestari',
    );
    expect(read('Kota Lestari dan Kota Jati meraih')?.text).toBe('Kota Lestari');
    expect(read('Dinas Sosial dan Kota Jati')?.text).toBe('Dinas Sosial');
    expect(read('Toko Maju & sejahtera')?.text).toBe('Toko Maju');
  });

  it('keeps "dan" between two trades in a small firm\'s name, not between two names', () => {
    expect(read('CV Sandang dan Pangan Makmur meraih juara I')?.text).toBe(
      'CV Sandang dan Pangan Makmur',
    );
    expect(read('UD Kayu dan Besi Sentosa, Padang')?.text).toBe('UD Kayu dan Besi Sentosa');
    expect(read('PT Jaya dan PT Makmur Abadi meraih')?.text).toBe('PT Jaya');
    expect(read('PT Semen Lestari Abadi dan Kota Sari')?.text).toBe('PT Semen Lestari Abadi');
  });

  it('keeps "Ny." inside a shop\'s name', () => {
    expect(read('PT Dodol Ny. Sari Rasa (Terbaik 2)')?.text).toBe('PT Dodol Ny. Sari Rasa');
  });

  it("ends a shop's name before its town", () => {
    expect(read('Warung Makan Sari Laut Kota Tegal meraih juara III')?.text).toBe(
      'Warung Makan Sari Laut',
    );
    expect(read('Perumda Air Minum Kota Padang meraih juara')?.text).toBe(
      'Perumda Air Minum Kota Padang',
    );
  });

  it('ends a name before a count of wins', () => {
    expect(read('Badung Tiga Kali Beruntun Juara I')?.text).toBe('Badung');
    expect(read('Kota Dua Tahun Berturut-turut')?.text).toBe('Kota');
  });

  it('keeps "dan" inside a regional development bank\'s name', () => {
    expect(read('PT Bank Pembangunan Daerah Lestari dan Jati (Bank LJ) meraih')?.text).toBe(
      'PT Bank Pembangunan Daerah Lestari dan Jati',
    );
    expect(read('Alkon Bank Nusa dan Rumah Sakit Siloam meraih')?.text).toBe('Alkon Bank Nusa');
  });

  it('reads capitalized words up to a verb', () => {
    expect(read('Pemerintah Kabupaten Sleman berhasil meraih juara')?.text).toBe(
      'Pemerintah Kabupaten Sleman',
    );
    expect(read('Kopi Kenangan Senja juara dua')?.text).toBe('Kopi Kenangan Senja');
  });

  it('stops at title-case verbs of headlines', () => {
    expect(read('Kota Batu Raih Juara 1 Paritrana Award')?.text).toBe('Kota Batu');
  });

  it('reads through a short form written inside the name', () => {
    expect(read('Rumah Sakit Umum Daerah (RSUD) Wates meraih')).toMatchObject({
      text: 'Rumah Sakit Umum Daerah Wates',
      paren: 'RSUD',
    });
    expect(read('Bank Pembangunan Daerah (Bank Jatim) meraih')?.paren).toBe('Bank Jatim');
    // a title in lower case after the short form opens the rest of the name
    expect(read('Rumah Sakit Umum Daerah (RSUD) dr. Soediran Mangun Sumarso meraih')).toMatchObject(
      { text: 'Rumah Sakit Umum Daerah dr. Soediran Mangun Sumarso', paren: 'RSUD' },
    );
    // a short form of syllables: KOPerasi kreDIT
    expect(read('Koperasi Kredit (Kopdit) Pohala Mandiri meraih')).toMatchObject({
      text: 'Koperasi Kredit Pohala Mandiri',
      paren: 'Kopdit',
    });
    // the legal form is no part of the short form: B-P-D after "PT"
    expect(read('PT Bank Pembangunan Daerah (BPD) Jambi meraih')).toMatchObject({
      text: 'PT Bank Pembangunan Daerah Jambi',
    });
  });

  it('reads a name opened by "The" before capitalized words', () => {
    expect(read('The Sunan Hotel Solo meraih juara 1')?.text).toBe('The Sunan Hotel Solo');
    expect(read('The best')).toBeNull();
  });

  it('keeps "Anugerah" inside a marked company name', () => {
    expect(read('PT Sepatu Anugerah Mulia (terbaik 2)')?.text).toBe('PT Sepatu Anugerah Mulia');
    expect(read('PT Prima Sandang Mulia meraih')?.text).toBe('PT Prima Sandang Mulia');
    // (a carver's firm; a headline's "Ukir Prestasi" still ends the name)
    expect(read('CV Kayu Ukir Lestari meraih')?.text).toBe('CV Kayu Ukir Lestari');
    expect(read('CV Kayu Lestari Ukir Prestasi')?.text).toBe('CV Kayu Lestari');
    expect(read('PT Prima Raih Juara')?.text).toBe('PT Prima');
    expect(read('PT Sepatu Anugerah Paritrana')?.text).toBe('PT Sepatu');
  });

  it('keeps "di" inside a name its short form spells out', () => {
    expect(read('Sinode Gereja Masehi Injili di Lestari (GMIL) meraih')).toMatchObject({
      text: 'Sinode Gereja Masehi Injili di Lestari',
      paren: 'GMIL',
    });
    expect(read('Kota Lestari di Jawa Timur meraih')?.text).toBe('Kota Lestari');
    expect(read('Gereja Masehi Injili di Lestari (Kota Jati) meraih')?.text).toBe(
      'Gereja Masehi Injili',
    );
  });

  it("reads a region after a company's parenthesis as its home town, not a name", () => {
    const s = 'PT Semen Lestari (SL) Gresik meraih juara';
    expect(read(s)).toMatchObject({ text: 'PT Semen Lestari', paren: 'SL', end: 28 });
    expect(read('PT Pupuk Jaya (Persero) Tbk Tuban meraih')).toMatchObject({
      text: 'PT Pupuk Jaya',
      end: 33,
    });
  });

  it('ends a village name where its regency begins', () => {
    expect(read('Desa Sukamulya Kabupaten Cianjur terbaik')?.text).toBe('Desa Sukamulya');
    expect(read('PT Kota Baru Jaya meraih')?.text).toBe('PT Kota Baru Jaya');
  });

  it('ends a region name where another region begins without a comma', () => {
    expect(read('Kabupaten Sleman Kabupaten Bantul dan')?.text).toBe('Kabupaten Sleman');
    expect(read('Kabupaten Lestari Kota Jati meraih')?.text).toBe('Kabupaten Lestari');
    expect(read('Pemerintah Kota Jati Pemkab Sari meraih')?.text).toBe('Pemerintah Kota Jati');
    expect(read('Pemerintah Kabupaten Lestari meraih')?.text).toBe('Pemerintah Kabupaten Lestari');
    expect(read('Desa Sukamaju Desa Sukajaya meraih')?.text).toBe('Desa Sukamaju');
    expect(read('PT Sinar Jaya PT Bumi Lestari meraih')?.text).toBe('PT Sinar Jaya');
    expect(read('Sinar Mahkota PT Bumi Lestari meraih')?.text).toBe(
      'Sinar Mahkota PT Bumi Lestari',
    );
  });

  it('keeps dotted legal forms, digits and connectors inside names', () => {
    expect(read('PT. Sinar Abadi Regional 8 khusus')?.text).toBe('PT. Sinar Abadi Regional 8');
    expect(read('Batik Indah by Rina Sari sebagai')?.text).toBe('Batik Indah by Rina Sari');
    expect(read('PT Agro Resources and Technology meraih')?.text).toBe(
      'PT Agro Resources and Technology',
    );
    expect(
      read('PT Sinar Agro Resources and Technology Tbk Unit Kalimantan Barat meraih')?.text,
    ).toBe('PT Sinar Agro Resources and Technology Tbk Unit Kalimantan Barat');
    expect(read('Bank bjb yang keluar')?.text).toBe('Bank bjb');
    expect(read('RSUD dr. Soetomo meraih')?.text).toBe('RSUD dr. Soetomo');
    expect(read('PT Sukses Makmur meraih')?.text).toBe('PT Sukses Makmur');
    expect(read('RSUD Dr. R. Sosrodoro meraih')?.text).toBe('RSUD Dr. R. Sosrodoro');
  });

  it('attaches a parenthesis after the name', () => {
    const n = read('Kota Tangerang Selatan (Tangsel) kembali');
    expect(n?.text).toBe('Kota Tangerang Selatan');
    expect(n?.paren).toBe('Tangsel');
  });

  it('ends a company name after its listing mark', () => {
    const s = 'PT Maju Sentosa (Persero) Tbk keluar sebagai juara';
    expect(read(s)).toMatchObject({ text: 'PT Maju Sentosa', paren: 'Persero', end: 29 });
  });

  it('drops a sentence-final period', () => {
    expect(read('dimenangkan oleh Bank Sulteng.', 17)?.text).toBe('Bank Sulteng');
  });

  it('reads a lower-case first word only when allowed', () => {
    expect(read('kalimantan Utara dan')).toBeNull();
    expect(read('kalimantan Utara dan', 0, true)?.text).toBe('kalimantan Utara');
  });

  it('ends a headline\'s name before "Juga"', () => {
    expect(read('UMKM Tenun Ikat Juga Kebagian')?.text).toBe('UMKM Tenun Ikat');
  });

  it('keeps "di" inside a church\'s name whose short form keeps its last word', () => {
    expect(
      read('Sinode Gereja Masehi Injili di Bolaang Mongondow Raya (GMIBM Raya) menerima')?.text,
    ).toBe('Sinode Gereja Masehi Injili di Bolaang Mongondow Raya');
  });
});

describe("readNameAt: a Balinese person's name (written for this test)", () => {
  it('ends an official\'s title and place before "I Nyoman …", not a business named after its owner', () => {
    expect(readNameAt('Perbekel Jatiluwih I Nyoman Artawan Giri mengatakan', 0)?.text).toBe(
      'Perbekel Jatiluwih',
    );
    expect(readNameAt('Kopi Kintamani Ni Luh Sari meraih juara', 0)?.text).toBe(
      'Kopi Kintamani Ni Luh Sari',
    );
  });
});

describe('readNameAt: a place after a company in a headline (written for this test)', () => {
  it('stops before "Peringkat Kedua"', () => {
    expect(readNameAt('PT Gula Manis Lestari Peringkat Kedua Paritrana Jatim', 0)?.text).toBe(
      'PT Gula Manis Lestari',
    );
  });
});

describe("readNameAt: a village enterprise's name (written for this test)", () => {
  it('keeps "Sukses" inside a BUMDes name, as inside a cooperative\'s', () => {
    expect(read('BUMDes Sukses Makmur meraih juara 2')?.text).toBe('BUMDes Sukses Makmur');
    expect(read('Koperasi Sukses Makmur meraih juara 2')?.text).toBe('Koperasi Sukses Makmur');
  });
});
