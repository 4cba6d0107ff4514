import { describe, expect, it } from 'vitest';
import { resolveName } from './resolve-name.ts';

const who = (name: string, paren: string | null = null, hints = {}) =>
  resolveName(name, paren, hints);

describe('resolveName: regions', () => {
  it('resolves government prefixes and short forms to canonical regions', () => {
    expect(who('Pemkab Sleman')).toMatchObject({
      canonical: 'Kabupaten Sleman',
      type: 'kabupaten',
      regionCode: '34.04',
    });
    expect(who('Pemerintah Provinsi Jatim')).toMatchObject({ canonical: 'Provinsi Jawa Timur' });
    expect(who('Kab. Sleman')?.regionCode).toBe('34.04');
    expect(who('Pemko Batam')?.canonical).toBe('Kota Batam');
  });

  it('reads nicknames and abbreviations from the alias table', () => {
    expect(who('Kota Taman')?.canonical).toBe('Kota Bontang');
    expect(who('Tangsel')?.canonical).toBe('Kota Tangerang Selatan');
    expect(who('Tala')?.canonical).toBe('Kabupaten Tanah Laut');
    expect(who('Pemkab Polman')?.canonical).toBe('Kabupaten Polewali Mandar');
    expect(who('Sitaro')?.canonical).toBe('Kabupaten Kepulauan Siau Tagulandang Biaro');
    // (a short form with its direction written apart: "OKU Timur", not "OKU" and a word)
    expect(who('OKU Timur')?.canonical).toBe('Kabupaten Ogan Komering Ulu Timur');
    expect(who('Kabupaten OKU Selatan')?.canonical).toBe('Kabupaten Ogan Komering Ulu Selatan');
    // (cities' nicknames)
    expect(who('Kota Minyak')?.canonical).toBe('Kota Balikpapan');
    expect(who('Kota Bahari')?.canonical).toBe('Kota Tegal');
  });

  it('keeps the longest regency at the start of a longer name', () => {
    expect(who('Kabupaten Sidoarjo Budi Santoso')?.canonical).toBe('Kabupaten Sidoarjo');
  });

  it('maps an official to the region he heads', () => {
    expect(who('Bupati Sleman Harda Kiswaya')?.canonical).toBe('Kabupaten Sleman');
    expect(who('Gubernur Budi')).toBeNull();
    expect(who('Kuwu Karangsong')?.canonical).toBe('Desa Karangsong');
    expect(who('Pembakal Mandiangin Timur')?.canonical).toBe('Desa Mandiangin Timur');
    expect(who('Datuk Penghulu Bagan Jawa Pesisir')?.aliases).toContain('Desa Bagan Jawa Pesisir');
    expect(who('Kepala Desa Arjasari', null, { place: 'Kabupaten Bandung' })).toMatchObject({
      canonical: 'Desa Arjasari',
      regionCode: '32.04.16.2001',
    });
  });

  it('reads a bare name as a province first, as a regency under a kab/kota hint', () => {
    expect(who('Jambi')?.canonical).toBe('Provinsi Jambi');
    expect(who('Jambi', null, { typeHint: 'kota' })?.canonical).toBe('Kota Jambi');
  });

  it('rejects a bare prefix', () => {
    expect(who('Pemkab')).toBeNull();
    expect(who('Kabupaten Kota')).toBeNull();
  });
});

describe('resolveName: misspelt regions', () => {
  it('corrects a prefixed regency or city a letter or two off, and nothing farther', () => {
    expect(resolveName('Kabupaten Pasuruhan', null)?.regionCode).toBe('35.14');
    expect(resolveName('Kota Tanggerang', null)?.canonical).toBe('Kota Tangerang');
    expect(resolveName('Kabupaten Maluku Tenggah', null)?.canonical).toBe(
      'Kabupaten Maluku Tengah',
    );
    expect(resolveName('Kabupaten Sehat', null)?.regionCode ?? null).toBeNull();
    // a rank after a prefix is no place
    expect(resolveName('Provinsi Ketiga', null)).toBeNull();
  });
});

describe('resolveName: a bare name of both a regency and a city', () => {
  it('takes the one the article names with its prefix, else the regency', () => {
    expect(resolveName('Probolinggo', null, { regencyCodes: ['35.74'] })?.canonical).toBe(
      'Kota Probolinggo',
    );
    expect(resolveName('Probolinggo', null)?.canonical).toBe('Kabupaten Probolinggo');
  });
});

