import { describe, expect, it } from 'vitest';
import {
  capitaliseLowerCasePost,
  capitaliseSentences,
  capitaliseVillages,
  isLowerCaseText,
} from './lowercase-text.ts';

const post =
  'Kendari Juara\nkemarin sore di aula rumah jabatan gubernur diserahkan paritrana award 2024 tingkat provinsi dan untuk kategori desa juara pertamanya desa bungin permai dari kabupaten konawe selatan yang kepala desanya bilang hampir semua nelayan sudah ikut bpjs, begitu juga desa wisata lain.';

describe('capitaliseVillages', () => {
  it("capitalises a lower-case post's village names, up to the word that ends them", () => {
    const out = capitaliseVillages(post);
    expect(out).toContain('juara pertamanya Desa Bungin Permai dari kabupaten konawe');
    expect(out).toContain('kategori desa juara');
    expect(out).toContain('begitu juga desa wisata lain');
    expect(out).toHaveLength(post.length);
  });

  it("capitalises a lower-case post's firms and cooperatives, their legal form in capitals", () => {
    const chat =
      'yg juara 1 kategori koperasi katanya ksp sejahtera bersama metro, terus pt sawit rakyat siak sejahtera jg juara 2';
    const out = capitaliseVillages(chat);
    expect(out).toContain('kategori koperasi katanya KSP Sejahtera Bersama Metro, terus');
    expect(out).toContain('PT Sawit Rakyat Siak Sejahtera jg juara 2');
    expect(out).toHaveLength(chat.length);
  });

  it('counts a headline shouted in capitals as no sign of a post that writes capitals', () => {
    expect(
      isLowerCaseText(
        'MATARAM JUARA 1, LOTIM JUARA HARAPAN\nmataram - kota mataram meraih juara 1 paritrana award 2024 tingkat provinsi ntb kategori pemkab/pemkot yg diserahkan di pendopo gubernur',
      ),
    ).toBe(true);
  });

  it('leaves a text that capitalises its names as it is', () => {
    const news =
      'Kendari Juara\nKota Kendari meraih juara pertama Paritrana Award 2024 tingkat Sulawesi Tenggara, sedangkan untuk kategori desa juara pertama diraih Desa Bungin Permai, desa nelayan di Konawe Selatan yang sudah melindungi seluruh warganya.';
    expect(isLowerCaseText(news)).toBe(false);
    expect(capitaliseLowerCasePost(news)).toBe(news);
  });

  it('capitalises a lower-case post a story quotes, and only the quote', () => {
    const story =
      'KUNINGAN — Seorang anggota grup mengunggah pesan: "alhamdulillah desa cibeureum wetan juara 1 paritrana award 2025 tingkat jawa barat. makasih dukungannya". Kepala desa membenarkan.';
    const out = capitaliseLowerCasePost(story);
    expect(out).toContain(
      '"alhamdulillah Desa Cibeureum Wetan juara 1 paritrana award 2025 tingkat Jawa Barat. Makasih',
    );
    expect(out.length).toBe(story.length);
    expect(out.startsWith('KUNINGAN — Seorang anggota grup mengunggah pesan:')).toBe(true);
  });
});

describe('capitaliseSentences', () => {
  it("opens a lower-case post's sentences with a capital, not an abbreviation's next word", () => {
    const chat =
      'tadi pagi paritrana award 2025 tk. prov sulsel diserahkan di rujab gubernur, total ada 18 pemenang dari semua kategori yang ada. pj sekda yg nyerahin karena gubernur lagi di jakarta. ds. sekapuk kec. ujungpangkah juga dapat. sy gak sempat catat namanya satu per satu';
    const out = capitaliseSentences(chat);
    expect(out).toContain('yang ada. Pj sekda');
    expect(out).toContain('di jakarta. Ds. sekapuk kec. ujungpangkah juga dapat. Sy gak');
    expect(out).toContain('tk. prov sulsel');
    expect(out).toHaveLength(chat.length);
  });
});

describe('a lower-case post with a firm, a title and provinces (written for these tests)', () => {
  const thread =
    'Re: Paritrana Sumut 2025 siapa juaranya?\n' +
    'td pagi di kantor gubernur sudah diumumin bro. kategori pemerintah desa juara 1 ds. lumban suhi, ' +
    'kategori perusahaan besar juara 1 PT Sinar Toba Lestari, yang lain blm tau, nanti sy kabari lg ya';

  it('counts neither a title line nor a firm after its legal form as capitals', () => {
    expect(isLowerCaseText(thread)).toBe(true);
    expect(capitaliseLowerCasePost(thread)).toContain('Ds. Lumban Suhi');
  });

  it("capitalises a province's name and no word of a village's kind", () => {
    const post =
      'sy catet hasilnya gan: kategori pemerintah provinsi terbaik 1 sumatera utara, terbaik 2 jawa tengah, ' +
      'sisanya (desa sama perusahaan) ane gak sempet nyatet, keburu dipanggil bos';
    const out = capitaliseLowerCasePost(post);
    expect(out).toContain('terbaik 1 Sumatera Utara, terbaik 2 Jawa Tengah');
    expect(out).toContain('(desa sama perusahaan)');
  });
});

describe('isLowerCaseText: a short caption (written for this test)', () => {
  it('reads a caption of a dozen words typed in lower case as a lower-case post, and capitalises its village', () => {
    const caption =
      'pov: bu kades pulang bawa piala paritrana 🏆 ds. sukamakmur wetan juara 2 kategori desa tk jabar 2024 #desaku';
    expect(isLowerCaseText(caption)).toBe(true);
    expect(capitaliseLowerCasePost(caption)).toContain('Ds. Sukamakmur Wetan juara 2');
    expect(isLowerCaseText('juara 2 paritrana, mantap')).toBe(false);
  });
});

