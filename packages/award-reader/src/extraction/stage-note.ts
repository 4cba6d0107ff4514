import { findProvince } from '../gazetteer/regions.ts';
import { findRanks } from './parse-rank.ts';
import { scanNames, type FoundName } from './scan-names.ts';

// "Kabupaten Sleman (Terbaik I nasional) — juara I tingkat Daerah Istimewa Yogyakarta": a national
// list's line that also notes how its winner placed in its province's stage
const STAGE_NOTE =
  /^(\s*)([^()—–;:]{3,80}?)(\s*\([^()]{0,60}\))?\s*[—–]\s*((?:(?:sebelumnya|juga|dan)\s+)?(?:juara|terbaik|peringkat)\s+(?:ke-?)?[\p{L}\d]+\s+(?:di\s+)?tingkat\s+(?:provinsi\s+)?([^;,.]+?))\s*\.?\s*$/iu;

const EARLIER = /^(?:sebelumnya|juga|dan)\s+/i;
const OWN_PLACE = /\b(?:juara|terbaik|peringkat|harapan)\b/i;

/**
 * A winner's line with a note of its other stage written as two statements, each a record of its
 * own ("Kabupaten Kediri (Terbaik III) — sebelumnya juara II tingkat Jawa Timur" → "Kabupaten Kediri
 * (Terbaik III) tingkat nasional; Kabupaten Kediri juara II tingkat Jawa Timur"): one name, its
 * own place in brackets, and the note's stage a province.
 */
export function splitStageNote(s: string): string {
  const m = STAGE_NOTE.exec(s);
  // (the line's own place in brackets: without one, the note is the line's only place)
  if (!m || !OWN_PLACE.test(m[3] ?? '') || findProvince(m[5] ?? '') == null) {
    return s;
  }
  const [, lead = '', name = '', placed = '', note = ''] = m;
  const names = scanNames(name);
  // (a province's stage noted, the line's own place is the national one; "sebelumnya" is the
  // same edition's earlier stage, no past win)
  const national = /\bnasional\b/i.test(placed) ? '' : ' tingkat nasional';
  return names.length === 1 && names[0]?.text === name.trim()
    ? `${lead}${name}${placed}${national}; ${name.trim()} ${note.replace(EARLIER, '')}`
    : s;
}

// "Kabupaten Badung (juara I Bali)", "Kota Bontang (juara I tingkat Kalimantan Timur)": a
// winner's provincial place noted in brackets after its name
const BRACKETED_NOTE =
  /\s*\(\s*(?:sebelumnya\s+)?((?:juara|terbaik|peringkat)\s+(?:ke-?)?[\p{L}\d]+)\s+(?:di\s+)?(?:tingkat\s+)?(?:provinsi\s+)?([^()]{2,40}?)\s*\)/giu;

// "PT X (Jawa Tengah, juara I provinsi)": the province named first, its stage after it
const PROVINCE_FIRST_NOTE =
  /\(\s*([^(),]{2,40}?),\s*((?:juara|terbaik|peringkat)\s+(?:ke-?)?[\p{L}\d]+)\s+(?:di\s+)?(?:tingkat\s+)?provinsi\s*\)/giu;

const REGENCY = /^(?:kabupaten|kab\.?|kota)\s/i;

/**
 * Whose note the name at `k` carries: its own, or the village's before it when it is the regency
 * that places the village ("Desa Sumber Rejeki, Kabupaten Kutai Timur (juara II …)").
 */
function noteOwner(s: string, names: FoundName[], k: number): FoundName | undefined {
  const before = names[k - 1];
  const name = names[k];
  return before &&
    name &&
    REGENCY.test(name.text) &&
    /^\s*,\s*$/.test(s.slice(before.end, name.start))
    ? before
    : name;
}

/**
 * A sentence whose winners carry their provincial place in brackets, each note taken out of the
 * sentence and written after it as a statement of its own ("Terbaik II Kabupaten Badung (juara I
 * Bali) dan …" → "Terbaik II Kabupaten Badung tingkat nasional dan …; Kabupaten Badung juara I
 * tingkat Bali"): the bracket right after a name (a village's, when its regency stands between),
 * its stage a province.
 */
export function splitBracketedStageNotes(sentence: string): string {
  if (!sentence.includes('(')) {
    return sentence;
  }
  const s = sentence.replace(PROVINCE_FIRST_NOTE, (all: string, province: string, place: string) =>
    findProvince(province) == null ? all : `(${place} tingkat ${province})`,
  );
  const names = scanNames(s);
  const notes: string[] = [];
  // (the other place, then, is the national one, unless the sentence says so already)
  const national = /\bnasional\b/i.test(s) ? '' : ' tingkat nasional';
  const body = s.replace(
    BRACKETED_NOTE,
    (all: string, place: string, stage: string, at: number) => {
      const k = names.findIndex((n) => n.end <= at && s.slice(n.end, at).trim() === '');
      const name = k < 0 ? undefined : noteOwner(s, names, k);
      if (!name || findProvince(stage) == null) {
        return all;
      }
      notes.push(`${name.text} ${place} tingkat ${stage}`);
      return national;
    },
  );
  return notes.length === 0 ? sentence : `${body.replace(/[.;]?\s*$/, '')}; ${notes.join('; ')}`;
}

// "Terbaik I diraih Kabupaten Kendal, juara I tingkat Jawa Tengah.": a winner's provincial place
// set off after its name at the sentence's end
const APPOSED_NOTE =
  /,\s*(?:(?:yang\s+)?sebelumnya\s+)?((?:juara|terbaik|peringkat)\s+(?:ke-?)?[\p{L}\d]+)\s+(?:di\s+)?tingkat\s+(?:provinsi\s+)?([^,.;()]{2,40}?)\s*([.;]?)\s*$/iu;

/**
 * A sentence that places a winner and sets off its provincial place after its name, written as
 * two statements ("Terbaik I diraih Kabupaten Kendal, juara I tingkat Jawa Tengah." → "Terbaik I
 * diraih Kabupaten Kendal tingkat nasional; Kabupaten Kendal juara I tingkat Jawa Tengah."): the
 * note right after a name, a place of the sentence's own before it, its stage a province.
 */
export function splitApposedStageNote(s: string): string {
  const m = APPOSED_NOTE.exec(s);
  if (!m || findProvince(m[2] ?? '') == null) {
    return s;
  }
  const head = s.slice(0, m.index);
  const names = scanNames(head);
  const last = names.at(-1);
  const name = noteOwner(s, names, names.length - 1);
  if (!name || last?.end !== head.length || findRanks(head.slice(0, name.start)).length === 0) {
    return s;
  }
  const national = /\bnasional\b/i.test(head) ? '' : ' tingkat nasional';
  return `${head}${national}; ${name.text} ${m[1]} tingkat ${m[2]}${m[3]}`;
}
