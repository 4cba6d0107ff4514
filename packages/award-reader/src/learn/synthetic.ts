// Synthetic training articles from templates, for `pnpm train` only (never evaluated on).
// They teach the learned decisions phrasings and layouts the development set has few of: winners
// after "dijuarai oleh", "bersama … dan …", rank series (numbered, by bare ordinals, by
// "diikuti"), lists under any bullet or numbering, enumerations after the award's sentence, other
// win verbs, agencies, church bodies and colleges, the award named without "Paritrana",
// ceremonies reported without winners; and contenders, hosts, presenters, targets, proposals that
// failed and "no one won" that are no winners (a past group beside this edition's is a past
// winner), and names beside the winners that did something else (guests, statistics, regions
// urged to follow, sponsors, the organising agency, praise in a quote). Seeded: the same seed
// gives the same set.
import { readAreaCsv } from '../gazetteer/read-csv.ts';
import type { ArticleText } from '../types.ts';
import type { GoldArticle, GoldAward } from './match-gold.ts';

/** A small seeded PRNG (mulberry32). */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Named {
  text: string;
  gold: GoldAward;
}

const WORDS =
  'Sumber Makmur Jaya Abadi Sentosa Mitra Karya Bumi Nusantara Sejahtera Mandiri Harapan Cahaya Bintang Samudra Lestari Utama Prima Sinar Maju Bersama Tunas Mulia Indah Agung Rejeki Berkah Sakti Putra Perkasa Gemilang'.split(
    ' ',
  );
const ORG_HEADS = [
  'PT',
  'PT',
  'PT',
  'CV',
  'Koperasi',
  'KSP',
  'Bank',
  'Yayasan',
  'Sekolah Tinggi Ilmu Ekonomi',
];
const SHOP_HEADS = [
  'Warung',
  'Kedai',
  'Toko',
  'Rumah Makan',
  'Bakso',
  'Sate',
  'Soto',
  'Kedai Kopi',
  'Depot',
];
const PEOPLE = [
  'Bu Sri',
  'Pak Darto',
  'Mbah Karto',
  'Ibu Wati',
  'Cak Man',
  'Pak Min',
  'Bu Tatik',
  'Mak Ijah',
];
const ROMAN = ['I', 'II', 'III'];
const ORD = ['pertama', 'kedua', 'ketiga'];
const GLYPHS = ['o', '•', '-', '▪', '–'];

export interface SyntheticSet {
  articles: ArticleText[];
  gold: GoldArticle[];
}

