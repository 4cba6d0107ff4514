import { Abbreviations } from '../relevance/layout-words.ts';

// A post typed all in lower case ("juara pertamanya desa bungin permai dari kabupaten konawe
// selatan") writes its villages' names in lower case too, where the name readers look for
// capitals, and starts its sentences in lower case, where the sentence splitters look for one.
// Regions are found by the gazetteer whatever their case; a village has none, so its name is
// capitalised here, and so is a sentence's first letter, only in a text that capitalises almost
// nothing else.

// the village words a lower-case post writes
const VILLAGE = /(?<![\p{L}])(desa|ds\.?|kelurahan|gampong|nagari|kampung)\s+/gu;
const WORD = /^([a-z][a-z'’-]*)(\s+|$)/u;
// the most words a village's name runs to
const NAME_WORDS = 3;
// words that end a village's name or show the village word is a common noun ("desa wisata",
// "desa yg", "desa bungin permai dari kabupaten …", "desa x kec. y")
const NOT_NAME = new Set(
  `adat binaan mandiri wisata terbaik juara pemenang peraih penerima peserta lain lainnya
  tersebut itu ini kami kita mereka kalian setempat sekitar sekitarnya nelayan tani petani
  pertanian penghasil di dari ke yang yg dan dgn dengan utk untuk buat se sebagai pun juga sudah
  sdh telah akan bisa dapat dpt mendapat mendapatkan meraih raih menjadi jadi berhasil sukses
  kategori tingkat tk kec kecamatan kab kabupaten kota provinsi prov dinas pemerintah pemerintahan
  dana kas perangkat kepala kades lurah warga hingga sampai saja aja nya pada oleh atas bagi
  baru lama kecil besar desa kelurahan gampong nagari kampung halaman sendiri lagi tadi kemarin
  kmrn sekarang kini masih belum tidak tak gak nggak yaitu yakni adalah ialah seperti antara
  bersama serta atau tapi tetapi namun karena karna sehingga agar supaya saat ketika waktu
  tahun thn bulan hari pekan minggu maju sejahtera`.split(/\s+/),
);
// a text counts as lower-case when fewer than this share of its words start with a capital
const LOWER_CASE_SHARE = 0.08;
// and it has at least this many words to tell by
const MIN_WORDS = 20;

/** Whether a text (its hashtags aside) capitalises almost no word. */
export function isLowerCaseText(text: string): boolean {
  const words = text.replace(/#\S+/g, ' ').match(/\p{L}+/gu) ?? [];
  if (words.length < MIN_WORDS) {
    return false;
  }
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return capitalised / words.length < LOWER_CASE_SHARE;
}

/** Each lower-case village's name capitalised ("desa bungin permai dari …" → "Desa Bungin Permai dari …"). */
export function capitaliseVillages(text: string): string {
  let out = text;
  for (const m of text.matchAll(VILLAGE)) {
    let at = m.index + m[0].length;
    const starts: number[] = [];
    for (let k = 0; k < NAME_WORDS; k += 1) {
      const w = WORD.exec(text.slice(at));
      if (!w?.[1] || NOT_NAME.has(w[1].toLowerCase())) {
        break;
      }
      starts.push(at);
      at += w[0].length;
      if (!w[2]) {
        break;
      }
    }
    if (starts.length > 0) {
      for (const k of [m.index, ...starts]) {
        out = out.slice(0, k) + (out[k]?.toUpperCase() ?? '') + out.slice(k + 1);
      }
    }
  }
  return out;
}

// a sentence's end and the lower-case letter after it ("… sama umkm. pj sekda yg nyerahin …"),
// not an abbreviation's period ("kec. ujungpangkah")
// (an ASCII letter: its capital has its length, so every offset stays true)
const SENTENCE_START = /(?<=(?:^|[^\p{L}])(\p{L}+|\d+)[.!?]+\s+)[a-z]/gu;
const ABBREVIATIONS = new Set([...Abbreviations, 'dsb', 'yth']);

/** Each sentence opened by a capital. */
export const capitaliseSentences = (text: string): string =>
  text.replace(SENTENCE_START, (letter: string, word: string) =>
    ABBREVIATIONS.has(word.toLowerCase()) || /^\p{L}$/u.test(word) ? letter : letter.toUpperCase(),
  );

/**
 * A post written in lower case with its villages' names and its sentences' first letters
 * capitalised, as prose writes them (same length: every offset stays true); any other text as
 * it is.
 */
export const capitaliseLowerCasePost = (text: string): string =>
  isLowerCaseText(text) ? capitaliseSentences(capitaliseVillages(text)) : text;
