import { describe, expect, it } from 'vitest';
import { acronymForm, resolveOrg, withoutTrailingPlace } from './resolve-org.ts';

describe('acronymForm', () => {
  it('writes the short form for the leading words it spells', () => {
    expect(acronymForm('Sekolah Tinggi Ilmu Kesehatan Husada Mandiri', 'STIKES')).toBe(
      'STIKES Husada Mandiri',
    );
    expect(acronymForm('Koperasi Unit Desa Sumber Rejeki', 'KUD')).toBe('KUD Sumber Rejeki');
    expect(acronymForm('Badan Usaha Milik Desa Maju Jaya', 'BUMDes')).toBe('BUMDes Maju Jaya');
    expect(acronymForm('Koperasi Kredit Pohala Mandiri', 'Kopdit')).toBe('Kopdit Pohala Mandiri');
  });

  it('leaves a parenthesis that spells no leading words, or all of them', () => {
    expect(acronymForm('Musi Hutan Lestari', 'MHL')).toBeNull();
    expect(acronymForm('Kedai Kopi Senja', 'Persero')).toBeNull();
  });
});

describe('withoutTrailingPlace', () => {
  it("drops an organisation's village written with its prefix", () => {
    expect(withoutTrailingPlace('BUMDes Tirta Mandiri Desa Ponggok')).toBe('BUMDes Tirta Mandiri');
    expect(withoutTrailingPlace('BUMDes Desa Ponggok')).toBeNull();
  });

  it('drops the place a name ends with, unless only its kind is left', () => {
    expect(withoutTrailingPlace('Hotel Santika Jambi')).toBe('Hotel Santika');
    expect(withoutTrailingPlace('Bank Pembangunan Daerah Jambi')).toBeNull();
    expect(withoutTrailingPlace('Semen Padang')).toBeNull();
  });

  it('drops a regency written with its prefix, unless only its kind is left', () => {
    expect(withoutTrailingPlace('Perumda Air Minum Tirta Jaya Kabupaten Tuban')).toBe(
      'Perumda Air Minum Tirta Jaya',
    );
    expect(withoutTrailingPlace('RSUD Kabupaten Sidoarjo')).toBeNull();
  });
});

describe('resolveOrg', () => {
  it('names a college by its short form and without its town too', () => {
    const who = resolveOrg(
      'Sekolah Tinggi Ilmu Kesehatan Husada Mandiri Jambi',
      'STIKES',
      {},
      true,
    );
    expect(who?.aliases).toEqual(
      expect.arrayContaining(['STIKES Husada Mandiri Jambi', 'STIKES Husada Mandiri']),
    );
    expect(who?.aliases).not.toContain('STIKES');
  });
});

describe('resolveOrg: long legal phrases by their short forms (written for this test)', () => {
  it('names a regional public company "Perumda" and a savings cooperative "KSP"', () => {
    expect(resolveOrg('Perusahaan Umum Daerah Air Minum Tirta Dharma', null, {})?.canonical).toBe(
      'Perumda Air Minum Tirta Dharma',
    );
    expect(resolveOrg('Koperasi Simpan Pinjam Mitra Usaha', null, {})?.canonical).toBe(
      'KSP Mitra Usaha',
    );
  });
});
