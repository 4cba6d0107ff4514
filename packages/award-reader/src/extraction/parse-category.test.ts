import { describe, expect, it } from 'vitest';
import {
  categoryBefore,
  defaultCategory,
  parseCategory,
  typeOfCategory,
} from './parse-category.ts';

describe('parseCategory', () => {
  it('reads "kategori X" up to a level or verb word', () => {
    expect(parseCategory('meraih juara 1 kategori Pemerintah Kabupaten/Kota se-Jatim')).toBe(
      'Pemerintah Kabupaten/Kota',
    );
    expect(parseCategory('sebagai juara II kategori sektor keuangan, dan')).toBe('Sektor Keuangan');
    expect(parseCategory('Kategori UMKM menjadi yang paling ditunggu')).toBe('UMKM');
    expect(parseCategory('Kategori badan usaha dijuarai oleh KSP Lestari')).toBe('Badan Usaha');
    expect(parseCategory('Kategori pemerintah desa melalui Desa Jati')).toBe('Pemerintah Desa');
    expect(parseCategory('kategori pemerintah kabupaten/kota setelah Kota Jati')).toBe(
      'Pemerintah Kabupaten/Kota',
    );
  });

  it('reads a sector header before a passive verb', () => {
    expect(parseCategory('Sektor perdagangan dan jasa diraih oleh PT Maju')).toBe(
      'Sektor Perdagangan dan Jasa',
    );
  });

  it('keeps the size class with its sector and stops at a rank', () => {
    expect(parseCategory('Untuk badan usaha besar sektor perkebunan, terbaik pertama diraih')).toBe(
      'Badan Usaha Besar Sektor Perkebunan',
    );
    expect(parseCategory('kategori desa dimenangi Desa Sukamaju')).toBe('Desa');
  });

  it('reads the small-business category named without "kategori"', () => {
    expect(parseCategory('Untuk UMKM, juara 1 diraih Bolu Ayu.')).toBe('UMKM');
    expect(parseCategory('Untuk badan usaha menengah, terbaik I diraih RS Ayu.')).toBe(
      'Badan Usaha Menengah',
    );
    expect(parseCategory('bagi usaha kecil dan mikro, juara 1 diraih')).toBe(
      'Usaha Kecil dan Mikro',
    );
  });

  it('reads a special title', () => {
    expect(parseCategory('sebagai Provinsi Terbaik Inovasi Zona Jawa karena')).toBe(
      'Provinsi Terbaik Inovasi Zona Jawa',
    );
    expect(
      parseCategory('dinobatkan sebagai kabupaten terbaik pertama dalam ajang itu'),
    ).toBeNull();
  });
});

describe('parseCategory: a title that runs on into the award', () => {
  it('reads no category from "sebagai desa terbaik nasional Paritrana Award 2022"', () => {
    expect(
      parseCategory('dinobatkan sebagai desa terbaik nasional Paritrana Award 2022'),
    ).toBeNull();
    expect(parseCategory('sebagai kota terbaik peduli pekerja rentan')).toBe(
      'Kota Terbaik Peduli Pekerja Rentan',
    );
  });
});

describe('categoryBefore', () => {
  it('takes the category named last before a winner when a sentence names several', () => {
    const s =
      'Kategori badan usaha besar diraih PT Antam, sedangkan kategori UMKM diraih Kopi A dan Tenun B.';
    expect(categoryBefore(s, s.indexOf('Tenun'))).toBe('UMKM');
    expect(categoryBefore(s, s.indexOf('PT Antam'))).toBe('Badan Usaha Besar');
    expect(categoryBefore('Kategori UMKM diraih Kopi A dan Tenun B.', 30)).toBeNull();
  });
});

describe('typeOfCategory', () => {
  it('maps categories to winner types', () => {
    expect(typeOfCategory('Pemerintah Desa/Kelurahan')).toBe('desa');
    expect(typeOfCategory('Usaha Kecil Mikro (UKM)')).toBe('umkm');
    expect(typeOfCategory('Pemerintah Daerah')).toBe('kabupaten');
    expect(typeOfCategory('Sektor Keuangan')).toBe('badan_usaha');
    expect(typeOfCategory('Badan Usaha Kecil')).toBe('badan_usaha');
    expect(defaultCategory('kota')).toBe('Pemerintah Kabupaten/Kota');
  });
});

describe('parseCategory: a holder after the category (written for this test)', () => {
  it('ends the category before "kini dipegang"', () => {
    expect(
      parseCategory('Gelar juara I kategori Pemerintah Kabupaten/Kota kini dipegang Kota Tarakan.'),
    ).toBe('Pemerintah Kabupaten/Kota');
  });
});

describe("parseCategory: a chat's time words after the category (written for this test)", () => {
  it('ends the category before "barusan diumumin"', () => {
    expect(parseCategory('hasil paritrana kategori kab/kota barusan diumumin di surabaya')).toBe(
      'Kab/Kota',
    );
  });
});

describe('parseCategory: a chat names its winner after the category (written for this test)', () => {
  it('leaves the region and the chat words off, not a zone', () => {
    expect(parseCategory('kategori kabupaten/kota Takalar juara 1 ki')).toBe(
      'Pemerintah Kabupaten/Kota',
    );
    expect(parseCategory('kategori desa kalo gak salah yg menang desa sukamaju')).toBe('Desa');
    expect(parseCategory('Kategori Provinsi Zona Jawa Bali')).toBe('Provinsi Zona Jawa Bali');
  });
});

describe('parseCategory: the field the award is given in (written for this test)', () => {
  it('reads no category in "di sektor ketenagakerjaan", and a sector that is one', () => {
    expect(
      parseCategory('Di sektor ketenagakerjaan, Gowa tercatat sebagai peraih peringkat kedua.'),
    ).toBeNull();
    expect(parseCategory('Terbaik I sektor perkebunan diraih PT Sawit Makmur.')).toBe(
      'Sektor Perkebunan',
    );
  });
});
