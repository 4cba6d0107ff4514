/** A rank stated in text ("juara pertama", "Terbaik II", "peringkat 3"), with its offsets. */
export interface RankMention {
  rank: number | null;
  label: string;
  start: number;
  end: number;
}

const WORDS: Record<string, number> = {
  pertama: 1,
  kesatu: 1,
  satu: 1,
  teratas: 1,
  tertinggi: 1,
  puncak: 1,
  kedua: 2,
  dua: 2,
  ketiga: 3,
  tiga: 3,
  keempat: 4,
  empat: 4,
  kelima: 5,
  lima: 5,
  // a regional post's numbers after "juara": Minang ("juara duo"), Javanese ("juara loro"),
  // Sundanese ("juara kahiji")
  ciek: 1,
  duo: 2,
  tigo: 3,
  ampek: 4,
  siji: 1,
  loro: 2,
  telu: 3,
  kahiji: 1,
  kadua: 2,
  katilu: 3,
};
const ROMAN: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4, V: 5 };

const HEAD =
  '(?:juara|terbaik|peringkat|posisi|urutan|ranking|rangking|predikat|nomor|kategori|pemenang)';
const VALUE = '(?:ke[-\\s]?)?(\\d{1,2}(?![\\d/]|\\.\\d)|[IV]{1,3}(?![\\p{L}\\d])|[\\p{L}]+)';
const RUNNER_UP = /\brunner[-\s]?up\b/giu;
const HONOURABLE = /\bharapan\s+(?:I{1,3}|[1-3]|satu|dua|tiga)(?![\p{L}\d])/giu;
const THE_BEST = /\bthe best\b/giu;
const LAST_OF_TOP = /\b(?:melengkapi|menutup)\s+(tiga|empat|lima|[2-5])\s+besar\b/giu;
// the value may be quoted (juara "pertama", peringkat ‘2’) or glued by a typo (juara1, Juara-1)
const RANK_RE = new RegExp(
  `\\b${HEAD}(?:\\s+(?:harapan|umum))?(?:\\s+["“'‘]?|-|(?=\\d))${VALUE}`,
  'giu',
);

/** The rank a value token denotes: "1", "I", "pertama", "ke-2"; null when it is not one. */
export function rankValue(token: string): number | null {
  const t = token.replace(/^ke[-\s]?/i, '');
  if (/^\d{1,2}$/.test(t)) {
    const n = Number(t);
    return n >= 1 && n <= 10 ? n : null;
  }
  if (/^[IV]{1,3}$/.test(t)) {
    return ROMAN[t] ?? null;
  }
  return WORDS[t.toLowerCase()] ?? null;
}

/** Every rank expression in a text, in order; "juara harapan"/"juara umum" count as unranked. */
export function findRanks(text: string): RankMention[] {
  const out: RankMention[] = [];
  RANK_RE.lastIndex = 0;
  for (let m = RANK_RE.exec(text); m; m = RANK_RE.exec(text)) {
    const value = m[1] ?? '';
    const head = m[0].slice(0, m[0].length - value.length);
    const isCategory = /^kategori/i.test(head);
    const rank = rankValue(value);
    // ("juara tiga kali berturut-turut": how many times, not a place)
    const times = /^\s+kali\b/i.test(text.slice(m.index + m[0].length));
    if (rank == null || (isCategory && !/^\d$/.test(value)) || times) {
      RANK_RE.lastIndex = m.index + 1;
      continue;
    }
    const unranked = /harapan|umum/i.test(head);
    out.push({
      rank: unranked ? null : rank,
      label: m[0],
      start: m.index,
      end: m.index + m[0].length,
    });
  }
  // "Harapan I" alone (a table's "Predikat" cell): an honourable mention, no place
  for (const r of text.matchAll(HONOURABLE)) {
    if (!out.some((o) => r.index < o.end && o.start < r.index + r[0].length)) {
      out.push({ rank: null, label: r[0], start: r.index, end: r.index + r[0].length });
    }
  }
  // "runner-up" is the second place
  for (const r of text.matchAll(RUNNER_UP)) {
    out.push({ rank: 2, label: r[0], start: r.index, end: r.index + r[0].length });
  }
  // "The Best Province" is the first place
  for (const r of text.matchAll(THE_BEST)) {
    out.push({ rank: 1, label: r[0], start: r.index, end: r.index + r[0].length });
  }
  // "melengkapi tiga besar" (completes the top three) is the last place of it
  for (const r of text.matchAll(LAST_OF_TOP)) {
    const rank = rankValue(r[1] ?? '');
    out.push({ rank, label: r[0], start: r.index, end: r.index + r[0].length });
  }
  // "Kota Surakarta (pertama) dan Kota Pontianak (kedua)": an ordinal alone in parentheses
  for (const r of text.matchAll(PAREN_ORDINAL)) {
    const rank = rankValue(r[1] ?? '');
    if (rank != null && !out.some((o) => r.index < o.end && o.start < r.index + r[0].length)) {
      out.push({ rank, label: r[0], start: r.index, end: r.index + r[0].length });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

const PAREN_ORDINAL = /\((pertama|kedua|ketiga|keempat|kelima)\)/giu;

const ORDINAL_RE = /\b(pertama|kedua|ketiga|keempat|kelima)\b/giu;

/** Bare ordinals ("kedua Pemerintah Kabupaten X", "BPR di posisi kedua") not already in `ranks`. */
export function findBareOrdinals(text: string, ranks: RankMention[]): RankMention[] {
  const out: RankMention[] = [];
  for (const m of text.matchAll(ORDINAL_RE)) {
    const start = m.index;
    if (ranks.some((r) => start >= r.start && start < r.end)) {
      continue;
    }
    out.push({ rank: rankValue(m[1] ?? ''), label: m[0], start, end: start + m[0].length });
  }
  return out;
}
