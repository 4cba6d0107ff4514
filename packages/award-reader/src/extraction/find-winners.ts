import { orgMarker } from '../gazetteer/resolve-org.ts';
import { findBareRegion } from '../gazetteer/resolve-name.ts';
import { findListed } from './find-listed.ts';
import { findSubjects } from './find-subjects.ts';
import {
  citedSource,
  isRegencyOrCity,
  joinedToPlace,
  type WinnerCandidate,
} from './name-context.ts';
import { rankSeries } from './rank-series.ts';
import { AWARD_CUE } from './word-lists.ts';

export type { WinnerCandidate } from './name-context.ts';

// A sentence about candidates, selection or interviews names no winners unless it states a result.
const CANDIDACY =
  /\b(?:kandidat|finalis|nominator|mengikuti (?:seleksi|penilaian|wawancara|tahap|tahapan|verifikasi)|seleksi kandidat|diusulkan|mengusulkan|pesaing|bersaing|terpilih mewakili|masuk (?:\d+|sepuluh|lima|tiga) besar)\b/i;
const AWARD_WORD = /\b(?:penghargaan|anugerah|predikat|trofi|tropi|piala)\s+(\S+)/giu;
const NOT_A_TITLE = new Set(
  'paritrana jaminan tersebut ini itu bergengsi yang dari kepada sebagai tingkat kategori terbaik juara harapan pertama kedua ketiga tertinggi tahunan nasional runner the'.split(
    ' ',
  ),
);

// awards known by their own names ("PROPER Peringkat Hijau", "Adipura", "Zero Accident")
const OTHER_AWARD_NAME =
  /\b(?:PROPER|Adipura|Adiwiyata|Kalpataru|Nirwasita\s+Tantra|Satya\s*[Ll]ancana|Zero\s+Accident|Layak\s+Anak|UHC|Swasti\s+Saba|WTP|ISPO|Top\s+CSR)\b/u;

/** Whether a sentence names another award ("Piala Adipura", "Anugerah Parahita", "UHC Award"). */
function namesOtherAward(sentence: string): boolean {
  if (
    /\b(?!Paritrana)\p{Lu}[\p{L}]*\s+Awards?\b/u.test(sentence) ||
    OTHER_AWARD_NAME.test(sentence)
  ) {
    return true;
  }
  return [...sentence.matchAll(AWARD_WORD)].some((m) => {
    const next = m[1] ?? '';
    // "PT Sepatu Anugerah Mulia": the word inside a company's name
    const inName = /\p{Lu}[\p{L}]*\s+$/u.test(sentence.slice(Math.max(0, m.index - 30), m.index));
    return (
      !inName && /^\p{Lu}/u.test(next) && !NOT_A_TITLE.has(next.toLowerCase().replace(/\W+$/, ''))
    );
  });
}
/** A sentence about another award only ("Kabupaten X juga meraih UHC Award"). */
export const aboutOtherAward = (sentence: string): boolean =>
  namesOtherAward(sentence) && !/paritrana|jaminan sosial/i.test(sentence);

const RESULT =
  /\b(?:juara|terbaik|pemenang|peraih|meraih|diraih|memenangkan|dimenangkan|menyabet|dianugerahi)\b/i;

// "dari BPJS Ketenagakerjaan dan Pemprov Aceh sebagai terbaik II": the second of two givers
const GIVER_PAIR =
  /\bdari\s+(?:BPJS|BPJAMSOSTEK|Gubernur|Wakil\s+Gubernur|Pemprov|Pemerintah\s+(?:Provinsi|Aceh)|Menteri|Menko|Kemenko|Kementerian|Wakil\s+Presiden|Wapres)\b[^,.;]{0,60}?\s+(?:dan|serta|bersama)\s+$/i;

/**
 * Every winner a sentence states: list items first, then subjects of win verbs not yet found.
 * A sentence without award words counts only when the one before it had them (`afterCue`);
 * `inList` marks a line of a winners list under a header ("Kategori UMKM:" then "Kopi Senja").
 */
