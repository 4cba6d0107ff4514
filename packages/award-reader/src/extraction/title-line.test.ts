import { describe, expect, it } from 'vitest';
import {
  confirmInBody,
  headlineName,
  isTitleLine,
  longerInBody,
  shortenToBody,
} from './title-line.ts';

const at = (article: string, text: string) => {
  const start = article.indexOf(text);
  return { text, start, end: start + text.length };
};

describe('isTitleLine', () => {
  it('reads a capitalized line above the running text as the headline', () => {
    const article =
      'Kisah Lurah Sukamaju Bawa Desanya Juara\n\nCIANJUR - Desa Sukamaju meraih juara.';
    expect(isTitleLine(at(article, 'Kisah Lurah Sukamaju Bawa Desanya Juara'), article)).toBe(true);
  });

  it('reads a first-line headline split by a colon, but not a list intro', () => {
    const article = 'Paritrana Sulsel: Wajo dan Bone Teratas\n\nMAKASSAR - Kabupaten Wajo juara.';
    expect(isTitleLine(at(article, 'Paritrana Sulsel: Wajo dan Bone Teratas'), article)).toBe(true);
    const list = 'Para Pemenang Paritrana:\n\nMAKASSAR - Kabupaten Wajo juara.';
    expect(isTitleLine(at(list, 'Para Pemenang Paritrana:'), list)).toBe(false);
  });

  it("does not take a post's sentence that opens with its thanks for a headline", () => {
    const line =
      'Alhamdulillah, Tenun Songket Putri Bungsu Dinobatkan Sebagai Juara 2 Paritrana Award Riau 2024';
    const post = `tenunputribungsu\n\n${line}\n\n#umkmriau`;
    expect(isTitleLine(at(post, line), post)).toBe(false);
    const headline = 'Tenun Songket Putri Bungsu Juara 2 Paritrana Award Riau';
    const story = `${headline}\n\nPEKANBARU - Usaha tenun itu juara.`;
    expect(isTitleLine(at(story, headline), story)).toBe(true);
  });

  it("does not take a post's sentence that closes on its emoji for a headline", () => {
    const line = 'UD Tani Makmur Meraih Juara 1 Paritrana Award Tingkat Provinsi Gorontalo! 🏆';
    const article = `tanimakmur.gtlo\n\n${line}\n\nTerima kasih pelanggan.`;
    expect(isTitleLine(at(article, line), article)).toBe(false);
  });

  it('does not take list lines or sentences for a headline', () => {
    const article = 'Kota Bogor meraih juara.\nJuara 1: Toko Roti Ayu – Kota Bogor\nBaca Juga Ini';
    expect(isTitleLine(at(article, 'Juara 1: Toko Roti Ayu – Kota Bogor'), article)).toBe(false);
    expect(isTitleLine(at(article, 'Baca Juga Ini'), article)).toBe(false);
    expect(isTitleLine(at(article, 'Kota Bogor meraih juara.'), article)).toBe(false);
  });

  it('does not take a bulleted line under an unpunctuated lead for a headline', () => {
    const article =
      'Tiga mitra kami meraih Paritrana Award 2025 Kategori Usaha Menengah 🎉\n\n✅ Terbaik 1 – PT Rotan Jaya Abadi\n✅ Terbaik 2 – Hotel Bukit Asri';
    expect(isTitleLine(at(article, '✅ Terbaik 1 – PT Rotan Jaya Abadi'), article)).toBe(false);
    expect(isTitleLine(at(article, '✅ Terbaik 2 – Hotel Bukit Asri'), article)).toBe(false);
  });

  it("does not take a table's row below the headline for a headline", () => {
    const article =
      'PARITRANA JATENG 2025 | TABEL PEMENANG\nKategori\tPeringkat\tPenerima\nBadan Usaha Besar\t1\tPT Sinar Garmen Abadi\nUsaha Mikro Kecil | 1 | Koperasi Batik Sekar';
    expect(isTitleLine(at(article, 'PARITRANA JATENG 2025 | TABEL PEMENANG'), article)).toBe(true);
    expect(isTitleLine(at(article, 'Badan Usaha Besar\t1\tPT Sinar Garmen Abadi'), article)).toBe(
      false,
    );
    expect(isTitleLine(at(article, 'Usaha Mikro Kecil | 1 | Koperasi Batik Sekar'), article)).toBe(
      false,
    );
  });

  it("does not take a post's long first paragraph without its full stop for a headline", () => {
    const line =
      'Alhamdulillah wa syukurillah... Desa kita, Desa Mekarsari Kecamatan Cibeber, meraih JUARA 1 Paritrana Award 2024 tingkat Provinsi Jawa Barat kategori Pemerintah Desa 🏆';
    const article = `Kades Mekarsari\n2 Agustus 2025\n\n${line}\n\nTerima kasih semua.`;
    expect(isTitleLine(at(article, line), article)).toBe(false);
  });
});

describe('confirmInBody', () => {
  it('finds the marked body name that contains a headline name', () => {
    const found = confirmInBody('Sukamaju', ['Desa Sukamaju di Kabupaten Cianjur meraih juara.']);
    expect(found !== 'plain' && found?.text).toBe('Desa Sukamaju');
  });

  it('keeps a name the body writes plainly, and drops a headline phrase', () => {
    expect(confirmInBody('Kopi Senja', ['Kopi Senja meraih juara 1.'])).toBe('plain');
    expect(confirmInBody('Kisah Lurah Sukamaju', ['Desa Sukamaju meraih juara 1.'])).toBeNull();
  });
});

