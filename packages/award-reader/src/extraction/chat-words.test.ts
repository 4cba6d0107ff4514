import { describe, expect, it } from 'vitest';
import { expandChatWords } from './chat-words.ts';

describe('expandChatWords', () => {
  it("writes out a chat's short grammar words, in lower case or opening the sentence", () => {
    expect(expandChatWords('Utk kategori desa juara 1 Desa Jati yg dpt piala dr gubernur')).toBe(
      'Untuk kategori desa juara 1 Desa Jati yang dapat piala dr gubernur',
    );
    expect(expandChatWords('juara 2 paritrana award 2023 tk prov jatim')).toBe(
      'juara 2 paritrana award 2023 tingkat provinsi jatim',
    );
  });

  it('writes out a village written short before its name, but no capitals or abbreviations', () => {
    expect(expandChatWords('alhamdulillah ds. Sekapuk juara 2')).toBe(
      'alhamdulillah Desa Sekapuk juara 2',
    );
    expect(expandChatWords('PT SDH meraih juara 1; TK Pertiwi')).toBe(
      'PT SDH meraih juara 1; TK Pertiwi',
    );
    expect(expandChatWords('diserahkan di jl. Ahmad Yani tk. dasar')).toBe(
      'diserahkan di jl. Ahmad Yani tk. dasar',
    );
  });

  it('writes out the spoken "dapet" and the Minang "dapek"', () => {
    expect(expandChatWords('UD Keripik Sari dapet juara 3, Toko Rendang Uni dapek Juara 1')).toBe(
      'UD Keripik Sari dapat juara 3, Toko Rendang Uni dapat Juara 1',
    );
  });

  it('writes a place numbered "no. 2" as the place, not an address\'s number', () => {
    expect(expandChatWords('Koperasi kita dapat peringkat no. 2 Paritrana Award 2024')).toBe(
      'Koperasi kita dapat peringkat 2 Paritrana Award 2024',
    );
    expect(expandChatWords('juara no 1 tingkat provinsi')).toBe('juara 1 tingkat provinsi');
    expect(expandChatWords('di Jalan Merdeka No. 2 Makassar')).toBe(
      'di Jalan Merdeka No. 2 Makassar',
    );
    // (a place by its number alone, in a post about the award)
    expect(
      expandChatWords('Kota Batam juara 1 Paritrana. Kab. Bintan no. 2, Kota Dumai no. 3.'),
    ).toBe('Kota Batam juara 1 Paritrana. Kab. Bintan juara 2, Kota Dumai juara 3.');
    expect(expandChatWords('Kantor di Jl. Merdeka No. 2, juara 1 Paritrana')).toBe(
      'Kantor di Jl. Merdeka No. 2, juara 1 Paritrana',
    );
  });
});

describe('expandChatWords: a place in a regional language (written for this test)', () => {
  it('writes "juara siji", "juara kahiji" and "peringkat telu" as numbers', () => {
    expect(expandChatWords('desa kita juara siji lur')).toBe('desa kita juara 1 lur');
    expect(expandChatWords('Kabupaten Garut juara kahiji')).toBe('Kabupaten Garut juara 1');
    expect(expandChatWords('peringkat telu Kota Salatiga')).toBe('peringkat 3 Kota Salatiga');
    expect(expandChatWords('sa kali lagi')).toBe('sa kali lagi');
  });
});

describe('expandChatWords: "dr" before a place (written for this test)', () => {
  it('writes "dr Klaten" as "dari Klaten", not a doctor\'s "dr Soebandi"', () => {
    expect(expandChatWords('ada tamu dr Klaten')).toBe('ada tamu dari Klaten');
    expect(expandChatWords('RSUD dr Soebandi juara 2')).toBe('RSUD dr Soebandi juara 2');
  });
});

describe('expandChatWords: a region in lower case after a place won (written for this test)', () => {
  it('capitalises the region and its kind word, not the chat words after it', () => {
    expect(expandChatWords('juara 1 gunungkidul, juara 3 kota magelang')).toBe(
      'juara 1 Gunungkidul, juara 3 Kota Magelang',
    );
    expect(expandChatWords('juara loro pati lur')).toBe('juara 2 Pati lur');
    expect(expandChatWords('juara 1 lagi dong')).toBe('juara 1 lagi dong');
  });
});

describe('expandChatWords: "itu" and "nya" after a place won (written for this test)', () => {
  it('reads "yg juara 1 itu kab X" without "itu", and parts a run of places', () => {
    expect(expandChatWords('eh bukan, yg juara 1 itu kab kendal')).toBe(
      'eh bukan, yang juara 1 Kab Kendal',
    );
    expect(expandChatWords('juara 1 itu bagus')).toBe('juara 1 itu bagus');
    expect(expandChatWords('juara 1 nya demak juara 2 nya kudus')).toBe(
      'juara 1 nya Demak; juara 2 nya Kudus',
    );
  });
});

