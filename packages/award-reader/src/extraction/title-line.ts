import { escapeRegex } from '../relevance/phrase-regex.ts';
import { resolvePrefixedRegion } from '../gazetteer/find-region.ts';
import { isBareRegion } from './name-context.ts';
import type { FoundName } from './scan-names.ts';
import { scanNames } from './scan-names.ts';
import type { Sentence } from './split-sentences.ts';

/** Whether a line opens with a bullet: a symbol, not a letter, digit, quote or parenthesis. */
export const startsWithBullet = (line: string): boolean => /^\s*[^\p{L}\p{N}\s"“'‘(]/u.test(line);

// "… tingkat Provinsi Sulawesi Selatan! 🏆": a post's sentence may close on its emoji
const TRAILING_EMOJI = /[\p{Extended_Pictographic}\p{Emoji_Modifier}\u{FE0F}\u{200D}\s]+$/u;
const withoutTrailingEmoji = (line: string): string => line.replace(TRAILING_EMOJI, '');

// the longest headline: a line of running text goes on past it
const TitleMaxLength = 150;
// "Alhamdulillah, Batik Tulis X dinobatkan sebagai Juara 3 …", "Puji Tuhan, PT X raih …": a
// post's first sentence opens with its thanks, which no headline does
const THANKS_OPENING =
  /^\W*(?:alhamdulillah|puji\s+tuhan|syukur(?:\s+alhamdulillah)?|bismillah|masya\s?allah|halo|hai|horas)\s*[,!]/i;

/**
 * Whether a sentence is the headline: alone on its line above the first line of running text,
 * no closing punctuation or list colon, and most of its longer words capitalized ("Cerita Kades
 * Bawa Desanya Juara Paritrana").
 */
export function isTitleLine(sentence: Sentence, article: string): boolean {
  const { text, start, end } = sentence;
  const alone =
    (start === 0 || article[start - 1] === '\n') &&
    (end >= article.length || article[end] === '\n');
  const above = article.slice(0, start).split('\n');
  if (
    !alone ||
    /[.!?"”…]\s*$/.test(withoutTrailingEmoji(text)) ||
    // a colon may split the first line's headline ("Paritrana Sulsel: Wajo Teratas"); elsewhere
    // it opens a list
    (start === 0 ? /:\s*$|^\d/ : /:|^\d/).test(text) ||
    // a bulleted line is a list's item, never a headline ("✅ Terbaik 1 – PT X")
    startsWithBullet(text) ||
    THANKS_OPENING.test(text) ||
    // (nor is a table's row: "Badan Usaha Besar⇥1⇥PT X", "… | 1 | PT X" below the first line)
    /\t/.test(text) ||
    (start > 0 && /\s\|\s/.test(text)) ||
    above.some((line) => /[.!?"”…:]\s*$/.test(withoutTrailingEmoji(line)))
  ) {
    return false;
  }
  const words = text.split(/\s+/).filter((w) => /^\p{L}{3,}/u.test(w));
  const upper = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  // (a post's first paragraph may lack its full stop and run long: "Alhamdulillah… Desa kita,
  // Desa X Kecamatan Y, meraih JUARA 1 … kategori Pemerintah Desa 🏆")
  return (
    words.length >= 2 &&
    words.length <= 20 &&
    upper / words.length >= 0.6 &&
    text.length <= TitleMaxLength
  );
}

// a regency, city or province is a name whatever the body says; a village's name ("Nagari
// Tertua Kini Juara") must appear in the body
const REGION_NAME = /^(?:Pem|Kab|Kota|Prov)/i;

/**
 * A headline's unmarked name confirmed by the body: the marked body name that contains it
 * ("Panggungharjo" → "Desa Panggungharjo"), itself when the body writes it plainly, else null
 * (headline phrases such as "Cerita Kades X Bawa Desanya" are no names).
 */
export function confirmInBody(name: string, body: string[]): FoundName | 'plain' | null {
  const re = new RegExp(`(?<![\\p{L}])${escapeRegex(name)}(?![\\p{L}])`, 'u');
  let plain = false;
  for (const text of body) {
    const m = re.exec(text);
    if (!m) {
      continue;
    }
    const covering = scanNames(text).find(
      (n) => n.start <= m.index && n.end >= m.index + name.length && n.text !== name,
    );
    if (covering) {
      return covering;
    }
    plain = true;
  }
  return plain ? 'plain' : null;
}

// whether two names, one the start of the other, are two regions ("Kabupaten Bangka", "Kabupaten
// Bangka Barat"), not one region and its name run on
const otherRegion = (a: string, b: string): boolean => {
  const one = resolvePrefixedRegion(a);
  const two = one ? resolvePrefixedRegion(b) : null;
  return two != null && one != null && two.code !== one.code;
};

/**
 * A headline's marked name cut back to the body name it starts with ("Desa Sukamaju Bangga
 * Desanya" → "Desa Sukamaju"); null when the body names no shorter form of it.
 */
export function shortenToBody(name: string, body: string[]): FoundName | null {
  let best: FoundName | null = null;
  for (const text of body) {
    if (!text.includes(name.split(' ')[1] ?? name)) {
      continue;
    }
    for (const n of scanNames(text)) {
      const shorter =
        n.text.length < name.length && name.startsWith(`${n.text} `) && !otherRegion(name, n.text);
      if (shorter && n.text.includes(' ') && (!best || n.text.length > best.text.length)) {
        best = n;
      }
    }
  }
  return best;
}

// a headline's verb of winning or of celebrating a win, written in capitals like the name before
// it ("Koperasi Anyaman Rajapolah Rayakan Juara", "Desa Sukamaju Raih Juara I"); other verbs
// ("Pemkot X Kumpulkan 14 Penghargaan", "Disnaker Lakukan Evaluasi") tell no win, the run stays
// whole and is not confirmed
// (nor a head of the village's words of joy: "Perbekel Kerta Buana Bersyukur, Desanya Juara Tiga",
// "… Kata Kades Ngunut Kidul Sambil Angkat Piala")
const HEADLINE_VERB =
  /^(?:Raih|Meraih|Sabet|Menyabet|Boyong|Memboyong|Borong|Bawa|Membawa|Terima|Menerima|Juarai|Menjuarai|Rebut|Gondol|Menang|Sukses|Berhasil|Pertahankan|Rayakan|Syukuri|Bersyukur|Bergembira|Sambil|Angkat|Pamerkan|Bikin)$/u;

/** A headline's name cut before the first verb in it, or null when the verb opens it. */
function beforeHeadlineVerb(name: FoundName): FoundName | null {
  const words = name.text.split(' ');
  const at = words.findIndex((w, k) => k > 0 && HEADLINE_VERB.test(w));
  if (at < 0) {
    return name;
  }
  const text = words.slice(0, at).join(' ');
  return at >= 2 || !/^(?:Desa|Kota|Kabupaten|Provinsi|PT|CV|UD|Koperasi)$/.test(text)
    ? { ...name, text, end: name.start + text.length }
    : null;
}

/**
 * The name a headline candidate stands for (`body`: the article's other sentences): an unmarked
 * one must be confirmed by the body, a marked one is cut back to the body's form; null drops it.
 */
export function headlineName(given: FoundName, body: string[]): FoundName | null {
  const name = beforeHeadlineVerb(given);
  if (!name) {
    return null;
  }
  const confirmed = name.marked ? 'plain' : confirmInBody(name.text, body);
  if (!confirmed) {
    return null;
  }
  if (confirmed !== 'plain') {
    return confirmed;
  }
  const shorter = shortenToBody(name.text, body);
  if (shorter) {
    return shorter;
  }
  // "Mamuju Juara I" names Kabupaten Mamuju, not the "Mamuju Tengah" the body also names
  if (isBareRegion(name)) {
    return name;
  }
  // "Desa Gegesik Juara Dua" over "Desa Gegesik Kulon …": the body's full name; but "Kabupaten
  // Bangka Juara 1" is its own regency, whatever "Kabupaten Bangka Tengah" the body also names
  const longer = longerInBody(name.text, body);
  if (longer) {
    return otherRegion(name.text, longer.text) ? name : longer;
  }
  // an organisation's name whose proper part (up to its first two words) the body never writes
  // is a headline phrase ("Gereja Ikut Diganjar", "Koperasi Susu Garut Curi Perhatian" over a
  // body's "Koperasi Produsen Susu …"); a region's name is one whatever the body says
  // (a name of a kind and one word, "Pabrik Gula", must be written whole: "pabrik gula itu")
  const words = name.text.split(' ');
  // (a regency's prefix before a word no gazetteer knows is a headline phrase: "Pangandaran,
  // Kabupaten Termuda di Jabar, Terbaik Kedua"; a city's may be its nickname: "Kota Cakalang")
  const region =
    REGION_NAME.test(name.text) &&
    (!/^Kabupaten\s/.test(name.text) || resolvePrefixedRegion(name.text) != null);
  const proper = region ? null : words.length <= 2 ? name.text : words.slice(1, 3).join(' ');
  const re = proper ? new RegExp(`(?<![\\p{L}])${escapeRegex(proper)}(?![\\p{L}])`, 'u') : null;
  return !re || body.some((t) => re.test(t)) ? name : null;
}

/** The body's name that a headline's name is the start of ("Desa Gegesik" → "Desa Gegesik Kulon"). */
export function longerInBody(name: string, body: string[]): FoundName | null {
  for (const text of body) {
    const n = scanNames(text).find((x) => x.text.startsWith(`${name} `));
    if (n) {
      return n;
    }
  }
  return null;
}
