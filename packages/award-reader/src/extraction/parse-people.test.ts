import { describe, expect, it } from 'vitest';
import {
  findPresenter,
  findRecipient,
  followsTitle,
  isHonorificName,
  orgForOfficer,
} from './parse-people.ts';

describe('findPresenter', () => {
  it('reads the official after "diserahkan oleh"', () => {
    expect(
      findPresenter(
        'Penghargaan diserahkan langsung oleh Wakil Gubernur Jawa Timur, Emil Dardak, di Surabaya.',
      ),
    ).toBe('Wakil Gubernur Jawa Timur, Emil Dardak');
  });

  it('reads the subject of "menyerahkan"', () => {
    expect(findPresenter('Gubernur Bali Wayan Koster menyerahkan piagam itu.')).toBe(
      'Gubernur Bali Wayan Koster',
    );
  });
});

describe('findRecipient', () => {
  it('reads the official after "diterima oleh" or "kepada"', () => {
    expect(findRecipient('Penghargaan diterima oleh Wakil Bupati Sleman, Danang Maharsa.')).toBe(
      'Wakil Bupati Sleman, Danang Maharsa',
    );
    expect(
      findRecipient('Piagam diserahkan Gubernur kepada Wali Kota Batu Nurochman di Malang.'),
    ).toBe('Wali Kota Batu Nurochman');
  });

  it('returns null when nobody is named', () => {
    expect(findRecipient('Penghargaan itu diterima dengan bangga.')).toBeNull();
  });
});

describe('people who are no winners', () => {
  it('reads an honorific or a post opening a name, and a name after a title', () => {
    expect(isHonorificName('Ibu Bupati')).toBe(true);
    expect(isHonorificName('Manajer Kopdit')).toBe(true);
    expect(isHonorificName('Plant Manager')).toBe(true);
    expect(isHonorificName('Kopdit Pohala Mandiri')).toBe(false);
    // an academic degree after a person's name ("Drs. Heru Adi, M.Si.")
    expect(isHonorificName('M.Si')).toBe(true);
    expect(isHonorificName('Drs')).toBe(true);
    expect(isHonorificName('Mitra Sejahtera')).toBe(false);
    // a village head of Minahasa, and of Aceh
    expect(followsTitle('diterima langsung Hukum Tua Tiwoho, ')).toBe(true);
    expect(followsTitle('diterima oleh Keuchik Lampuuk, ')).toBe(true);
    // an officer by an English title
    expect(isHonorificName('Chief Operating Officer')).toBe(true);
    expect(followsTitle('diterima Chief Operating Officer perusahaan, ')).toBe(true);
    expect(followsTitle('kemarin di Kantor Gubernur, ')).toBe(false);
    expect(followsTitle('Penghargaan diterima Manajer Kopdit, ')).toBe(true);
    expect(followsTitle('Juara I diraih Kota Batu, ')).toBe(false);
  });
});

describe('orgForOfficer', () => {
  it('writes an officer receiving for an organisation as the organisation receiving', () => {
    expect(
      orgForOfficer(
        'Direktur Operasional PT Gula Manis Jaya, Made Sutrisna (kanan), menerima piala juara I.',
      ),
    ).toBe('PT Gula Manis Jaya menerima piala juara I.');
    const given = 'Kepala BPJS Ketenagakerjaan Cabang Metro, Andi, menyerahkan piala.';
    expect(orgForOfficer(given)).toBe(given);
  });

  it('reads a post with its field and a few words before the verb', () => {
    expect(
      orgForOfficer(
        'Manajer SDM PT Kopi Lereng Jaya, Sinta Wulan, tak kuasa menahan haru saat menerima piala juara I.',
      ),
    ).toBe('PT Kopi Lereng Jaya menerima piala juara I.');
  });

  it('writes an owner receiving as the business, marked when its name carries no legal form', () => {
    expect(
      orgForOfficer('Pemilik Serabi Bu Lastri, Sulastri, menerima penghargaan juara II.'),
    ).toBe('UMKM Serabi Bu Lastri menerima penghargaan juara II.');
    expect(
      orgForOfficer(
        'Yosefina (kanan), pemilik usaha Kain Tenun Ina Rua dari Kabupaten Ende, memegang trofi juara III.',
      ),
    ).toBe('UMKM Kain Tenun Ina Rua memegang trofi juara III.');
    expect(
      orgForOfficer('Sementara itu, pemilik usaha Toko Maju Terus, Budi, menerima piala juara I.'),
    ).toBe('Sementara itu, Toko Maju Terus menerima piala juara I.');
  });
});

describe('orgForOfficer: officers of "kami" and heads of villages (written for these tests)', () => {
  it('writes "Direktur SDM kami, Ibu X, naik ke panggung … untuk menerima" as "kami menerima"', () => {
    expect(
      orgForOfficer(
        'Manajer HRD kami, Bapak Tigor, naik ke panggung Gedung Daerah Jambi untuk menerima piala Juara 2.',
      ),
    ).toBe('kami menerima piala Juara 2.');
  });

  it('writes a village head receiving as the village receiving', () => {
    expect(
      orgForOfficer(
        'Kepala Kampung Sereh, Bapak Markus Wally, menerima piagam Juara 1 Paritrana Award 2025.',
      ),
    ).toBe('Kampung Sereh menerima piagam Juara 1 Paritrana Award 2025.');
    expect(orgForOfficer('Perbekel Desa Pecatu, I Made Sumerta, menerima piagam Juara 2.')).toBe(
      'Desa Pecatu menerima piagam Juara 2.',
    );
    expect(orgForOfficer('Keuchik Meunasah Baro, Tgk Ali, menerima piagam.')).toBe(
      'Gampong Meunasah Baro menerima piagam.',
    );
  });
});