export function findWinners(sentence: string, afterCue = false, inList = false): WinnerCandidate[] {
  const cued = AWARD_CUE.test(sentence) || inList;
  if (
    (!afterCue && !cued) ||
    (CANDIDACY.test(sentence) && !RESULT.test(sentence)) ||
    aboutOtherAward(sentence)
  ) {
    return [];
  }
  const found = findListed(sentence, inList);
  // (a series of ranks in the sentence hands them out in order; read once, when asked)
  let seriesOfRanks: boolean | undefined;
  const hasSeries = () => (seriesOfRanks ??= rankSeries(sentence).ranks.length >= 2);
  const perCategory = (x: WinnerCandidate) => x.scope.start > x.name.end;
  for (const c of findSubjects(sentence)) {
    const overlapping = found.filter((f) => f.name.start < c.name.end && c.name.start < f.name.end);
    const same = overlapping[0];
    // a second category won by the same name ("… juara 1 kategori A dan juara 2 kategori B",
    // "juara I kategori A dan juara I kategori B"); the first one's reading replaces a reading of
    // the whole sentence
    const another =
      perCategory(c) &&
      (c.rank?.rank !== same?.rank?.rank || overlapping.some(perCategory)) &&
      !overlapping.some((f) => f.scope.start === c.scope.start);
    if (same && perCategory(c) && !perCategory(same) && c.rank?.rank === same.rank?.rank) {
      same.rank = c.rank;
      same.scope = c.scope;
    } else if (!same || another) {
      found.push(c);
    } else {
      // "Dinas Tenaga Kerja dan Transmigrasi Kota X": a list split inside a longer name the
      // subject reading holds whole is that name
      if (
        c.name.start <= same.name.start &&
        c.name.end >= same.name.end &&
        c.name.end - c.name.start > same.name.end - same.name.start &&
        /\s(?:dan|&)\s/.test(c.name.text)
      ) {
        same.name = c.name;
      }
      // "…, juara III; PT B juara I kategori badan usaha": the rank right after the name is its
      // own, not the one a list item before it carried
      const ownAfter =
        c.rank != null &&
        same.rank != null &&
        same.rank.start < same.name.start &&
        c.rank.start >= c.name.end &&
        OWN_RANK_GAP.test(sentence.slice(c.name.end, c.rank.start));
      if (
        c.rank &&
        (!same.rank ||
          ownAfter ||
          /\b(?:masing-masing|berturut-turut|berurutan)\b/i.test(sentence) ||
          hasSeries())
      ) {
        same.rank = c.rank;
      }
      same.place ??= c.place;
    }
  }
  // borrowing the cue of the sentence before, only names a marker backs are trusted
  const out = found
    .filter(
      (c) =>
        (cued || c.name.marked) &&
        !businessesOfPlace(c.name.text) &&
        !GIVER_PAIR.test(sentence.slice(0, c.name.start)) &&
        !joinedToPlace(sentence, c.name) &&
        !NO_WIN_AFTER.test(sentence.slice(c.name.end)) &&
        !citedSource(sentence.slice(0, c.name.start), sentence.slice(c.name.end)),
    )
    .sort((a, b) => a.name.start - b.name.start)
    // ("PT A, Kabupaten B – Juara 1": the regency or city after a company and its comma, with the
    // company's place or none, is where the company is)
    .filter((c, k, all) => {
      const prev = all[k - 1];
      return !(
        prev &&
        orgMarker(prev.name.text) != null &&
        isRegencyOrCity(c.name.text) &&
        /^,\s*$/.test(sentence.slice(prev.name.end, c.name.start)) &&
        (c.rank == null || c.rank.rank === prev.rank?.rank)
      );
    });
  return inSeries(sentence, out);
}

// "Bandung Jadi Tuan Rumah", "Kota X belum beruntung", "A dan B … harus puas tanpa gelar",
// "Maluku Tengah Cukup Sampai Nominasi", "Ende Dapat Sertifikat": what the clause after a name
// tells is no win (before any rank or win verb of its own)
// (said after a list of names of the last: "Kab. Wonosobo, Kab. Blora cuma dpt sertifikat nominasi")
export const NO_WIN_AFTER =
  /^(?:(?!\b(?:juara|terbaik|peringkat|posisi|meraih|menempati|menyabet|disusul|diikuti|setelah)\b)(?:[^,.;:]|,(?=\s*(?:dan\s+)?(?:(?-i:[A-Z])|(?:kab|kota|desa|pt|cv)\b))|(?<=\b(?:kab|ds|kel))\.))*?\b(?:(?:jadi|menjadi|sebagai|selaku)\s+tuan\s+rumah|belum\s+beruntung|(?:belum|tidak|tak|gagal)\s+(?:terwujud|tercapai|kesampaian|terealisasi)|harus\s+puas\s+tanpa|tanpa\s+gelar|cukup\s+sampai|(?:dapat|terima|menerima|mendapat|raih|meraih)\s+sertifikat(?!\s+(?:penghargaan|juara|pemenang))\b)\b/i;

// what may stand between a name and its own rank: a few lower-case words, no other name or joiner
const OWN_RANK_GAP = /^\s*(?:(?!(?:dan|serta|sedangkan|sementara)\s)\p{Ll}+\s+){0,3}$/u;

/**
 * "UMKM Minahasa": the small businesses of a place, no one business's name; "Kopi Toraja", "Batik
 * Pekalongan": a place's product.
 */
function businessesOfPlace(name: string): boolean {
  const marker = orgMarker(name);
  const rest =
    /^(?:UMKM|UKM|UMK|pelaku usaha)\s+(.+)$/i.exec(name)?.[1] ??
    (marker?.type === 'umkm' ? name.slice(marker.marker.length).trim() : null);
  return rest != null && rest !== '' && findBareRegion(rest) != null;
}

/** "Juara 1, 2 dan 3 masing-masing diraih A, B dan C": the series' ranks go to A, B, C in order. */
function inSeries(sentence: string, all: WinnerCandidate[]): WinnerCandidate[] {
  const series = rankSeries(sentence);
  // ("A menerima juara pertama, sementara juara kedua dan ketiga masing-masing diraih B dan C":
  // a series told after the first winner goes to the names after it)
  const later = all.filter((c) => c.name.start > series.index);
  const found =
    series.index >= 0 &&
    later.length > 0 &&
    later.length < all.length &&
    later.length === series.ranks.length &&
    /\bmasing-masing\b/i.test(sentence.slice(series.index))
      ? later
      : all;
  const first = found[0];
  if (
    !first ||
    series.index < 0 ||
    series.index > first.name.start ||
    series.ranks.length !== found.length ||
    found.some((c) => c.rank && c.rank.rank !== series.ranks[0] && c.rank.rank != null)
  ) {
    return found;
  }
  return all.map((c) => {
    const k = found.indexOf(c);
    return k < 0
      ? c
      : {
          ...c,
          rank: {
            rank: series.ranks[k] ?? null,
            label: 'series',
            start: series.index,
            end: series.index,
          },
        };
  });
}
