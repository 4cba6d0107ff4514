import {
  dashedPlace,
  isRegencyOrCity,
  joinedToPlace,
  type WinnerCandidate,
} from '../extraction/name-context.ts';
import { findRanks, rankValue, type RankMention } from '../extraction/parse-rank.ts';
import { placeAgainst } from '../extraction/rank-near.ts';
import { scanNames, type FoundName } from '../extraction/scan-names.ts';
import { findRegencies } from '../gazetteer/regions.ts';
import { orgMarker } from '../gazetteer/resolve-org.ts';
import { VILLAGE_NAME } from '../extraction/word-lists.ts';

/** Where a candidate came from: the rules, a list slot, or a name anywhere in the sentence. */
export type CandidateSource = 'rule' | 'slot' | 'span';

/** A candidate the rules did not find, with how it was found. */
export interface ExtraCandidate extends WinnerCandidate {
  source: CandidateSource;
  /** The list slot's bullet ("o", "•", "1)", "-"), when the candidate fills one. */
  bullet: string | null;
}

// a list slot: any bullet glyph or numbering, then the item ("o Juara I: Bank X", "1) Kota Y")
const BULLET = /^\s*([-–—•·●▪◦○*o]|\d{1,2}[.)]|[a-hA-H][.)])\s+(?=\S)/u;
// "Juara I:", "Terbaik 2 -", "Harapan 1", "Juara I Kategori Provinsi:" before the slot's name
const SLOT_RANK =
  /^(?:(?:juara|terbaik|peringkat|posisi|harapan|runner[- ]?up)(?:\s+(?:harapan|umum))?(?:\s+(?:ke-?)?(?:\d{1,2}|[IV]{1,3}|pertama|kedua|ketiga|satu|dua|tiga))?)(?:[^:]{0,60}:)?\s*[:–—-]?\s*/iu;
// inline numbering: "… kabupaten/kota: 1. Kabupaten Badung 2. Kota Denpasar 3. …"
const INLINE_NUMBER = /(?:^|\s)([1-9])[.)]\s+(?=\p{Lu})/gu;
// a company's own place or legal form closing its name ("PT X (XYZ) Gresik", "PT Y Tbk.")
const NAME_TAIL = /^(\s*\(([A-Z][A-Za-z]{1,9})\))?(\s*(?:Tbk\.?|\(Persero\)|Persero))?/u;
const PLACE_AFTER = /^\s+(\p{Lu}\p{Ll}+)(?![\p{L}])/u;