describe('resolveName: villages and companies', () => {
  it('finds a village through the regency the text names', () => {
    expect(who('Desa Arjasari', null, { place: 'Kabupaten Bandung' })).toMatchObject({
      canonical: 'Desa Arjasari',
      regionCode: '32.04.16.2001',
      regionParent: 'Kabupaten Bandung',
    });
    expect(who('Gampong Lamreh')?.canonical).toBe('Gampong Lamreh');
    expect(who('Kalurahan Sukamaju')).toMatchObject({ canonical: 'Desa Sukamaju', type: 'desa' });
    expect(who('Ohoi Sukamaju')).toMatchObject({ canonical: 'Desa Sukamaju', type: 'desa' });
    expect(who('Kades Arjasari', null, { place: 'Kabupaten Bandung' })?.regionCode).toBe(
      '32.04.16.2001',
    );
  });

  it("reads villages by their local words and heads, and a regency run into a village's name", () => {
    expect(who('Negeri Tawiri')).toMatchObject({ canonical: 'Negeri Tawiri', type: 'desa' });
    expect(who('Negeri Tawiri')?.aliases).toContain('Desa Tawiri');
    expect(who('Lembang Sapan Kua-kua')?.canonical).toBe('Lembang Sapan Kua-kua');
    expect(who('Wali Nagari Tiku Selatan')?.canonical).toBe('Nagari Tiku Selatan');
    expect(who('Peratin Way Suluh')?.canonical).toBe('Pekon Way Suluh');
    expect(who('Nagari Batu Taba Agam')).toMatchObject({
      canonical: 'Nagari Batu Taba',
      regionParent: 'Kabupaten Agam',
    });
  });

  it('keeps a bare regency a regency under a village category when no village has its name', () => {
    expect(who('Lhokseumawe', null, { typeHint: 'desa' })).toMatchObject({
      canonical: 'Kota Lhokseumawe',
      type: 'kota',
    });
    expect(who('Arjasari', null, { typeHint: 'desa', place: 'Kabupaten Bandung' })).toMatchObject({
      canonical: 'Desa Arjasari',
      regionCode: '32.04.16.2001',
    });
  });

  it('drops the kind of village before its name', () => {
    expect(who('Desa Wisata Arjasari', null, { place: 'Kabupaten Bandung' })).toMatchObject({
      canonical: 'Desa Arjasari',
      regionCode: '32.04.16.2001',
    });
  });

  it('places a village by a prefixed regency in its parenthesis', () => {
    expect(who('Desa Arjasari', 'Kabupaten Bandung')?.regionCode).toBe('32.04.16.2001');
    expect(who('Desa Arjasari', 'Kecamatan Arjasari, Kabupaten Bandung')?.regionCode).toBe(
      '32.04.16.2001',
    );
  });

  it('finds a village through its province when the name is unique there', () => {
    expect(who('Gampong Lamreh', null, { place: 'Aceh' })?.regionCode).toBe('11.06.09.2005');
    expect(who('Desa Sukamulya', null, { place: 'Jawa Barat' })?.regionCode).toBeNull();
    expect(who('Desa Ponggok', null, { villageProvince: '33' })?.regionCode).toBe('33.10.17.2011');
  });

  it('knows clinics, hospitals, trading firms, credit unions and village credit bodies as companies', () => {
    expect(who('Klinik Sehat Sentosa')?.type).toBe('badan_usaha');
    expect(who('UD Sumber Rejeki')).toMatchObject({
      canonical: 'Sumber Rejeki',
      type: 'badan_usaha',
    });
    expect(who('LPD Desa Adat Kedonganan')?.type).toBe('badan_usaha');
    expect(who('RSIA Bunda Sehat')?.type).toBe('badan_usaha');
  });

  it('reads a two-word title heading no known region as no winner', () => {
    expect(who('Wali Kota Gelar Syukuran')).toBeNull();
  });

  it('drops legal forms from company names and keeps the parenthesis as an alias', () => {
    expect(who('PT Maju Sentosa Tbk')).toMatchObject({
      canonical: 'Maju Sentosa',
      type: 'badan_usaha',
    });
    expect(who('PT Cahaya Timur', 'CTI')?.aliases).toContain('CTI');
    expect(who('PT Maju Tambang Tbk Unit Bauksit')?.canonical).toBe('Maju Tambang Unit Bauksit');
    expect(who('UKM Kopi Senja')).toMatchObject({ canonical: 'Kopi Senja', type: 'umkm' });
  });

  it("reads a region in a company's parenthesis as its place, not an alias", () => {
    expect(who('PT Semen Padang', 'Kota Padang')).toMatchObject({
      winner: 'PT Semen Padang (Kota Padang)',
      aliases: [],
      regionParent: 'Kota Padang',
    });
  });

  it('uses the short form of long legal phrases', () => {
    expect(who('Bank Perkreditan Rakyat Sinar')?.canonical).toBe('BPR Sinar');
    expect(who('Rumah Sakit Sehat Sentosa')).toMatchObject({
      canonical: 'RS Sehat Sentosa',
      aliases: ['Rumah Sakit Sehat Sentosa'],
    });
  });

  it('types an unmarked name by the category hint', () => {
    expect(who('Kopi Senja', null, { typeHint: 'umkm' })?.type).toBe('umkm');
    expect(who('Maju Karya')?.type).toBe('badan_usaha');
  });
});

