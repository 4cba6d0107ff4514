import { describe, expect, it } from 'vitest';
import { AwardRef, attributeAwards, namedAward } from './attribute-award.ts';
import { splitSentences } from './split-sentences.ts';

const about = (text: string) => attributeAwards(splitSentences({ text }));

describe('namedAward', () => {
  it('takes an award BPJS Ketenagakerjaan gives with the province for Paritrana', () => {
    expect(
      namedAward(
        'kota lestari menerima anugerah jamsostek 2025 dari bpjs ketenagakerjaan dan pemprov jati',
      ),
    ).toBe('paritrana');
    expect(
      namedAward(
        'bpjs ketenagakerjaan bersama pemerintah provinsi jati memberikan penghargaan kepada lima daerah',
      ),
    ).toBe('paritrana');
    expect(
      namedAward(
        'pemerintah provinsi jati bersama bpjs ketenagakerjaan menyerahkan penghargaan kepada lima daerah',
      ),
    ).toBe('paritrana');
    expect(
      namedAward(
        'bpjamsostek memberikan penghargaan perlindungan jaminan sosial ketenagakerjaan kepada kabupaten jati',
      ),
    ).toBe('paritrana');
    expect(
      namedAward(
        'bpjs ketenagakerjaan cabang jati memberikan penghargaan kepatuhan kepada pt maju',
      ),
    ).toBeNull();
    // a city's own award, or the agency alone, is not it
    expect(
      namedAward('tiga perusahaan menerima penghargaan jamsostek dari dinas ketenagakerjaan'),
    ).toBeNull();
    expect(
      namedAward('bpjs ketenagakerjaan memberikan penghargaan kepada perusahaan tertib iuran'),
    ).toBeNull();
  });

  it('reads the generic name given by BPJS Kesehatan or beside another award as that award', () => {
    expect(namedAward('pemkab sumbawa terima penghargaan jaminan sosial dari bpjs kesehatan')).toBe(
      'other',
    );
    expect(namedAward('penghargaan jaminan sosial satya jkn diserahkan bupati')).toBe('other');
    expect(namedAward('penghargaan jaminan sosial ketenagakerjaan diserahkan gubernur')).toBe(
      'paritrana',
    );
  });

  it('knows Paritrana under its spellings and its official name', () => {
    expect(namedAward('panitia paritranas award 2023')).toBe('paritrana');
    expect(namedAward('#paritranaaward2025')).toBe('paritrana');
    expect(namedAward('penganugerahan penghargaan jaminan sosial ketenagakerjaan')).toBe(
      'paritrana',
    );
  });

  it('knows the official name described ("penghargaan tertinggi di bidang …")', () => {
    expect(
      namedAward('penghargaan tertinggi di bidang jaminan sosial ketenagakerjaan itu diserahkan'),
    ).toBe('paritrana');
    expect(
      namedAward('meraih anugerah nasional perlindungan jaminan sosial ketenagakerjaan 2022'),
    ).toBe('paritrana');
  });

  it('knows other awards, but not a coverage target that shares their letters', () => {
    expect(namedAward('meraih uhc award 2024')).toBe('other');
    expect(namedAward('predikat kla nindya')).toBe('other');
    expect(namedAward('target uhc jaminan sosial ketenagakerjaan')).toBeNull();
  });

  it('reads Paritrana named only to set another award apart as that other award', () => {
    expect(namedAward('penghargaan ini berbeda dari paritrana award.')).toBe('other');
    expect(
      namedAward('penghargaan k3 ini berbeda dari penghargaan jaminan sosial ketenagakerjaan.'),
    ).toBe('other');
    expect(namedAward('ia penerima paritrana award, namun kali ini penilaiannya berbeda.')).toBe(
      'other',
    );
  });
});

describe('attributeAwards', () => {
  it('carries the last award named to the sentences after it', () => {
    const text =
      'Kota Sukamaju meraih Adipura. Penghargaan tersebut diserahkan menteri. ' +
      'Kota Sukamaju juga meraih Paritrana Award. Penghargaan diterima wali kota.';
    expect(about(text)).toEqual(['other', 'other', 'paritrana', 'paritrana']);
  });

  it('carries further in a story about Paritrana alone', () => {
    const lines = ['Paritrana Award kembali digelar tahun ini di Sukamaju.'];
    lines.push(...Array.from({ length: 9 }, (_, i) => `Kalimat isi nomor ${i + 1} tanpa nama.`));
    const refs = about(lines.join('\n'));
    expect(refs.slice(0, 8).every((ref) => ref === 'paritrana')).toBe(true);
    expect(refs.slice(8)).toEqual(['none', 'none']);
  });
});

