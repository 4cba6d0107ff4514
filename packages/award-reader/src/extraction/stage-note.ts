import { findProvince } from '../gazetteer/regions.ts';
import { scanNames } from './scan-names.ts';

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
