import { leadingRegionWords } from '../gazetteer/find-region.ts';
import { provinceKeys } from '../gazetteer/regions.ts';
import { Abbreviations } from '../relevance/layout-words.ts';

// A post typed all in lower case ("juara pertamanya desa bungin permai dari kabupaten konawe
// selatan") writes its villages' names in lower case too, where the name readers look for
// capitals, and starts its sentences in lower case, where the sentence splitters look for one.
// Regions are found by the gazetteer whatever their case; a village has none, so its name is
// capitalised here, and so is a sentence's first letter, only in a text that capitalises almost
// nothing else.

// the village words a lower-case post writes, and its firms' and cooperatives' ("pt donggala
// nikel sentosa", "koperasi tani makmur"; a legal form is written in capitals)
const VILLAGE_KINDS = 'desa|ds\\.?|kelurahan|gampong|nagari|kampung';
const LEGAL_FORMS = 'pt|cv|ud|ksp|kud';
// ("pt. krakatau logam", "pt.selat sunda kimia": a legal form's period)
const VILLAGE = new RegExp(
  `(?<![\\p{L}])(${VILLAGE_KINDS}|${LEGAL_FORMS}|koperasi)(?:\\s+|(?<=(?:pt|cv|ud))\\.\\s*)`,
  'gu',
);
const LEGAL_FORM = new RegExp(`^(?:${LEGAL_FORMS})$`);
// (a word closing a clause ends the name: "ksp sejahtera bersama metro, terus …")
const WORD = /^([a-z][a-z'’-]*)(\s+|(?=[,.;:!?)])|$)/u;
// the most words a village's name runs to, and a firm's or a cooperative's
const NAME_WORDS = 3;
const BUSINESS_NAME_WORDS = 5;
const VILLAGE_WORDS = new RegExp(`^(?:${VILLAGE_KINDS})$`);
// ("desa maju", "desa sejahtera": a kind of village; "ksp sejahtera bersama" is a name)
const NOT_VILLAGE_NAME = new Set(['maju', 'sejahtera']);
const IN_BUSINESS_NAME = new Set(['bersama']);
// words that end a village's name or show the village word is a common noun ("desa wisata",
// "desa yg", "desa bungin permai dari kabupaten …", "desa x kec. y"; a chat's particle: "pt x
// kan?")
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
  tahun thn bulan hari pekan minggu katanya kata ujar jg sama perusahaan asal
  kan kah sih dong deh nih tuh lho loh kok yah gan sis bro`.split(/\s+/),
);
// words that say what kind a village or a business is right after its kind's word ("desa
// wisata", "koperasi tani"), but go on a name begun ("desa kualu baru", "koperasi wanita tani
// mandiri", "koperasi produsen nelayan bahari sejahtera"); "baru" not before a verb ("desa x
// baru dapat juara": "just")
const NAME_GOES_ON = new Set(
  'baru lama mandiri tani petani nelayan wisata adat binaan pertanian'.split(' '),
);
const VERB_AFTER =
  /^(?:dapat|dapet|meraih|raih|menjadi|jadi|juara|terpilih|mendapat|berhasil|sukses)$/;
/** Whether a kind's word goes on a name ("baru" not before a verb: "just"). */
const goesOnName = (word: string, next: string): boolean =>
  NAME_GOES_ON.has(word) && !(word === 'baru' && VERB_AFTER.test(next));
// a text counts as lower-case when fewer than this share of its words start with a capital
const LOWER_CASE_SHARE = 0.08;
// a firm's name after its legal form
const FIRM_NAME = /\b(?:PT|CV|UD)(?:\s+\p{Lu}[\p{L}-]*)+/gu;
// the longest a post's title line runs
const TITLE_LENGTH = 100;
// and it has at least this many words to tell by (a caption's: "pov: pak kades pulang bawa piala
// paritrana 🥹🏆 ds. sumberejo kidul juara 2 kategori desa tk jateng 2024")
const MIN_WORDS = 12;

// a chat message's writer ("Bagus Prasetyo: eh bukan mbak, …", "↳ Dimas (admin): …"), whose
// name has capitals however the message is typed
const CHAT_WRITER =
  /^[ \t]*(?:(?:↳|↪|⤷|└|💬)[ \t]*)?(?:\[\d{1,2}[.:]\d{2}\][ \t]*)?(?:\p{Lu}[\p{L}.'’-]*[ \t]+){0,3}\p{Lu}[\p{L}.'’-]*(?:[ \t]*\([^()\n]{1,30}\))?[ \t]*:(?=[ \t])/gmu;

/** Whether a text (its hashtags and chat writers aside) capitalises almost no word. */
export function isLowerCaseText(given: string, minWords = MIN_WORDS): boolean {
  const text = given.replace(CHAT_WRITER, ' ');
  // (nor is a firm's name after its legal form, which even such a post capitalises: "juara 1
  // PT Tirta Brantas Sejahtera")
  const wordsOf = (s: string): string[] =>
    (/\b(?:PT|CV|UD)\b/.test(s) ? s.replace(FIRM_NAME, ' ') : s)
      .replace(/#\S+/g, ' ')
      .match(/\p{L}+/gu) ?? [];
  const words = wordsOf(text);
  if (words.length < minWords) {
    return false;
  }
  // (a headline shouted in capitals is no sign the post writes names with capitals)
  const capitals = (ws: string[]): number => ws.filter((w) => /^\p{Lu}\p{Ll}/u.test(w)).length;
  // (nor a short title line over a longer post: "Re: Paritrana Kaltim 2024 siapa juaranya?")
  const trimmed = text.trim();
  const cut = trimmed.indexOf('\n');
  const title = cut > 0 && cut <= TITLE_LENGTH ? wordsOf(trimmed.slice(0, cut)) : [];
  const capitalised = capitals(words) - capitals(title);
  return capitalised / Math.max(1, words.length - title.length) < LOWER_CASE_SHARE;
}

/** Each lower-case village's name capitalised ("desa bungin permai dari …" → "Desa Bungin Permai dari …"). */
export function capitaliseVillages(text: string): string {
  let out = text;
  for (const m of text.matchAll(VILLAGE)) {
    // ("kategori koperasi": a category, no name)
    if (/\bkategori\s+$/.test(text.slice(0, m.index))) {
      continue;
    }
    let at = m.index + m[0].length;
    const starts: number[] = [];
    const village = VILLAGE_WORDS.test(m[1] ?? '');
    for (let k = 0; k < (village ? NAME_WORDS : BUSINESS_NAME_WORDS); k += 1) {
      const w = WORD.exec(text.slice(at));
      const word = w?.[1]?.toLowerCase() ?? '';
      const next = /^\s*([a-z]+)/.exec(text.slice(at + (w?.[0].length ?? 0)))?.[1] ?? '';
      // (a business's kind may open its name: "koperasi tani tellu limpoe")
      const goesOn =
        (starts.length > 0 || (!village && next !== '' && !NOT_NAME.has(next))) &&
        goesOnName(word, next);
      const stops = NOT_NAME.has(word) && (village || !IN_BUSINESS_NAME.has(word)) && !goesOn;
      if (!w || !word || stops || (village && starts.length === 0 && NOT_VILLAGE_NAME.has(word))) {
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
      const word = m[1] ?? '';
      if (LEGAL_FORM.test(word)) {
        out = out.slice(0, m.index) + word.toUpperCase() + out.slice(m.index + word.length);
      }
      if (village) {
        out = capitaliseAddress(out, at);
      }
    }
  }
  return out;
}

// "desa bongohulawa baru kec. tilango kab. gorontalo meraih …": a village's district, before its
// regency, after its name
const ADDRESS =
  /^\s*,?\s*(?:kec\.?|kecamatan)\s+((?:(?!(?:kab|kabupaten|kota)(?![\p{L}]))\p{Ll}+[ \t]*){1,2}),?[ \t]*(?=(?:kab\.?|kabupaten|kota)[ \t]+)/u;

/**
 * The district and regency a lower-case village's name is followed by, capitalised (same length):
 * the regency as a numbered list's is (`capitaliseNameAt`), the district when the regency is one.
 */
function capitaliseAddress(text: string, at: number): string {
  const m = ADDRESS.exec(text.slice(at));
  if (!m) {
    return text;
  }
  const regencyAt = at + m[0].length;
  const named = capitaliseNameAt(text, regencyAt);
  if (named === text) {
    return text;
  }
  const district = named
    .slice(at, regencyAt)
    .replace(/(?<![\p{L}])\p{Ll}/gu, (c) => c.toUpperCase());
  return named.slice(0, at) + district + named.slice(regencyAt);
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
export function capitaliseLowerCasePost(text: string): string {
  // (a numbered list's names first: "1. kota kendari" is no sentence's first word to capitalise
  // alone, "Kota kendari")
  const listed = capitaliseNumberedNames(text);
  return isLowerCaseText(text)
    ? capitaliseSentences(capitaliseProvinces(capitaliseVillages(listed)))
    : listed.replace(QUOTED_POST, (quote: string) =>
        isLowerCaseText(quote, MIN_QUOTED_WORDS)
          ? capitaliseSentences(capitaliseProvinces(capitaliseVillages(quote)))
          : quote,
      );
}

// '… mengunggah pesan singkat: "alhamdulillah desa cibeureum kidul jr 1 paritrana …"': a
// lower-case post a story quotes (its quote marks' text, on one line)
const QUOTED_POST = /(?<=["“])[^"“”\n]{30,}(?=["”])/gu;
// (a short one too: "pt konawe nikel prima jr 1 paritrana award sultra 2025 kat bu besar")
const MIN_QUOTED_WORDS = 6;

// a chat's list numbered from 1, its names in lower case, one to a line ("pemkab/pemkot:⏎1
// morowali⏎2 kota palu⏎3 banggai", "1 desa lolu kec sigi biromaru") or on one line
// ("pemkab/pemkot: 1 siak 2 pekanbaru 3 kampar")
// (or with no space after the number's mark: "1.kab lombok timur 2.kota mataram")
const NUMBERED_LOWER = /(?<=(?:^|\n|:|\s)[ \t]*)([1-5])(?:[.)][ \t]*|[ \t]+)(?=\p{Ll})/gu;
const KIND = /^(?:kab\.?|kabupaten|kota|desa|ds\.?|kelurahan|gampong|nagari|kampung)$/;
const VILLAGE_KIND = /^(?:desa|ds\.?|kelurahan|gampong|nagari|kampung)$/;
/**
 * Each name of a chat's numbered list typed in lower case capitalised: a region (its kind word
 * too), a village's word and name. A list counts when its items are numbered 1, 2 … in order.
 * The same length: every offset stays true.
 */
function capitaliseNumberedNames(text: string): string {
  const items = [...text.matchAll(NUMBERED_LOWER)];
  if (items.length < 2) {
    return text;
  }
  let out = text;
  let expected = 1;
  let run: RegExpExecArray[] = [];
  const flush = () => {
    if (run.length >= 2) {
      for (const m of run) {
        out = capitaliseNameAt(out, m.index + m[0].length);
      }
    }
    run = [];
  };
  for (const m of items) {
    const n = Number(m[1]);
    if (n === 1) {
      flush();
      expected = 1;
    }
    if (n === expected) {
      run.push(m);
      expected += 1;
    } else {
      flush();
      expected = 1;
    }
  }
  flush();
  return out;
}

/**
 * The region, village or business named in lower case at `at`, capitalised: a village's name
 * runs to the first word that is no name or starts a region's ("gampong lamreh baroh, aceh
 * besar", "desa baebunta kec …", "desa lolu sigi"), a firm's after its legal form too ("pt
 * tambak udang sekotong jaya", its form in capitals).
 */
function capitaliseNameAt(text: string, at: number): string {
  const words =
    /^[\p{Ll}.-]+(?:[ \t]+[\p{Ll}-]+){0,5}/u.exec(text.slice(at))?.[0].split(/[ \t]+/) ?? [];
  const first = words[0] ?? '';
  const business = LEGAL_FORM.test(first) || first === 'koperasi';
  const kind = business || KIND.test(first) ? 1 : 0;
  let n = 0;
  if (business || (kind && VILLAGE_KIND.test(first))) {
    const limit = business ? BUSINESS_NAME_WORDS : NAME_WORDS;
    // (nor past the name into its region's: "desa lolu sigi")
    while (
      n < limit &&
      words[1 + n] &&
      (!NOT_NAME.has(words[1 + n] ?? '') ||
        (n > 0 && goesOnName(words[1 + n] ?? '', words[2 + n] ?? ''))) &&
      !(!business && n > 0 && leadingRegionWords(words.slice(1 + n), 3) > 0)
    ) {
      n += 1;
    }
  } else {
    n = leadingRegionWords(words.slice(kind, kind + 4), 3);
  }
  if (n === 0) {
    return text;
  }
  let out = text;
  let pos = at;
  for (const w of words.slice(0, kind + n)) {
    const k = out.indexOf(w, pos);
    const word = business && w === first && LEGAL_FORM.test(w) ? w.toUpperCase() : w;
    out = `${out.slice(0, k)}${word[0]?.toUpperCase() ?? ''}${word.slice(1)}${out.slice(k + w.length)}`;
    pos = k + w.length;
  }
  return out;
}

// a province's name of two words or more as a lower-case post writes it ("terbaik 1 jawa tengah")
let provinceNames: RegExp | undefined;

/** Each province's name of two words or more capitalised ("jawa tengah" → "Jawa Tengah"). */
function capitaliseProvinces(text: string): string {
  provinceNames ??= new RegExp(
    `(?<![\\p{L}])(?:${provinceKeys()
      .filter((k) => k.includes(' ') && /^[a-z ]+$/.test(k))
      .sort((a, b) => b.length - a.length)
      .join('|')})(?![\\p{L}])`,
    'gu',
  );
  return text.replace(provinceNames, (name: string) =>
    name.replace(/(?<![\p{L}])\p{Ll}/gu, (c) => c.toUpperCase()),
  );
}