/** `n` synthetic articles (about half of them results reports) from seed `seed`. */
export function syntheticSet(n: number, seed = 20261205): SyntheticSet {
  const rnd = prng(seed);
  // the names beside the winners draw from their own stream, so adding them leaves the rest as is
  const aside = prng(seed + 1);
  const wording = prng(seed + 2);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const provinces = readAreaCsv('provinces');
  const regencies = readAreaCsv('regencies');
  const year = (): number => 2021 + Math.floor(rnd() * 5);

  const region = (provinceCode?: string): Named => {
    const pool = provinceCode
      ? regencies.filter((r) => r.province_code === provinceCode)
      : regencies;
    const r = pick(pool.length ? pool : regencies);
    const name = (r.name ?? '').replace(' Administrasi ', ' ');
    const kota = name.startsWith('Kota ');
    const bare = name.replace(/^(?:Kabupaten|Kota) /, '');
    const shortBare = bare.replace(/^Kepulauan /, '');
    const forms = kota
      ? [name, name, `Pemkot ${bare}`, `Pemerintah Kota ${bare}`]
      : [name, name, `Pemkab ${shortBare}`, `Pemerintah Kabupaten ${bare}`, `Kab. ${bare}`];
    return {
      text: pick(forms),
      gold: { winner_canonical: name, region_code: r.code ?? null },
    };
  };
  const province = (): { name: string; code: string } => {
    const p = pick(provinces);
    return { name: p.name ?? '', code: p.code ?? '' };
  };
  const org = (): Named => {
    const head = pick(ORG_HEADS);
    const words = [pick(WORDS), pick(WORDS), ...(rnd() < 0.4 ? [pick(WORDS)] : [])];
    const amp = rnd() < 0.15 ? ` & ${pick(WORDS)}` : '';
    const body = `${words.join(' ')}${amp}`;
    const tbk = head === 'PT' && rnd() < 0.2 ? ' Tbk.' : '';
    const text = `${head} ${body}${tbk}`;
    return { text, gold: { winner_canonical: head === 'PT' ? body : text, aliases: [text] } };
  };
  const shop = (): Named => {
    const text = `${pick(SHOP_HEADS)} ${pick(WORDS)} ${rnd() < 0.5 ? pick(PEOPLE) : pick(WORDS)}`;
    return { text, gold: { winner_canonical: text } };
  };
  // agencies, church bodies and colleges: names that join words with "dan" or end on a place
  const body = (p: string): Named => {
    const place = region(p).gold.winner_canonical ?? '';
    const text = pick([
      `Dinas Tenaga Kerja dan Transmigrasi ${place}`,
      `Dinas Tenaga Kerja ${place}`,
      `Klasis Gereja ${pick(WORDS)} ${pick(WORDS)}`,
      `Politeknik Negeri ${pick(WORDS)}`,
      `Badan Pendapatan Daerah ${place}`,
    ]);
    return { text, gold: { winner_canonical: text } };
  };
  const winner = (p: string): Named => {
    const r = rnd();
    return r < 0.55 ? region(p) : r < 0.78 ? org() : r < 0.92 ? shop() : body(p);
  };
  const rankWord = (k: number): string =>
    pick([
      `juara ${ROMAN[k]}`,
      `juara ${k + 1}`,
      `juara ${ORD[k]}`,
      `peringkat ${ORD[k]}`,
      `terbaik ${k + 1}`,
    ]);
  const awardName = (y: number, generic: boolean): string =>
    generic
      ? pick([
          'penghargaan jaminan sosial ketenagakerjaan',
          'Anugerah Jaminan Sosial Ketenagakerjaan',
        ])
      : pick([
          `Paritrana Award ${y}`,
          `Paritrana Award ${y}`,
          'Paritrana Award',
          `Anugerah Paritrana ${y}`,
        ]);

  const articles: ArticleText[] = [];
  const gold: GoldArticle[] = [];
  for (let i = 0; i < n; i++) {
    const id = `syn${String(i).padStart(4, '0')}`;
    const p = province();
    const y = year();
    const generic = rnd() < 0.25;
    const award = awardName(y, generic);
    const level = rnd() < 0.7 ? `tingkat Provinsi ${p.name}` : 'tingkat nasional';
    const lines: string[] = [];
    const winners: GoldAward[] = [];
    let pending: GoldAward[] = [];
    const say = (s: string): void => {
      lines.push(s);
      for (const w of pending) {
        winners.push({ ...w, evidence: s });
      }
      pending = [];
    };
    const kind = rnd();
    if (kind < 0.5) {
      // a results report
      const giver = generic
        ? `BPJS Ketenagakerjaan bersama Pemprov ${p.name} memberikan`
        : 'BPJS Ketenagakerjaan menyerahkan';
      say(`Para Peraih ${award} ${level === 'tingkat nasional' ? 'Nasional' : p.name}`);
      say('');
      say(
        `${p.name.toUpperCase()} – ${giver} ${award} ${level} di aula kantor gubernur, ${pick(['Senin', 'Selasa', 'Rabu', 'Kamis'])}.`,
      );
      const chunks = 1 + Math.floor(rnd() * 2);
      for (let c = 0; c < chunks; c++) {
        const ws = [winner(p.code), winner(p.code), winner(p.code)];
        const t = Math.floor(rnd() * 18);
        const take = (k: number): string => {
          pending.push(ws[k]?.gold ?? {});
          return ws[k]?.text ?? '';
        };
        if (t === 0) {
          say(
            `Kategori ${pick(['badan usaha', 'usaha mikro', 'koperasi', 'pemerintah daerah'])} dijuarai oleh ${take(0)}.`,
          );
        } else if (t === 1) {
          say(`${take(0)} bersama ${take(1)} dan ${take(2)} meraih penghargaan itu.`);
        } else if (t === 2) {
          say(
            `Juara pertama diraih ${take(0)}, disusul peringkat kedua diraih ${take(1)}, dan peringkat ketiga ${take(2)}.`,
          );
        } else if (t === 3) {
          say(`Acara itu juga menghadirkan pemenang dari ${take(0)} dan ${take(1)}.`);
        } else if (t === 4) {
          say(`Untuk kategori pemerintah kabupaten/kota, penghargaan diberikan kepada ${take(0)}.`);
        } else if (t === 5) {
          say(
            `Kategori ${pick(['Badan Usaha Besar', 'Usaha Mikro Kecil', 'Pemerintah Kabupaten/Kota'])}:`,
          );
          const glyph = pick([...GLYPHS, 'num', 'alpha']);
          for (let k = 0; k < 3; k++) {
            const mark = glyph === 'num' ? `${k + 1})` : glyph === 'alpha' ? `${'abc'[k]}.` : glyph;
            say(`${mark} ${rnd() < 0.7 ? `Juara ${ROMAN[k]}: ` : ''}${take(k)}`);
          }
        } else if (t === 6) {
          say(`Hasilnya: 1. ${take(0)} 2. ${take(1)} 3. ${take(2)}.`);
        } else if (t === 7) {
          say(
            `${take(0)}, yang menjadi terbaik di provinsi itu, menerima penghargaan dari gubernur.`,
          );
        } else if (t === 8) {
          say(
            `Posisi ${ROMAN[1]} ditempati ${take(0)}, sementara ${take(1)} berada di urutan ${ORD[2]}.`,
          );
        } else if (t === 9) {
          say(
            `Penghargaan kategori usaha kecil jatuh kepada ${take(0)} asal ${region(p.code).text}.`,
          );
        } else if (t === 10) {
          // a village winner followed by its district and regency, which are no winners
          const v = `Desa ${pick(WORDS)}${pick(['sari', 'jaya', 'makmur', 'rejo', 'mulyo'])}`;
          pending.push({ winner_canonical: v });
          say(
            `Juara ${ROMAN[0]} kategori desa diraih ${v}, Kecamatan ${pick(WORDS)}, ${region(p.code).text}.`,
          );
        } else if (t === 12) {
          // a series of places told by bare ordinals after the names
          say(
            `Hasil penilaian ${pick(['menempatkan', 'menetapkan'])} ${take(0)} di ${pick(['urutan', 'posisi'])} pertama, ${take(1)} kedua dan ${take(2)} ketiga.`,
          );
        } else if (t === 13) {
          // the winners enumerated after a sentence that names the award
          say(
            `${pick(['Ketiga daerah tersebut ialah', 'Mereka adalah', 'Penerimanya antara lain', 'Para penerima itu yakni'])} ${take(0)}, ${take(1)} ${pick(['dan', 'serta'])} ${take(2)}.`,
          );
        } else if (t === 14) {
          // the win told by other verbs
          say(
            pick([
              `Gelar terbaik kategori ${pick(['badan usaha', 'usaha mikro', 'pemerintah daerah'])} jatuh ke tangan ${take(0)}.`,
              `${take(0)} keluar sebagai ${rankWord(0)} dan membawa pulang trofi.`,
              `Penghargaan kategori ${pick(['instansi pemerintah', 'lembaga keagamaan', 'perguruan tinggi'])} dianugerahkan kepada ${take(0)}.`,
              `${take(0)} diganjar penghargaan untuk kategori ${pick(['koperasi', 'usaha kecil', 'desa'])}.`,
            ]),
          );
        } else if (t === 15) {
          // places that follow in order without a number ("diikuti", "menyusul")
          say(
            `${take(0)} ${pick(['menjadi', 'dinobatkan sebagai'])} ${rankWord(0)}, ${pick(['diikuti', 'disusul'])} ${take(1)} dan ${take(2)}.`,
          );
        } else if (t === 16) {
          // two groups in one sentence, each with its own year (the earlier one a past win)
          say(
            `${take(0)} meraih ${rankWord(0)} untuk penilaian ${y}, sedangkan ${take(1)} meraih ${rankWord(0)} pada penilaian ${y - 1} yang diumumkan tahun lalu.`,
          );
        } else if (t === 17) {
          // the ones a winner beat are no winners
          say(
            `${take(0)} meraih ${rankWord(0)} setelah ${pick(['mengungguli', 'menyisihkan', 'mengalahkan'])} ${region(p.code).text} dan ${region(p.code).text}.`,
          );
        } else {
          say(`${take(0)} meraih ${rankWord(0)}, sedangkan ${take(1)} meraih ${rankWord(1)}.`);
        }
      }
    } else if (kind < 0.6) {
      // a ceremony reported without its winners
      const where = level === 'tingkat nasional' ? 'Nasional' : p.name;
      const day = pick(['Senin', 'Rabu', 'Jumat']);
      const from = <T>(xs: readonly T[]): T => xs[Math.floor(wording() * xs.length)] as T;
      say(
        from([
          `${award} ${where} Diserahkan`,
          `BPJS Ketenagakerjaan Gelar ${award}`,
          `Malam Penganugerahan ${award} Berlangsung Meriah`,
          `${10 + Math.floor(wording() * 20)} Daerah dan Perusahaan Terima ${award}`,
          `Pemenang ${award} ${where} Diumumkan`,
        ]),
      );
      say('');
      say(
        from([
          `Gubernur ${p.name} menyerahkan ${award} ${level} kepada sejumlah pemerintah daerah dan perusahaan, ${day}.`,
          `Pemerintah provinsi bersama BPJS Ketenagakerjaan menggelar ${award} ${level}, ${day}. Gubernur menyerahkan piala kepada para pemenang dari unsur pemerintah daerah, badan usaha dan UMKM.`,
          `Malam penganugerahan ${award} ${level} berlangsung di aula kantor gubernur, ${day} malam.`,
          `Sebanyak ${10 + Math.floor(wording() * 20)} pemerintah daerah dan perusahaan menerima ${award} ${level}, ${day}.`,
          `Pemenang ${award} ${level} diumumkan di aula kantor gubernur, ${day}.`,
          `Penyerahan ${award} dilakukan secara simbolis oleh gubernur kepada perwakilan pemenang, ${day}.`,
        ]),
      );
      say(
        from([
          `Penyerahan penghargaan itu berlangsung di aula kantor gubernur dan dihadiri para kepala daerah.`,
          `Dalam sambutannya, gubernur meminta daerah memperluas perlindungan pekerja rentan.`,
          `Kepala kantor wilayah BPJS Ketenagakerjaan mengatakan penilaian dilakukan sejak April.`,
          `Menurut dia, baru ${20 + Math.floor(wording() * 40)} persen pekerja informal yang terlindungi.`,
        ]),
      );
    } else {
      // not a results report: contenders, stages, calls, targets, other awards, other BPJS news
      const w = winner(p.code);
      const t = Math.floor(rnd() * 11);
      say(pick([`${w.text} Bersiap Hadapi Penilaian`, `Menuju ${award}`, `Kabar dari ${p.name}`]));
      say('');
      if (t === 0) {
        say(
          `${w.text} terpilih mewakili Provinsi ${p.name} untuk bersaing pada ${award} tingkat nasional.`,
        );
      } else if (t === 1) {
        say(`${w.text} masuk 12 besar ${award} dan ditargetkan meraih juara 1.`);
      } else if (t === 2) {
        say(`Tim juri ${award} mewawancarai pimpinan ${w.text} secara daring.`);
      } else if (t === 3) {
        say(
          `BPJS Ketenagakerjaan menggelar sosialisasi ${award} kepada kepala desa dan pelaku usaha di ${p.name}.`,
        );
      } else if (t === 4) {
        say(
          `${w.text} meraih penghargaan ${pick(['UHC Award', 'Zero Accident', 'Adipura', 'Satya JKN'])} ${y} dari pemerintah pusat.`,
        );
      } else if (t === 5) {
        say(
          `BPJS Ketenagakerjaan membayar klaim jaminan kecelakaan kerja kepada pekerja ${w.text}.`,
        );
      } else if (t === 6) {
        say(`Penyerahan ${award} ${level} akan digelar pekan depan di ${p.name}.`);
      } else if (t === 8) {
        say(
          `${w.text} ${pick(['sempat diusulkan', 'ikut mendaftar', 'sudah mengirim berkas'])} untuk ${award}, namun ${pick(['gagal lolos penilaian', 'tidak lolos ke tahap berikutnya', 'belum berhasil'])}.`,
        );
      } else if (t === 9) {
        say(
          `Tidak ada ${pick(['pemerintah daerah', 'perusahaan', 'desa'])} dari ${p.name} yang meraih ${award} ${level} tahun ini, termasuk ${w.text}.`,
        );
      } else if (t === 10) {
        say(
          `Di tahap akhir, ${w.text} ${pick(['akan bersaing dengan', 'harus menghadapi', 'berhadapan dengan'])} ${winner(p.code).text} dan ${winner(p.code).text}.`,
        );
      } else {
        say(
          `Pesaing provinsi ini yaitu ${w.text}, ${winner(p.code).text} dan ${winner(p.code).text}.`,
        );
      }
    }
    // names beside the winners that did something else: guests, statistics, regions urged to
    // follow, sponsors, the organising agency, praise in a quote
    if (kind < 0.6 && aside() < 0.6) {
      const other = (): string => {
        const pool = regencies.filter((r) => r.province_code === p.code);
        return (pool[Math.floor(aside() * pool.length)] ?? regencies[0])?.name ?? '';
      };
      const [a, b] = [other(), other()];
      const asides = [
        `${a} dan ${b} turut hadir dalam acara tersebut.`,
        `Acara itu juga dihadiri perwakilan ${a}, ${b} dan sejumlah perusahaan.`,
        `${a} menyumbang ${100 + Math.floor(aside() * 900)} peserta baru sepanjang ${y}.`,
        `Cakupan kepesertaan di ${a} baru mencapai ${20 + Math.floor(aside() * 50)} persen.`,
        `${a} masih menyusun peraturan daerah tentang perlindungan pekerja rentan.`,
        `Gubernur mendorong ${a} dan ${b} agar segera memperluas kepesertaan.`,
        `Ia juga mengingatkan ${a} agar segera menganggarkan iuran pekerja rentan.`,
        `Acara didukung oleh Bank ${WORDS[Math.floor(aside() * WORDS.length)]}, PT ${WORDS[Math.floor(aside() * WORDS.length)]} ${WORDS[Math.floor(aside() * WORDS.length)]} dan Hotel ${WORDS[Math.floor(aside() * WORDS.length)]}.`,
        `Panitia penyelenggara dari Dinas Tenaga Kerja ${a} menyiapkan acara sejak sepekan lalu.`,
        `"Kami belajar banyak dari ${a} dan ${b}," kata kepala daerah itu.`,
        `${a} belum mengirimkan data kepesertaan sehingga tidak masuk penilaian.`,
        `Kantor Cabang BPJS Ketenagakerjaan ${b} juga melayani pekerja di ${a}.`,
      ];
      say(asides[Math.floor(aside() * asides.length)] ?? '');
    }
    // hard negatives beside the winners: presenters, hosts, appreciation, targets
    if (rnd() < 0.5) {
      const other = region(p.code).text;
      say(
        pick([
          `BPJS Ketenagakerjaan juga memberikan apresiasi khusus kepada ${org().text} atas dukungannya.`,
          `${other} selaku tuan rumah menyiapkan gedung pertemuan.`,
          `Tahun depan ${other} berharap bisa meraih juara.`,
          `Kepala Dinas Tenaga Kerja ${other} mengatakan pendataan pekerja rentan terus berjalan.`,
        ]),
      );
    }
    say(
      `"Kami ingin semua pekerja rentan terlindungi," ujar ${pick(['kepala kantor wilayah', 'sekretaris daerah', 'bupati'])}.`,
    );
    const relevant = kind < 0.6;
    articles.push({
      id,
      url: `https://synthetic.invalid/${id}`,
      outlet: 'synthetic',
      text: lines.join('\n'),
    });
    gold.push({ id, relevant, awards: relevant ? winners : [] });
  }
  return { articles, gold };
}