describe('expandChatWords: a region in lower case before its place, and the year before it (written for this test)', () => {
  it('capitalises the region, reads Malay "juare due" and a clause\'s year as the place\'s', () => {
    expect(expandChatWords('info dinas: muna juara 1, buton tengah juara 2')).toBe(
      'info dinas: Muna juara 1, Buton Tengah juara 2',
    );
    expect(expandChatWords('wakatobi juara harapan 2')).toBe('Wakatobi juara harapan 2');
    expect(expandChatWords('Bengkalis juare due, Dumai juare tige')).toBe(
      'Bengkalis juara 2, Dumai juara 3',
    );
    expect(expandChatWords('bukan bang, 2022 lamongan juara 3, bukan 2023')).toBe(
      'bukan bang, Lamongan juara 3 pada 2022, bukan 2023',
    );
    expect(expandChatWords('Paritrana 2025 Lamongan juara 3')).toBe(
      'Paritrana 2025 Lamongan juara 3',
    );
    expect(expandChatWords('batu juara 1 lomba')).toBe('batu juara 1 lomba');
  });
});

describe('expandChatWords: more regional places and a numbered list of regions (written for this test)', () => {
  it('reads Sundanese, Minang and Batak places and capitalises the listed regions', () => {
    expect(expandChatWords('juara hiji mah kab garut, juara tilu kota depok')).toBe(
      'juara 1 mah kab garut, juara 3 Kota Depok',
    );
    expect(expandChatWords('juara duo ni, juara ciek Kota Solok')).toBe(
      'juara 2 ni, juara 1 Kota Solok',
    );
    expect(expandChatWords('1. klaten 2. boyolali 3. kota magelang')).toBe(
      '1. Klaten 2. Boyolali 3. Kota Magelang',
    );
    expect(expandChatWords('1. daftar dulu')).toBe('1. daftar dulu');
  });
});

describe("expandChatWords: a chat's places by ordinals, its villages after a place (written for this test)", () => {
  it('writes "yg pertama …, kedua …" as places, capitalises a village after its place, numbers the next place', () => {
    expect(
      expandChatWords('yg pertama desa Tegalrejo, kedua desa Sumberejo, ketiga Desa Kalisoro'),
    ).toBe('juara 1 Desa Tegalrejo, juara 2 Desa Sumberejo, juara 3 Desa Kalisoro');
    expect(expandChatWords('pertama kali, kedua kalinya')).toBe('pertama kali, kedua kalinya');
    expect(expandChatWords('Juara pertama dan kedua diraih Kota Binjai')).toBe(
      'Juara pertama dan kedua diraih Kota Binjai',
    );
    expect(expandChatWords('juara 1 nya desa sumberejo batu, 2 nya desa wisata')).toBe(
      'juara 1 nya Desa Sumberejo batu, juara 2 nya desa wisata',
    );
    expect(expandChatWords('juara satunya desa dari Kabupaten Malang')).toBe(
      'juara satunya desa dari Kabupaten Malang',
    );
  });
});

describe('expandChatWords: Malay "juaro" (written for this test)', () => {
  it('reads "juaro" as "juara"', () => {
    expect(expandChatWords('kerinci juaro 1, bungo juaro 2')).toBe(
      'Kerinci juara 1, Bungo juara 2',
    );
  });
});

describe('expandChatWords: a list line labelled by its ordinal (written for this test)', () => {
  it('writes "kesatu: X" and Javanese "kapindho: Y" as places, not a decree\'s "KESATU: Menetapkan …"', () => {
    expect(expandChatWords('kesatu: Gerabah Kasongan Indah')).toBe(
      'juara 1: Gerabah Kasongan Indah',
    );
    expect(expandChatWords('Kapindho: Batik Giriloyo')).toBe('juara 2: Batik Giriloyo');
    expect(expandChatWords('KESATU: Menetapkan pemenang Paritrana Award')).toBe(
      'KESATU: Menetapkan pemenang Paritrana Award',
    );
    expect(expandChatWords('Kedua: Memberikan penghargaan kepada para pemenang')).toBe(
      'Kedua: Memberikan penghargaan kepada para pemenang',
    );
  });

  it('writes out "jr" before a place\'s number as "juara", not a name\'s "Jr."', () => {
    expect(expandChatWords('jr 1 lampung timur, jr. 2 kota metro')).toMatch(
      /^juara 1 lampung timur, juara 2 kota metro$/i,
    );
    expect(expandChatWords('Jr 3 Kabupaten Way Kanan')).toBe('juara 3 Kabupaten Way Kanan');
    expect(expandChatWords('Robert Downey Jr. hadir')).toBe('Robert Downey Jr. hadir');
  });

  it('writes out "kat." before a category as "kategori"', () => {
    expect(expandChatWords('kat. pemdes: 1. desa sidomulyo')).toBe(
      'kategori pemdes: 1. desa sidomulyo',
    );
    expect(expandChatWords('Kat. Usaha Kecil: 1. UD Tempe Murni')).toBe(
      'Kategori Usaha Kecil: 1. UD Tempe Murni',
    );
  });

  it("reads no place in a date's day after a place", () => {
    const s =
      'sebagai juara 1 tingkat Provinsi Maluku Utara, yang diserahkan di Sofifi, 5 Agustus 2025.';
    expect(expandChatWords(s)).toBe(s);
  });
});