/** The tail after a name: its acronym, legal form, and the regency it sits in ("… (SKI) Gresik"). */
function tailOf(text: string): { paren: string | null; length: number } {
  const m = NAME_TAIL.exec(text);
  let length = m?.[0].length ?? 0;
  const place = PLACE_AFTER.exec(text.slice(length));
  if (place && findRegencies(place[1] ?? '').length > 0) {
    length += place[0].length;
  }
  return { paren: m?.[2] ?? null, length };
}
const NAME =
  /^\p{Lu}[\p{L}\p{N}.'’-]*(?:\s+(?:&|dan|di)\s+\p{Lu}[\p{L}\p{N}.'’-]*|\s+\p{Lu}[\p{L}\p{N}.'’-]*)*/u;

function slotRank(label: string): RankMention | null {
  const ranks = findRanks(label);
  const r = ranks[ranks.length - 1];
  if (r) {
    return r;
  }
  return /^harapan/i.test(label) ? { rank: null, label, start: 0, end: label.length } : null;
}

/** The name at the start of `text` (a capitalised run that may hold "&", "dan", "di"). */
function nameAt(text: string, offset: number): FoundName | null {
  const m = NAME.exec(text);
  if (!m) {
    return null;
  }
  // "dan"/"di" only join when the run goes on and is not a second name ("Kota A dan Kota B")
  let raw = m[0];
  const second = /\s+(?:dan|&)\s+(?=(?:Kabupaten|Kota|Provinsi|Desa|PT|CV|Pemkab|Pemkot)\b)/u.exec(
    raw,
  );
  if (second) {
    raw = raw.slice(0, second.index);
  }
  raw = raw.replace(/[.'’-]+$/u, '');
  const tail = tailOf(text.slice(raw.length));
  return {
    text: raw,
    start: offset,
    end: offset + raw.length + tail.length,
    paren: tail.paren,
    marked: false,
  };
}

/** Slots of a list line, or of an inline numbered list; empty when the sentence is neither. */
function listSlots(sentence: string): ExtraCandidate[] {
  const out: ExtraCandidate[] = [];
  const bullet = BULLET.exec(sentence);
  if (bullet) {
    const at = bullet[0].length;
    const rest = sentence.slice(at);
    const label = SLOT_RANK.exec(rest);
    const from = at + (label?.[0].length ?? 0);
    const name = nameAt(sentence.slice(from), from);
    const glyph = bullet[1] ?? '';
    if (name) {
      const numbered = /^\d/.test(glyph) ? rankValue(glyph.replace(/\D/g, '')) : null;
      const rank =
        (label && slotRank(label[0])) ??
        (numbered != null ? { rank: numbered, label: glyph, start: 0, end: glyph.length } : null);
      out.push({
        name,
        rank,
        place: null,
        scope: { start: 0, end: sentence.length },
        source: 'slot',
        bullet: glyph,
      });
    }
    return out;
  }
  const numbers = [...sentence.matchAll(INLINE_NUMBER)];
  const ordered = numbers.every((m, k) => Number(m[1]) === k + 1);
  if (numbers.length >= 2 && ordered) {
    numbers.forEach((m, k) => {
      const from = m.index + m[0].length;
      const until = numbers[k + 1]?.index ?? sentence.length;
      const name = nameAt(sentence.slice(from, until), from);
      if (name) {
        const n = Number(m[1]);
        out.push({
          name,
          rank: { rank: n, label: `${n}.`, start: m.index, end: from },
          place: null,
          scope: { start: m.index, end: until },
          source: 'slot',
          bullet: `${n}.`,
        });
      }
    });
  }
  return out;
}

// (a rank that opens the next item is none: "Juara I Kota X, Juara II Kota Y, …")
const APPOSITION =
  /^,\s*(?!(?:Juara|Terbaik|Peringkat|Posisi|Urutan)\b)(?:(?:Kecamatan|Kec\.|Kapanewon|Distrik)\s+\p{Lu}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*)*,\s*)?(?:(?:Kabupaten|Kota|Kab\.)\s+)?\p{Lu}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*)*,/u;

/**
 * The rank that belongs to a name: the one right after it ("X meraih juara I") unless a comma
 * or another name comes between, else the one right before it ("Juara I diraih X", "Juara II:
 * X"), with no other name between; at most `window` characters away.
 */
export function rankOf(
  s: string,
  ranks: readonly RankMention[],
  name: { start: number; end: number },
  others: ReadonlyArray<{ start: number; end: number }>,
  window = 40,
): RankMention | null {
  const between = (from: number, to: number): boolean =>
    others.some(
      (o) => o.start >= from && o.end <= to && (o.start !== name.start || o.end !== name.end),
    );
  // "Desa X, Kecamatan Y, Kabupaten Z, meraih juara I": the place set off after the name is
  // part of it for this reading
  const placed = APPOSITION.exec(s.slice(name.end))?.[0].length ?? 0;
  const end = name.end + placed;
  const after = ranks.find((r) => r.start >= end);
  const afterGap = after ? s.slice(end, after.start) : '';
  const afterOk =
    after != null &&
    afterGap.length <= window &&
    !between(end, after.start) &&
    !/[,;]/.test(afterGap);
  if (after && afterOk) {
    return after;
  }
  const before = [...ranks].reverse().find((r) => r.end <= name.start);
  const beforeOk =
    before != null && name.start - before.end <= window && !between(before.end, name.start);
  if (!before || !beforeOk) {
    return null;
  }
  const against = placeAgainst(s.slice(0, name.start), before);
  return against === undefined ? before : against;
}

// what the rules never take for a winner, kept from the name scan too: a dateline ("Pekanbaru
// (Outlet)-"), a place after a dash ("Pie Kak Mah – Kota Banda Aceh", "… – Meulaboh, Aceh
// Barat"), an agency through which its government won ("melalui Dinas Tenaga Kerja"), a name
// the winner beat ("mengungguli Kota X"), the place businesses come from ("usaha mikro dari X"), a
// venue ("… menerima trofi di Semarang")
const DATELINE_AFTER = /^\s*(?:\([^)]*\))?\s*[-–—]/u;
const PLACE_AFTER_DASH = /[\p{L}.)]\s+[–—-]\s+(?:\p{Lu}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*)*,\s*)?$/u;
const THROUGH_AGENCY = /\bmelalui\s+$/i;
const AGENCY = /^(?:Dinas|Disnaker(?:trans)?|Biro|Badan)\b/;
// "tiga pelaku usaha mikro dari Minahasa": the businesses of a place win, not the place
// (and "milik masyarakat Padang Panjang": a place's people)
const FROM_PLACE =
  /\b(?:usaha|mikro|kecil|menengah|umkm|pelaku|perusahaan|pekerja|warga|nelayan|petani)\s+(?:dari|asal)\s+$|\b(?:masyarakat|warga|rakyat)\s+$/i;