describe('shortenToBody', () => {
  it("cuts a marked headline name back to the body's form of it", () => {
    const body = ['Desa Sukamaju, Kabupaten Sumedang, meraih juara 1.'];
    expect(shortenToBody('Desa Sukamaju Bangga Desanya', body)?.text).toBe('Desa Sukamaju');
    expect(shortenToBody('Desa Sukamaju', body)).toBeNull();
  });
});

describe('headlineName', () => {
  const marked = (text: string) => ({
    text,
    start: 0,
    end: text.length,
    paren: null,
    marked: true,
  });
  it('drops an organisation phrase whose proper part the body never writes', () => {
    const body = ['Klasis Gereja Kristen Lestari diganjar penghargaan kategori lembaga keagamaan.'];
    expect(headlineName(marked('Gereja Ikut Diganjar'), body)).toBeNull();
    expect(headlineName(marked('Gereja Kristen Lestari'), body)?.text).toBe(
      'Gereja Kristen Lestari',
    );
  });

  it('drops a region prefix before a word no gazetteer knows that the body never writes', () => {
    const body = ['Kabupaten Pesisir Barat, kabupaten termuda di Lampung, meraih juara kedua.'];
    expect(headlineName(marked('Kabupaten Termuda'), body)).toBeNull();
    expect(headlineName(marked('Kabupaten Pesisir Barat'), body)?.text).toBe(
      'Kabupaten Pesisir Barat',
    );
  });

  it("keeps a headline's regency that a longer regency in the body starts with", () => {
    const body = [
      'Kabupaten Bangka meraih juara pertama, sedangkan Kabupaten Bangka Barat masuk nominasi.',
    ];
    expect(headlineName(marked('Kabupaten Bangka Barat'), body)?.text).toBe(
      'Kabupaten Bangka Barat',
    );
    expect(headlineName(marked('Kabupaten Bangka'), body)?.text).toBe('Kabupaten Bangka');
    expect(headlineName(marked('Desa Gegesik'), ['Desa Gegesik Kulon juara dua.'])?.text).toBe(
      'Desa Gegesik Kulon',
    );
  });

  it('drops an organisation phrase whose first two proper words the body never writes together', () => {
    const body = [
      'Juara pertama kategori koperasi diraih Koperasi Produsen Susu Cisurupan dari Kabupaten Garut.',
    ];
    expect(headlineName(marked('Koperasi Susu Garut Curi Perhatian'), body)).toBeNull();
    // a kind and one word must be written whole ("pabrik gula itu" is no name)
    expect(
      headlineName(marked('Pabrik Gula'), ['PT Gula Manis Jaya meraih juara I. Pabrik gula itu …']),
    ).toBeNull();
  });

  it("cuts a village head's words of joy off the village's name", () => {
    const body = ['Desa Pejaten Kaja meraih juara ketiga kategori pemerintah desa.'];
    expect(headlineName(marked('Perbekel Pejaten Kaja Bersyukur'), body)?.text).toBe(
      'Perbekel Pejaten Kaja',
    );
    expect(headlineName(marked('Kades Pejaten Kaja Sambil Angkat Piala'), body)?.text).toBe(
      'Kades Pejaten Kaja',
    );
  });

  it('keeps a bare regency rather than a longer regency of the body that starts with it', () => {
    const body = ['Pemerintah Kabupaten Mamuju meraih juara I.', 'Kabupaten Mamuju Tengah hadir.'];
    expect(headlineName(marked('Mamuju'), body)?.text).toBe('Mamuju');
  });

  it("drops a headline's village phrase the body never names", () => {
    const body = ['Nagari Pariangan meraih juara I kategori pemerintah nagari.'];
    expect(headlineName(marked('Nagari Tertua'), body)).toBeNull();
    expect(headlineName(marked('Nagari Pariangan'), body)?.text).toBe('Nagari Pariangan');
  });

  it('keeps a region the body never names again, when the gazetteer knows it', () => {
    expect(
      headlineName(marked('Kabupaten Lebak'), ['Penghargaan diserahkan di Serang.'])?.text,
    ).toBe('Kabupaten Lebak');
  });
});

describe('longerInBody', () => {
  it('finds the body name a headline name is the start of', () => {
    const body = ['Desa Gegesik Kulon di Kabupaten Cirebon meraih juara kedua.'];
    expect(longerInBody('Desa Gegesik', body)?.text).toBe('Desa Gegesik Kulon');
    expect(longerInBody('Desa Lestari', body)).toBeNull();
  });
});

describe('headlineName: a verb of winning in the run (written for this test)', () => {
  it('cuts the name before a win verb written in capitals, and keeps a run of another verb whole', () => {
    const name = (text: string, marked: boolean) => ({
      text,
      start: 0,
      end: text.length,
      paren: null,
      marked,
    });
    const body = ['Desa Tamansari Wetan meraih juara 1 kategori pemerintah desa.'];
    expect(headlineName(name('Desa Tamansari Wetan Raih', true), body)?.text).toBe(
      'Desa Tamansari Wetan',
    );
    expect(headlineName(name('Koperasi Sari Tani Rayakan', true), body)).toBeNull();
    expect(
      headlineName(name('Batik Sekar Arum Jaya Rayakan Ulang', true), [
        'PT Batik Sekar Arum Jaya merayakan ulang tahun ke-25, bertepatan dengan diraihnya juara 1.',
      ])?.text,
    ).toBe('Batik Sekar Arum Jaya');
    expect(
      headlineName(name('Pemkot Mojokerto Kumpulkan', true), [
        'Pemerintah Kota Mojokerto meraih 14 penghargaan.',
      ])?.text,
    ).not.toBe('Pemkot Mojokerto');
  });
});