describe('namedAward: an award named in quotes', () => {
  it('reads a quoted award that is not Paritrana as another award', () => {
    expect(
      namedAward(
        'bpjs ketenagakerjaan kantor cabang bekasi memberikan penghargaan "mitra tertib jamsostek 2025" kepada 25 perusahaan.',
      ),
    ).toBe('other');
    expect(namedAward('kota x menerima penghargaan "paritrana award 2025".')).toBe('paritrana');
  });
});

describe('namedAward: other contests', () => {
  it('reads a "Lomba …" and a "Kompetisi Inovasi …" as another award', () => {
    expect(namedAward('juara i lomba kampung kb tingkat provinsi untuk desa cibeureum.')).toBe(
      AwardRef.Other,
    );
    expect(namedAward('top 45 kompetisi inovasi pelayanan publik 2025.')).toBe(AwardRef.Other);
  });
});

describe('attributeAwards: the award named late', () => {
  const story = (last: string) =>
    about(
      [
        'Kota Jati Raih Peringkat Pertama',
        'Kota Jati meraih peringkat pertama kategori pemerintah kabupaten/kota tingkat provinsi.',
        'Penghargaan diserahkan Gubernur di gedung negara, Senin (4/8/2025).',
        'Wali Kota mengatakan 20 ribu pekerja rentan sudah terlindungi.',
        '"Kami berterima kasih kepada semua camat," katanya.',
        'Ia berharap desa-desa ikut menganggarkan iuran.',
        last,
      ].join(' '),
    );
  it('carries a late name that points back at the award over the whole story', () => {
    expect(story('Ajang itu adalah Paritrana Award tingkat provinsi tahun 2025.')[1]).toBe(
      AwardRef.Paritrana,
    );
  });
  it('reaches a win told many sentences before the late name', () => {
    const far = about(
      [
        'Pembatik Pulang Bawa Piala',
        'Ia pulang membawa piala juara pertama dari Gubernur.',
        'Usahanya dinilai paling patuh.',
        'Seluruh pembatiknya terdaftar.',
        '"Dulu ada pembatik yang terluka," katanya.',
        '"Sejak itu saya daftarkan semua," ujarnya.',
        'Ia berterima kasih kepada dinas.',
        'Penghargaan kepatuhan itu, yang bernama Paritrana Award, diserahkan Pemprov.',
      ].join(' '),
    );
    expect(far[1]).toBe(AwardRef.Paritrana);
  });
  it('carries a late credit for the award to a winner ("Selamat … atas Paritrana Award")', () => {
    expect(story('"Selamat untuk Pemkot Jati atas Paritrana Award 2025," ucapnya.')[1]).toBe(
      AwardRef.Paritrana,
    );
  });
  it('but not a late name that points at a time ("piagam hari ini")', () => {
    expect(
      story(
        'Ia berharap perusahaan yang menerima piagam hari ini bisa ikut Paritrana Award tahun depan.',
      )[1],
    ).toBe(AwardRef.None);
  });
  it('but not a late name that points at nothing', () => {
    expect(story('Kota Jati juga berencana ikut Paritrana Award tahun depan.')[1]).toBe(
      AwardRef.None,
    );
  });
});

describe('namedAward: Paritrana named to set another award apart (written for this test)', () => {
  it('reads "Di luar Paritrana, …" and "Selain Paritrana Award, …" as the other award', () => {
    expect(
      namedAward('di luar paritrana, kaltara tahun ini menerima uhc award dan anugerah pangripta.'),
    ).toBe(AwardRef.Other);
    expect(namedAward('selain paritrana award, kota x juga meraih penghargaan iga.')).toBe(
      AwardRef.Other,
    );
    expect(namedAward('selain meraih paritrana award, kota x juga menerima penghargaan iga.')).toBe(
      AwardRef.Paritrana,
    );
  });
});

describe('namedAward: the award by another name, given jointly (written for this test)', () => {
  it('reads an "award jamsostek" or a trophy the governor and BPJS Ketenagakerjaan hand over as Paritrana', () => {
    expect(
      namedAward(
        'gubernur jambi menyerahkan award jamsostek bersama bpjs ketenagakerjaan kepada kabupaten tebo.',
      ),
    ).toBe(AwardRef.Paritrana);
    expect(
      namedAward(
        'trofi diserahkan gubernur bengkulu didampingi kepala bpjs ketenagakerjaan wilayah sumbagsel.',
      ),
    ).toBe(AwardRef.Paritrana);
    expect(namedAward('trofi diserahkan kepala bpjs ketenagakerjaan cabang bengkulu.')).toBeNull();
  });
});