describe('resolveName: regional banks', () => {
  it("gives a regional bank the names of its region's short forms", () => {
    const long = who('PT Bank Pembangunan Daerah Jawa Timur');
    expect(long?.canonical).toBe('BPD Jawa Timur');
    expect(long?.aliases).toEqual(expect.arrayContaining(['Bank Jatim', 'Bank Jawa Timur']));
    expect(who('Bank Jatim')?.aliases).toEqual(expect.arrayContaining(['BPD Jawa Timur']));
    expect(who('Bank Mandiri')?.aliases ?? []).not.toContain('BPD Mandiri');
    expect(who('PT Bank Pembangunan Daerah Lestari Syariah')?.aliases).toContain(
      'Bank Lestari Syariah',
    );
  });
});

describe('resolveName: labour agencies', () => {
  it('gives an agency its short form, with and without the region prefix', () => {
    expect(who('Dinas Tenaga Kerja Kota Lestari')?.aliases).toEqual(
      expect.arrayContaining(['Disnaker Kota Lestari', 'Disnaker Lestari']),
    );
    expect(who('Disnaker Lestari', null, { typeHint: 'badan_usaha' })?.aliases ?? []).toEqual(
      expect.arrayContaining(['Dinas Tenaga Kerja Lestari']),
    );
  });
});

describe('resolveName: a restaurant by its long and its short form (written for this test)', () => {
  it('reads "Rumah Makan X" and "RM X" as one winner', () => {
    const long = resolveName('Rumah Makan Pondok Bahari Kendari', null);
    const short = resolveName('RM Pondok Bahari Kendari', null);
    expect(long?.canonical).toBe(short?.canonical);
  });
});

describe('resolveName: a kind of village, an ordinal (written for this test)', () => {
  it("resolves no event programme's item or card field (written for this test)", () => {
    expect(resolveName('Sambutan Gubernur Lampung', null)).toBeNull();
    expect(resolveName('Pembukaan', null)).toBeNull();
    expect(resolveName('Agenda 2', null)).toBeNull();
    expect(resolveName('Tempat', null)).toBeNull();
    expect(resolveName('Tahap Provinsi', null)).toBeNull();
    expect(resolveName('Peserta', null)).toBeNull();
    expect(resolveName('Kab/Kota', null)).toBeNull();
    expect(resolveName('No', null)).toBeNull();
    expect(resolveName('Asal', null)).toBeNull();
    expect(resolveName('Kabupaten Lampung Selatan', null)?.canonical).toBe(
      'Kabupaten Lampung Selatan',
    );
  });

  it('resolves no "Desa Kecil" or "Desa Terpencil", but a village whose name goes on', () => {
    expect(resolveName('Desa Kecil', null)).toBeNull();
    expect(resolveName('Desa Terpencil', null)).toBeNull();
    expect(resolveName('Desa Kecil Baru', null)?.canonical).toBe('Desa Kecil Baru');
    // (nor is an ordinal counting the story's items anyone, whatever the category)
    expect(resolveName('Pertama', null, { typeHint: 'badan_usaha' })).toBeNull();
  });
});
