// A small Indonesian affix stemmer (after Nazief & Adriani, 1996, without a root dictionary):
// particles (-lah, -kah, -tah, -pun), possessives (-ku, -mu, -nya), derivational suffixes
// (-i, -kan, -an), then up to two prefixes (di-, ke-, se-, ber-, ter-, per-, me(N)-, pe(N)-) with
// the usual nasal recoding (menyabet → sabet, memenangkan → menang, meraih → raih). No dictionary:
// a rule stops when the rest would be shorter than three letters. The stemmer only has to make
// inflected forms of one verb meet (diraih, meraih, raihnya → raih); it is used for features.
// npm's Sastrawi ports are unmaintained (last release 2017), hence this one.

const PARTICLE = /(?:lah|kah|tah|pun)$/;
const POSSESSIVE = /(?:ku|mu|nya)$/;
const SUFFIX = /(?:kan|an|i)$/;
const MIN = 3;

function cut(word: string, re: RegExp): string {
  const m = re.exec(word);
  return m && word.length - m[0].length >= MIN ? word.slice(0, m.index) : word;
}

/** me(N)-/pe(N)- with nasal recoding: meny+a → sa, mem+a → pa (memenangkan keeps m-e-n…). */
function nasal(word: string): string | null {
  const m = /^(me|pe)(ng|ny|n|m)?(.*)$/.exec(word);
  if (!m) {
    return null;
  }
  const [, , n = '', rest = ''] = m;
  if (rest.length < MIN) {
    return null;
  }
  const vowel = /^[aiueo]/.test(rest);
  if (n === 'ny' && vowel) {
    return `s${rest}`;
  }
  if (n === 'm' && vowel) {
    // memenang → menang (p dropped before a vowel), memakai → pakai: keep the common reading
    return rest.startsWith('e') ? rest.replace(/^e/, 'me') : `p${rest}`;
  }
  if (n === 'n' && vowel) {
    return `t${rest}`;
  }
  if (n === 'ng' && vowel) {
    return rest;
  }
  return n === '' && /^[lrwy]/.test(rest) ? rest : n === '' ? null : rest;
}

/** Roots that start like a prefix ("terima" is no "ter-" + "ima"). */
const ROOTS = new Set([
  'terima',
  'pergi',
  'percaya',
  'serta',
  'serah',
  'pesan',
  'beri',
  'bela',
  'tempat',
]);

function stripPrefix(word: string): string {
  if (ROOTS.has(word)) {
    return word;
  }
  for (const p of ['di', 'ke', 'se']) {
    if (word.startsWith(p) && word.length - p.length >= MIN) {
      return word.slice(p.length);
    }
  }
  const ber = /^(?:ber|ter|per)(?=[a-z])/.exec(word);
  // "peraih" is pe- + raih, "perjuangan" per- + juang: a vowel after "per" belongs to the root
  const peR = ber?.[0] === 'per' && /^per[aiueo]/.test(word);
  if (ber && !peR && word.length - ber[0].length >= MIN) {
    return word.slice(ber[0].length);
  }
  return nasal(word) ?? word;
}

/** The stem of one lower-case Indonesian word ("dimenangkan" → "menang", "juaranya" → "juara"). */
export function stem(word: string): string {
  let w = word.toLowerCase();
  if (w.length <= MIN + 1 || !/^[a-z]+$/.test(w)) {
    return w;
  }
  w = cut(w, PARTICLE);
  w = cut(w, POSSESSIVE);
  const before = w;
  w = cut(w, SUFFIX);
  w = stripPrefix(w);
  // a second prefix is only ever per-/ber- ("diperjuangkan", "memberdayakan")
  const again = /^(?:per|ber)(?=[^aiueo])/.exec(w);
  if (again && w.length - again[0].length >= MIN) {
    w = w.slice(again[0].length);
  }
  // a suffix cut that left a stem ending in a consonant cluster was part of the root ("pilih-an")
  return w.length >= MIN ? w : before;
}

/** Lower-case word stems of a text, in order. */
export function stems(text: string): string[] {
  return (text.toLowerCase().match(/[a-z]+/g) ?? []).map(stem);
}
