import { findBareOrdinals, findRanks, rankValue, type RankMention } from './parse-rank.ts';
import { readNameAt } from './read-name.ts';
import { readRegionAt, scanNames, type FoundName } from './scan-names.ts';
import { splitItems, type Item } from './split-items.ts';
import { LIST_TRIGGER, NOT_A_NAME, NOT_A_WIN, WIN_ADVERBS, WIN_VERB } from './word-lists.ts';

/** A winner named in a sentence, with the rank and place written next to it. */
export interface WinnerCandidate {
  name: FoundName;
  rank: RankMention | null;
  place: string | null;
  /** Sentence text the candidate's own category is read from. */
  scope: { start: number; end: number };
}

const AFTER_NAME = new RegExp(
  `^(?:\\s+(?:di|dari)\\s+(?:Kecamatan\\s+|Kec\\.?\\s+)?([\\p{Lu}][\\p{L}]*(?:\\s+[\\p{Lu}][\\p{L}]*){0,3}))?,?\\s+${WIN_ADVERBS}(?:${WIN_VERB}|(?:di\\s+)?(?:juara|terbaik|peringkat|posisi|urutan)\\b)`,
  'iu',
);
const STRONG =
  /^(?:berhasil |juga |turut |pun )?(?:diraih|dimenangkan|dimenangi|diterima|diberikan|dianugerahkan|jatuh|disabet)|yakni|yaitu|meliputi|antara lain|di antaranya|diantaranya|disusul|diikuti/i;
const TRIGGER_RE = new RegExp(`(?<![\\p{L}])${LIST_TRIGGER}(?![\\p{L}])\\s*:?\\s*`, 'giu');
const LEAD =
  /^(?:(?:dengan|serta|dan|lalu|kemudian|juga|sedangkan|sementara(?: itu)?|selanjutnya|terakhir|adapun)\s+)+/i;
const LOCATED = /(?:\b(?:di|dari|tingkat|wilayah|se|asal|kawasan|untuk|zona)\s*-?\s*|se-)$/i;

function nameAt(s: string, pos: number, unmarkedOk: boolean): FoundName | null {
  const region = readRegionAt(s, pos);
  const marked = scanNames(s.slice(pos)).find((n) => n.start === 0);
  if (marked) {
    return { ...marked, start: marked.start + pos, end: marked.end + pos };
  }
  if (region) {
    return region;
  }
  const plain = readNameAt(s, pos);
  if (!plain || !unmarkedOk || NOT_A_NAME.has(plain.text.split(' ')[0]?.toLowerCase() ?? '')) {
    return null;
  }
  return { ...plain, marked: false };
}

function rankIn(s: string, from: number, to: number): RankMention | null {
  const text = s.slice(from, to);
  const ranks = findRanks(text);
  const all = [
    ...ranks,
    ...findBareOrdinals(text, ranks).filter((o) =>
      /(?:posisi|urutan|di)\s+$/i.test(text.slice(0, o.start)),
    ),
  ];
  const first = all.sort((a, b) => a.start - b.start)[0];
  return first ? { ...first, start: first.start + from, end: first.end + from } : null;
}

function placeAfter(s: string, end: number): string | null {
  const m =
    /^\s*(?:[–—-]|di|,)\s*(?:Kecamatan\s+[\p{Lu}][\p{L}]*(?:\s+[\p{Lu}][\p{L}]*)*,\s*|Kec\.?\s+[\p{Lu}][\p{L}]*(?:\s+[\p{Lu}][\p{L}]*)*,?\s*)?((?:Kabupaten|Kota|Kab\.)?\s*[\p{Lu}][\p{L}]*(?:\s+[\p{Lu}][\p{L}]*){0,3})/u.exec(
      s.slice(end),
    );
  return m?.[1]?.trim() ?? null;
}

/** Names that are the subject of a win verb or rank: "Kota X berhasil meraih juara 1". */
function subjects(s: string): WinnerCandidate[] {
  const out: WinnerCandidate[] = [];
  const names = scanNames(s);
  const first = nameAt(s, 0, true);
  if (first && !first.marked) {
    names.unshift(first);
  }
  for (const name of names) {
    const m = AFTER_NAME.exec(s.slice(name.end));
    const clauseStart = Math.max(s.lastIndexOf(',', name.start), s.lastIndexOf(';', name.start), 0);
    if (!m || LOCATED.test(s.slice(0, name.start))) {
      continue;
    }
    if (NOT_A_WIN.test(s.slice(clauseStart, name.end + m[0].length))) {
      continue;
    }
    const verbEnd = name.end + m[0].length;
    const next = s.slice(verbEnd).search(/[,;]\s+(?:[\p{Lu}]|dan |serta )|\.\s/u);
    const rank = rankIn(s, name.end, next < 0 ? s.length : verbEnd + next);
    out.push({
      name,
      rank,
      place: m[1] ?? null,
      scope: { start: name.start, end: next < 0 ? s.length : verbEnd + next },
    });
  }
  return out;
}

