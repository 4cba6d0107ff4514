import { describe, expect, it } from 'vitest';
import { readPageComments } from './page-comments.ts';

// (written for these tests)
const raw = [
  'Selamat! pemkab sumedang raih juara 2 paritrana award 2025 tk. jabar.',
  '💬 Euis Nurhayati: juara 1 na saha kang?',
  '   ↳ Admin Info Sumedang: kab. subang kang',
  '💬 Dadan Ramdani: mantap pisan',
];
// (as cleaning leaves them: the marks gone)
const cleaned = raw.map((r) => r.replace(/^\s*(?:💬|↳)\s*/u, ''));

describe('readPageComments', () => {
  it("takes each comment's writer off, so the name is no winner", () => {
    expect(readPageComments(cleaned, raw)[3]).toBe('mantap pisan');
  });

  it("writes the reply to a question after a place's holder as that place's holder", () => {
    const out = readPageComments(cleaned, raw);
    expect(out[1]).toBe('');
    expect(out[2]).toBe('juara 1: kab. subang kang');
  });

  it('leaves a page without comments, and a label that names a region, as written', () => {
    const story = ['Kota Banjar: juara 1 Paritrana Award 2025.'];
    expect(readPageComments(story, story)).toEqual(story);
    const region = ['💬 Kab. Ciamis: juara 2'];
    expect(readPageComments(['Kab. Ciamis: juara 2'], region)).toEqual(['Kab. Ciamis: juara 2']);
  });
});

describe('readPageComments: a chat log with no marks (written for this test)', () => {
  it("takes each message's writer off, but not a list's or a decree's label", () => {
    const log = [
      'Rina Safitri: paritrana sumbar 2026 udah keluar?',
      '[09.12] Pak Anwar: udah bu',
      'Uni Rahma: juara 3 bang, juara 1 nya kota solok',
      'Kategori Desa: Desa Koto Baru juara 1',
    ];
    const out = readPageComments(log, log);
    expect(out.slice(0, 3)).toEqual([
      'paritrana sumbar 2026 udah keluar?',
      'udah bu',
      'juara 3 bang, juara 1 nya kota solok',
    ]);
    expect(out[3]).toBe(log[3]);
    const two = log.slice(0, 2);
    expect(readPageComments(two, two)).toEqual(two);
    const decree = ['Menimbang: a. bahwa …', 'Mengingat: 1. Undang-Undang …', 'Memutuskan: …'];
    expect(readPageComments(decree, decree)).toEqual(decree);
  });
});

describe("readPageComments: a question after a holder's place, and a numbered answer (written for this test)", () => {
  it('writes the answer "juara 1 …" as the holder\'s, and a list answering "siapa" as places', () => {
    const log = [
      'wiwik_boyolali: lur, kab boyolali juara brp?',
      'Mas.Joko: juara 1 lur, kategori pemkab',
      'Nur Aini: mantap',
    ];
    expect(readPageComments(log, log)).toEqual([
      'lur,',
      'kab boyolali juara 1 lur, kategori pemkab',
      'mantap',
    ]);
    const unanswered = ['Andi: seluma jd juara brp?', 'Budi: gak tau', 'Cici: sama'];
    expect(readPageComments(unanswered, unanswered)[0]).toBe('');
    const listed = [
      'Heru: yg juara 1 paritrana jatim kab/kota siapa ya?',
      'Ratna: 1. Gresik 2. Lamongan 3. Sidoarjo',
      'Heru: siap, trims',
    ];
    expect(readPageComments(listed, listed)[1]).toBe(
      'juara 1 Gresik juara 2 Lamongan juara 3 Sidoarjo',
    );
  });
});

describe('readPageComments: an exported chat, its list under a heading message (written for this test)', () => {
  it('knows "05/12/26 10.11 - Name:" and "[10/12/25 15.22] Name:" stamps and ranks the numbered list', () => {
    const raw = [
      '07/11/26 09.40 - Sari Dinsos: pagi semua',
      '07/11/26 09.41 - Sari Dinsos: hasil paritrana jambi 2026 kab/kota:',
      '1. Kab. Bungo',
      '2. Kota Sungai Penuh',
      '3. Kab. Kerinci',
      '07/11/26 09.43 - Toni Humas: siap bu',
    ];
    // (the cleaned sentences: stamps and list numbers taken off)
    const texts = [
      'Sari Dinsos: pagi semua',
      'Sari Dinsos: hasil paritrana jambi 2026 kab/kota:',
      'Kab. Bungo',
      'Kota Sungai Penuh',
      'Kab. Kerinci',
      'Toni Humas: siap bu',
    ];
    expect(readPageComments(texts, raw)).toEqual([
      'pagi semua',
      'hasil paritrana jambi 2026 kab/kota:',
      'juara 1 Kab. Bungo',
      'juara 2 Kota Sungai Penuh',
      'juara 3 Kab. Kerinci',
      'siap bu',
    ]);
    const telegram = [
      '[03/12/25 20.01] Wulan: paritrana kaltara 2025 kategori desa:',
      '1. Desa Sebuku',
      '2. Desa Tanjung Palas',
      '[03/12/25 20.05] Rio: mantap',
      '[03/12/25 20.06] Wulan: makasih',
    ];
    const cleaned = [
      'Wulan: paritrana kaltara 2025 kategori desa:',
      'Desa Sebuku',
      'Desa Tanjung Palas',
      'Rio: mantap',
      'Wulan: makasih',
    ];
    expect(readPageComments(cleaned, telegram).slice(0, 3)).toEqual([
      'paritrana kaltara 2025 kategori desa:',
      'juara 1 Desa Sebuku',
      'juara 2 Desa Tanjung Palas',
    ]);
  });

  it('leaves a list of nominees, and a list not numbered from 1, unranked', () => {
    const raw = [
      '07/11/26 09.41 - Sari Dinsos: nominasi paritrana jambi kab/kota:',
      '1. Kab. Bungo',
      '07/11/26 09.43 - Toni Humas: siap bu',
      '07/11/26 09.44 - Sari Dinsos: hasil paritrana jambi:',
      '2. Kab. Kerinci',
    ];
    const texts = [
      'Sari Dinsos: nominasi paritrana jambi kab/kota:',
      'Kab. Bungo',
      'Toni Humas: siap bu',
      'Sari Dinsos: hasil paritrana jambi:',
      'Kab. Kerinci',
    ];
    const out = readPageComments(texts, raw);
    expect(out[1]).toBe('Kab. Bungo');
    expect(out[4]).toBe('Kab. Kerinci');
  });
});