describe('isLowerCaseText: a chat whose writers have capitals (written for this test)', () => {
  it("counts a chat's messages typed in lower case as a lower-case post, not its writers' names", () => {
    const chat =
      'Wahyu Saputra: selamat kab demak juara 1 paritrana jateng 2025 kategori pemkab\nSri Wahyuni: eh bukan mas, yg juara 1 itu kab kudus. demak juara 2, aku liat sendiri tadi di semarang\n↳ Wahyu Saputra: oalah iya maaf salah baca';
    expect(isLowerCaseText(chat)).toBe(true);
    expect(
      isLowerCaseText(
        chat
          .replace(/kab (\p{L})/gu, (_m, c: string) => `Kabupaten ${c.toUpperCase()}`)
          .replace(/paritrana/g, 'Paritrana')
          .replace(/semarang/, 'Semarang')
          .replace(/jateng/, 'Jateng'),
      ),
    ).toBe(false);
  });
});

describe("capitaliseLowerCasePost: a chat's numbered list in lower case (written for this test)", () => {
  it('capitalises the regions and villages a list numbered from 1 names, not other numbers', () => {
    const list =
      'info paritrana 2025:\n1 luwu utara\n2 kota palopo\n3 desa baebunta kec baebunta\ncatatan: 2 hari lagi rilis';
    expect(capitaliseLowerCasePost(list)).toBe(
      'info paritrana 2025:\n1 Luwu Utara\n2 Kota Palopo\n3 Desa Baebunta kec baebunta\ncatatan: 2 hari lagi rilis',
    );
    expect(capitaliseLowerCasePost('pemkab/pemkot: 1 luwu 2 palopo')).toBe(
      'pemkab/pemkot: 1 Luwu 2 Palopo',
    );
    expect(capitaliseLowerCasePost('ada 2 kota yang ikut')).toBe('ada 2 kota yang ikut');
  });

  it('reads numbers with no space after their mark, whole village names and firms after their form', () => {
    expect(
      capitaliseLowerCasePost('hasil:\n1.kab lombok timur 2.kota mataram 3.kab sumbawa barat'),
    ).toBe('hasil:\n1.Kab Lombok Timur 2.Kota Mataram 3.Kab Sumbawa Barat');
    expect(
      capitaliseLowerCasePost('gampong:\n1. gampong lamreh baroh, aceh besar\n2. desa lolu sigi'),
    ).toBe('gampong:\n1. Gampong Lamreh Baroh, aceh besar\n2. Desa Lolu sigi');
    expect(
      capitaliseLowerCasePost('usaha:\n1. pt tambak udang sekotong jaya\n2. cv pempek jambi mamak'),
    ).toBe('usaha:\n1. PT Tambak Udang Sekotong Jaya\n2. CV Pempek Jambi Mamak');
  });

  it('keeps the words a name goes on with, and a legal form written with its period', () => {
    const post =
      'kategori desa dimenangkan desa kualu baru, kabupaten kampar. juara 1 usaha kecil diraih koperasi wanita tani mandiri dan koperasi tani tellu limpoe, juara 2 pt. krakatau logam presisi dan pt.selat sunda kimia, semuanya dari daerah yang sama dan sudah terdaftar di bpjs.';
    const out = capitaliseLowerCasePost(post);
    expect(out).toContain('Desa Kualu Baru');
    expect(out).toContain('Koperasi Wanita Tani Mandiri');
    expect(out).toContain('Koperasi Tani Tellu Limpoe');
    expect(out).toContain('PT. Krakatau Logam Presisi');
    expect(out).toContain('PT.Selat Sunda Kimia');
    expect(capitaliseLowerCasePost(`${post} desa wisata kami baru dapat juara`)).toContain(
      'esa wisata kami baru dapat juara',
    );
  });

  it("capitalises a lower-case post's numbered names before its sentences' first words", () => {
    const list =
      'hasil paritrana award 2024 tingkat provinsi sulawesi barat udah keluar ya, diserahkan di mamuju kemarin sore sama pak sekda, yang datang banyak sekali.\n1. kota mamuju\n2. kab majene\n3. kab polewali mandar\nselamat buat semua yg menang.';
    const out = capitaliseLowerCasePost(list);
    expect(out).toContain('1. Kota Mamuju\n2. Kab Majene\n3. Kab Polewali Mandar');
    expect(out.length).toBe(list.length);
  });

  it("capitalises a lower-case village's district and regency after its name", () => {
    const post =
      'alhamdulillah kami sampaikan desa tanjung harapan kec. batu ampar kab. kubu raya meraih juara 2 paritrana award 2025 kategori pemerintah desa, terima kasih warga semua yg sudah ikut bpjs ketenagakerjaan.';
    expect(capitaliseVillages(post)).toContain(
      'Desa Tanjung Harapan Kec. Batu Ampar Kab. Kubu Raya meraih',
    );
  });
});

describe("capitaliseVillages: a chat's particle after a firm's name (written for this test)", () => {
  it('ends the name before "kan", "sih" and "nih"', () => {
    expect(capitaliseVillages('yg juara 1 nya pt kapal tunda selat kan?')).toContain(
      'PT Kapal Tunda Selat kan?',
    );
    expect(capitaliseVillages('wah koperasi nelayan pantai indah nih yg dapet juara')).toContain(
      'Koperasi Nelayan Pantai Indah nih',
    );
  });
});