/** Winners in list items: "Juara 1: X", "diraih oleh A, B dan C", "Terbaik 2 D", run items. */
function listed(s: string): WinnerCandidate[] {
  const out: WinnerCandidate[] = [];
  const stop = s.search(/\b(mengungguli|mengalahkan|menyisihkan|menyingkirkan)\b/i);
  const items: Item[] = splitItems(stop < 0 ? s : s.slice(0, stop));
  let run: 'strong' | 'weak' | null = null;
  for (const item of items) {
    let pos = item.start + (LEAD.exec(item.text)?.[0].length ?? 0);
    let text = s.slice(pos, item.end);
    let rank: RankMention | null = null;
    let strong: boolean = run === 'strong';
    let trig: RegExpExecArray | null = null;
    TRIGGER_RE.lastIndex = 0;
    for (let m = TRIGGER_RE.exec(text); m; m = TRIGGER_RE.exec(text)) {
      if (nameAt(text, m.index + m[0].length, true) || m.index + m[0].length >= text.length) {
        trig = m;
      }
    }
    if (trig) {
      if (NOT_A_WIN.test(text.slice(0, trig.index))) {
        run = null;
        continue;
      }
      rank = rankIn(text, 0, trig.index);
      strong = STRONG.test(trig[0].trim()) || strong;
      run = strong ? 'strong' : (run ?? 'weak');
      pos += trig.index + trig[0].length;
      text = s.slice(pos, item.end);
    }
    const lead =
      /^(?:(?:juara|terbaik|peringkat|kategori)(?:\s+(?:ke-?)?(?:\d{1,2}|[IV]{1,3}|pertama|kedua|ketiga|satu|dua|tiga))?\s*:?\s*)+|^(?:pertama|kedua|ketiga|keempat|kelima)\s+/i.exec(
        text,
      );
    if (lead && lead[0].trim()) {
      const ranks = findRanks(lead[0]);
      const ordinal = findBareOrdinals(lead[0], ranks);
      rank = [...ranks, ...ordinal].sort((a, b) => b.start - a.start)[0] ?? rank;
      if (rank) {
        rank = { ...rank, start: rank.start + pos, end: rank.end + pos };
      }
      pos += lead[0].length;
      text = s.slice(pos, item.end);
      run ??= 'strong';
      strong = true;
    }
    if (!run && !lead) {
      continue;
    }
    const name = nameAt(
      s,
      pos,
      strong ||
        /^\s*(?:yang\s+)?\w*\s*(?:meraih|juara|terbaik|sebagai)/i.test(
          s.slice(readNameAt(s, pos)?.end ?? pos),
        ),
    );
    if (!name || LOCATED.test(s.slice(item.start, pos))) {
      continue;
    }
    rank ??= rankIn(s, name.end, item.end);
    const pair = /\b(?:juara|terbaik|peringkat)\s+(\S+)\s+dan\s+(\S+?)[.]?$/i.exec(
      s.slice(name.end, item.end),
    );
    const prev = out[out.length - 1];
    if (pair && rank) {
      // "A dan B sebagai juara 2 dan 3": the first value belongs to the previous winner
      const [a, b] = [rankValue(pair[1] ?? ''), rankValue(pair[2] ?? '')];
      if (prev && !prev.rank && a != null) {
        prev.rank = { ...rank, rank: a };
      }
      rank = { ...rank, rank: b ?? rank.rank };
    }
    out.push({
      name,
      rank,
      place: placeAfter(s, name.end),
      scope: { start: item.start, end: item.end },
    });
  }
  return out;
}

/** Every winner candidate a sentence states, list items first, then subjects of win verbs. */
export function findWinners(sentence: string): WinnerCandidate[] {
  const found = listed(sentence);
  for (const c of subjects(sentence)) {
    const same = found.find((f) => f.name.start < c.name.end && c.name.start < f.name.end);
    if (!same) {
      found.push(c);
    } else if (!same.rank && c.rank) {
      same.rank = c.rank;
    }
  }
  return found.sort((a, b) => a.name.start - b.name.start);
}
