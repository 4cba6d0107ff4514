import { describe, expect, it } from 'vitest';
import { splitSentences } from './split-sentences.ts';

describe('splitSentences', () => {
  it('splits at sentence ends and keeps offsets into the text', () => {
    const text =
      'Kota Malang meraih juara 1. Penghargaan diserahkan Gubernur.\nAcara berlangsung meriah.';
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.text)).toEqual([
      'Kota Malang meraih juara 1.',
      'Penghargaan diserahkan Gubernur.',
      'Acara berlangsung meriah.',
    ]);
    for (const s of sentences) {
      expect(text.slice(s.start, s.end)).toBe(s.text);
    }
  });

  it("parts a news ticker's items at its marks", () => {
    const text = '▶ Juara 1 Kota Mamuju • Juara 2 Kab. Majene ▶ Gempa kecil di Mamasa ▶';
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      '▶ Juara 1 Kota Mamuju • Juara 2 Kab. Majene ▶',
      'Gempa kecil di Mamasa ▶',
    ]);
  });

  it('does not split after abbreviations, initials or list numbers', () => {
    const text = '1. PT. Sinar Jaya dan Drs. H. Amir hadir. Kab. Sleman juga.';
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      '1. PT. Sinar Jaya dan Drs. H. Amir hadir.',
      'Kab. Sleman juga.',
    ]);
    // (a Minang title: "Irwan Dt. Bagindo", Datuk)
    expect(
      splitSentences('Bupati Jati, Irwan Dt. Bagindo, menerima trofi juara I.').map((s) => s.text),
    ).toEqual(['Bupati Jati, Irwan Dt. Bagindo, menerima trofi juara I.']);
    // (an Acehnese one: "Tgk. Zulfahmi", Teungku)
    expect(
      splitSentences('Keuchik Lamreh, Tgk. Zulfahmi, menerima trofi juara I.').map((s) => s.text),
    ).toEqual(['Keuchik Lamreh, Tgk. Zulfahmi, menerima trofi juara I.']);
    // (a chat's "kat.", kategori)
    expect(
      splitSentences('rekap: kat. Usaha Kecil: 1. UD Tempe Murni.').map((s) => s.text),
    ).toEqual(['rekap: kat. Usaha Kecil: 1. UD Tempe Murni.']);
  });

  it('splits after "Tbk." when a sentence opens, but not inside an inline numbered list', () => {
    const texts = (t: string) => splitSentences(t).map((s) => s.text);
    expect(texts('Juara II diraih PT Semen Lestari Tbk. Juara III diraih PT Jati.')).toEqual([
      'Juara II diraih PT Semen Lestari Tbk.',
      'Juara III diraih PT Jati.',
    ]);
    expect(
      texts('Kategori kabupaten/kota: 1. Kabupaten A; 2. Kabupaten B; 3. Kabupaten C.'),
    ).toHaveLength(1);
  });

  it('splits after a roman rank', () => {
    expect(
      splitSentences('Kota Batu juara I. Posisi juara II ditempati Kota Malang.'),
    ).toHaveLength(2);
  });

  it('splits after a closing quote', () => {
    const text = '“Kami bangga,” kata Bupati. “Terima kasih.” Lalu acara ditutup.';
    expect(splitSentences(text)).toHaveLength(3);
  });

  it('goes on after an exclamation that a rank of the award follows', () => {
    const t =
      'Kota Lestari bawa pulang piala! Juara II Paritrana Award 2023. Selamat! Warga bangga.';
    expect(splitSentences(t).map((x) => x.text)).toEqual([
      'Kota Lestari bawa pulang piala! Juara II Paritrana Award 2023.',
      'Selamat!',
      'Warga bangga.',
    ]);
  });

  it('reads a paragraph break after a word that needs what follows as a space', () => {
    const text =
      'Juara pertama diraih oleh\n\nKabupaten Lestari, sementara Kota Jati kedua.\nBaris baru.';
    const out = splitSentences(text);
    expect(out.map((s) => s.text)).toEqual([
      'Juara pertama diraih oleh  Kabupaten Lestari, sementara Kota Jati kedua.',
      'Baris baru.',
    ]);
    expect(text.slice(out[1]?.start, out[1]?.end)).toBe('Baris baru.');
  });

  it('splits a sentence a page glued to the next with no space, but no domain or title', () => {
    expect(
      splitSentences(
        'Terbaik I diberikan kepada Kota Surakarta.Menko PMK dalam sambutannya menyebut hal itu. Lihat kompas.com dan S.Sos Budi.',
      ).map((s) => s.text),
    ).toEqual([
      'Terbaik I diberikan kepada Kota Surakarta.',
      'Menko PMK dalam sambutannya menyebut hal itu.',
      'Lihat kompas.com dan S.Sos Budi.',
    ]);
  });
});

describe('splitSentences: list numbers and leaders (written for these tests)', () => {
  it('keeps a roman list number with its line, and dots leading to a winner in one sentence', () => {
    const texts = splitSentences('II. Kategori Badan Usaha\nJuara I ........ Kota Sorong').map(
      (s) => s.text,
    );
    expect(texts).toEqual(['II. Kategori Badan Usaha', 'Juara I ........ Kota Sorong']);
  });
});

describe('splitSentences: lists numbered inline', () => {
  it('keeps "1. A, 2. B, dan 3. C" and "I. A II. B" in their sentence', () => {
    const text =
      'Pemenangnya yaitu 1. Kabupaten Buton, 2. Kota Baubau, dan 3. Kabupaten Muna. Kategori badan usaha: I. PT Wakatobi Laut Biru II. Koperasi Nelayan Lasalimu.';
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      'Pemenangnya yaitu 1. Kabupaten Buton, 2. Kota Baubau, dan 3. Kabupaten Muna.',
      'Kategori badan usaha: I. PT Wakatobi Laut Biru II. Koperasi Nelayan Lasalimu.',
    ]);
  });

  it('still ends a sentence at a place won that another follows', () => {
    expect(
      splitSentences('Kota Baubau meraih juara 1. Kabupaten Muna meraih juara 2.').map(
        (s) => s.text,
      ),
    ).toEqual(['Kota Baubau meraih juara 1.', 'Kabupaten Muna meraih juara 2.']);
  });
});

describe('splitSentences: a place labelled with a period (written for this test)', () => {
  it('keeps "Juara II. Kota Palu" one line, and still ends a sentence at "juara I. Posisi …"', () => {
    expect(
      splitSentences(
        'Kategori Kabupaten/Kota\n   Juara I. Kabupaten Poso\n   Juara II. Kota Palu',
      ).map((s) => s.text),
    ).toEqual(['Kategori Kabupaten/Kota', 'Juara I. Kabupaten Poso', 'Juara II. Kota Palu']);
    expect(
      splitSentences('Kota Palu meraih juara I. Posisi kedua diraih Kabupaten Poso.').map(
        (s) => s.text,
      ),
    ).toHaveLength(2);
  });
});

describe("splitSentences: a post's emoji closing its sentence (written for these tests)", () => {
  it('ends a sentence at emoji before a capital, not at a medal', () => {
    expect(
      splitSentences('Dari dapur kecil di Muntok ke Jakarta 🥹🙏 Alhamdulillah, kami juara.').map(
        (s) => s.text,
      ),
    ).toEqual(['Dari dapur kecil di Muntok ke Jakarta 🥹🙏', 'Alhamdulillah, kami juara.']);
    expect(splitSentences('Kabupaten Gresik 🥇 Juara I').map((s) => s.text)).toEqual([
      'Kabupaten Gresik 🥇 Juara I',
    ]);
  });
});