const BEATEN = /\b(?:mengungguli|mengalahkan|menyisihkan|menyingkirkan|menggeser)\s+$/i;
// "… menerima trofi di Semarang": where something happened, not who won
const VENUE = /(?<![\p{L}])di\s+$/iu;
// "hotel di kawasan Nongsa, Kota Batam, meraih …": a regency or city placing the place before it
// ("Kios Mama Yosina di Jalan Raya Mandala, Merauke, meraih …": a street's town)
const PLACE_CHAIN =
  /(?:\bdi\s+(?:kawasan\s+|daerah\s+|wilayah\s+|Kecamatan\s+|Desa\s+|Kelurahan\s+)?|\b(?:Jalan|Jl\.)\s+)(?-i:\p{Lu})[\p{L}-]*(?:\s+(?-i:\p{Lu})[\p{L}-]*){0,3},\s*$/iu;

/** "X – Kota Y": the dash follows a name, not a rank or category label ("Juara I – Kota Y"). */
function placeAfterDash(before: string): boolean {
  const m = PLACE_AFTER_DASH.exec(before);
  if (!m) {
    return false;
  }
  const head = (
    before
      .slice(0, m.index + 1)
      .split(/[:;]/)
      .pop() ?? ''
  ).trim();
  return !/^(?:juara|terbaik|peringkat|harapan|posisi|urutan|kategori|sektor|\d|[IVX]+\b)/i.test(
    head,
  );
}

/** Whether a scanned name is one the rules never take for a winner (see above). */
export function neverWinner(
  sentence: string,
  name: { text: string; start: number; end: number },
): boolean {
  const before = sentence.slice(0, name.start);
  return (
    (/^\s*$/.test(before) && DATELINE_AFTER.test(sentence.slice(name.end))) ||
    placeAfterDash(before) ||
    (THROUGH_AGENCY.test(before) && AGENCY.test(name.text)) ||
    BEATEN.test(before) ||
    FROM_PLACE.test(before) ||
    VENUE.test(before) ||
    (PLACE_CHAIN.test(before) && isRegencyOrCity(name.text)) ||
    joinedToPlace(sentence, name) ||
    dashedPlace(sentence, name)
  );
}

/**
 * High-recall winner candidates of one sentence: every list slot (any bullet or numbering) and
 * every name a marker backs (region prefixes, org and business words). Most are no winner: the
 * learned decision sorts them out.
 */
export function extraCandidates(sentence: string): ExtraCandidate[] {
  const slots = listSlots(sentence);
  const ranks = findRanks(sentence);
  const names = scanNames(sentence).map((name) => {
    const tail = tailOf(sentence.slice(name.end));
    return { ...name, paren: name.paren ?? tail.paren, end: name.end + tail.length };
  });
  // a name inside another's tail ("Gresik" in "PT X (XYZ) Gresik") is no name of its own
  const whole = names.filter(
    (n) =>
      !names.some(
        (m) => m !== n && m.start <= n.start && n.end <= m.end && m.end - m.start > n.end - n.start,
      ),
  );
  const spans: ExtraCandidate[] = whole.map((name) => ({
    name,
    rank: rankOf(sentence, ranks, name, whole),
    place: null,
    scope: { start: name.start, end: sentence.length },
    source: 'span',
    bullet: null,
  }));
  const taken = [...slots];
  for (const s of spans.filter((c) => !neverWinner(sentence, c.name))) {
    // "PT Bank Pembangunan Daerah Jawa Timur Tbk atau Bank Jatim": another name for the one before
    if (/\S\s+(?:atau|alias)\s+$/u.test(sentence.slice(0, s.name.start))) {
      const prev = whole.filter((n) => n.end <= s.name.start).pop();
      if (prev && /^\s+(?:atau|alias)\s+$/u.test(sentence.slice(prev.end, s.name.start))) {
        continue;
      }
    }
    // "Toko Tenun Inaq Rahmah, Desa Pringgasela": a village or region right after a business
    // is its home
    const prev = whole.filter((n) => n.end <= s.name.start).pop();
    if (
      prev &&
      /^\s*,\s*$/.test(sentence.slice(prev.end, s.name.start)) &&
      orgMarker(prev.text) != null &&
      (VILLAGE_NAME.test(s.name.text) || isRegencyOrCity(s.name.text))
    ) {
      continue;
    }
    if (!taken.some((t) => s.name.start < t.name.end && t.name.start < s.name.end)) {
      taken.push(s);
    }
  }
  const free = taken.filter((t) => t.source === 'span');
  return [...slots, ...free].sort((a, b) => a.name.start - b.name.start);
}
