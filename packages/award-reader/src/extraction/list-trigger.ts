import { nameAt } from './name-context.ts';
import { leadingRank } from './rank-near.ts';
import { LIST_TRIGGER, WON_PASSIVES } from './word-lists.ts';

/** Triggers after which the list may hold names no marker backs ("diraih oleh", "yakni"). */
export const STRONG = new RegExp(
  `^(?:(?:berhasil|juga|turut|pun) )?(?:${WON_PASSIVES})|^(?:yakni|yaitu|meliputi|antara lain|di antaranya|diantaranya|disusul|diikuti|di\\s+belakangnya)`,
  'i',
);

// a passive win verb ("diraih", "dimenangkan oleh")
const WON_BY = new RegExp(`^(?:(?:berhasil|juga|turut|pun) )?(?:${WON_PASSIVES})`, 'i');

/** Triggers that open an enumeration, even at the end of an item ("di antaranya,"). */
export const ENUMERATES =
  /^(?:yakni|yaitu|adalah|meliputi|antara lain|di antaranya|diantaranya|di\s+(?:belakang|bawah)nya)\b/i;

const TRIGGER_RE = new RegExp(`(?<![\\p{L}])${LIST_TRIGGER}(?![\\p{L}])\\s*:?\\s*`, 'giu');

// "wilayah kerja Kantor Cabang X meliputi Kota A, Kabupaten B": an area served, not winners
const COVERS = /^(?:meliputi|mencakup)\b/i;
const SERVICE_AREA = /\b(?:wilayah|cakupan|jangkauan|area|daerah\s+layanan)\b[^,.;]{0,60}$/i;

/** Whether a list run accepts names no marker backs. */
export const isStrong = (run: string | null) => run === 'strong';

/** The last trigger in an item that a name follows (or that ends an enumeration opener). */
export function lastTrigger(text: string): RegExpExecArray | null {
  let found: RegExpExecArray | null = null;
  TRIGGER_RE.lastIndex = 0;
  for (let m = TRIGGER_RE.exec(text); m; m = TRIGGER_RE.exec(text)) {
    const after = m.index + m[0].length;
    const skip = leadingRank(text.slice(after))?.length ?? 0;
    if (COVERS.test(m[0]) && SERVICE_AREA.test(text.slice(0, m.index))) {
      continue;
    }
    // (or a quoted name: 'diraih "Desa Hanura Tengah"', 'yakni "PT X"'; after "yakni", a quote
    // a marker opens, not a quoted saying: 'Wali Nagari yakni "Indak Disangko …"')
    const quoted = /^["“]/.test(text.slice(after + skip))
      ? nameAt(text, after + skip + 1, true)
      : null;
    if (
      nameAt(text, after + skip, true) ||
      (quoted != null && (quoted.marked || WON_BY.test(m[0].trim()))) ||
      (after >= text.length && ENUMERATES.test(m[0].trim()))
    ) {
      found = m;
    }
  }
  return found;
}
