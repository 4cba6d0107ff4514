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
