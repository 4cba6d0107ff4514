import { frontLegalForm } from './legal-form.ts';
import { unwrapListedGroup } from './listed-in-parens.ts';
import { nameRegionalGovernment } from './regional-government.ts';

// A dateline or outlet tag before the story: "KALTIMOKE, BONTANG – ", "balitribune.co.id | Gianyar - ".
const SEPARATOR = /\s*[–—|]\s*|\s+-\s+|(?<=\p{Lu}[\p{L}.]*)-\s+/u;

function isDateline(prefix: string): boolean {
  const words = prefix.split(/[\s,()]+/).filter(Boolean);
  if (prefix.includes(':') || /^(?:juara|terbaik|peringkat|kategori)\b/i.test(prefix)) {
    return false;
  }
  return (
    words.length > 0 &&
    words.length <= 8 &&
    words.every((w) => /^[\p{Lu}\d]/u.test(w) || w.includes('.') || /^\(?\d/.test(w))
  );
}

/** Drops a dateline or outlet tag at the start of a sentence. */
export function stripDateline(s: string): string {
  let out = s;
  for (let i = 0; i < 2; i++) {
    const m = SEPARATOR.exec(out.slice(0, 80));
    const rest = out.slice(m ? m.index + m[0].length : 0);
    // a dateline opens a story; "Batik Ayu – Kota Jambi" is a name and its place
    if (
      !m ||
      m.index === 0 ||
      !isDateline(out.slice(0, m.index)) ||
      !/^["“'‘]?[\p{Lu}\d]/u.test(rest) ||
      !/\s\p{Ll}{2,}/u.test(rest)
    ) {
      break;
    }
    out = out.slice(m.index + m[0].length);
  }
  // "Manado-Provinsi Sulawesi Utara …": a place glued to the story by a hyphen
  return out.replace(/^\p{Lu}[\p{L}]*-(?=\p{Lu})/u, '');
}

// A bullet before a list line: "- Juara I: X", "• Terbaik 2 Y", "o Juara II: Z".
const BULLET = /^\s*(?:[-–—•*·▪►●◦○]|o(?=\s+\p{Lu}))\s+/u;
// A table row whose first cell is a rank: "Terbaik 1 | Kabupaten X" reads "Terbaik 1: Kabupaten X".
const TABLE_CELL =
  /^((?:juara|terbaik|peringkat|posisi)(?:\s+(?:harapan|umum))?(?:\s+(?:ke-?)?[\dIV]{1,3}|\s+\p{L}+)?)\s*\|\s*/iu;
// A typo that glues a win verb to its rank: "meraihjuara II", "sebagaiterbaik".
const GLUED =
  /\b(meraih|raih|menjadi|sebagai|menerima|menyabet|sabet)(juara|terbaik|peringkat|penghargaan)/giu;
// Emoji between a winner and its verb: "Kabupaten X 🎉 meraih juara 1".
const EMOJI = /\s*[\p{Extended_Pictographic}\u{FE0F}\u{200D}]+/gu;
// A photo caption: "Foto: Bupati X (kiri) menerima trofi …"; the position in the picture goes.
const PHOTO = /^(?:foto|keterangan foto|caption)\s*:\s*/i;
const POSITION =
  /\s\((?:(?:paling|nomor|dua|tiga|kedua|ketiga)\s+(?:dari\s+)?)?(?:kiri|kanan|tengah)\)/gi;

/** A table row ("| 1 | Kategori | Kabupaten X | Juara 1 |") read as its cells in a list. */
function tableRow(s: string): string {
  if ((s.match(/\|/g) ?? []).length < 2) {
    return s;
  }
  const cells = s.split('|').map((c) => c.trim());
  return cells
    .filter((c, k) => c && !/^[-:\s]*$/.test(c) && !(k <= 1 && /^\d{1,3}\.?$/.test(c)))
    .join(', ');
}

/** Prepares a sentence for the winner patterns: no list number, bullet, dateline, quotes, "(Pemkot)". */
export function cleanSentence(s: string): string {
  const body = tableRow(s)
    .replace(/^\s*\d{1,2}[.)]\s+/, '')
    .replace(BULLET, '')
    .replace(TABLE_CELL, '$1: ')
    .replace(GLUED, '$1 $2')
    .replace(/^["“”'‘’]+/, '')
    .replace(/\s\((?:Pemkab|Pemkot|Pemprov|Pemdes|Pemda)\)(?=\s)/g, '')
    .replace(EMOJI, '')
    .replace(PHOTO, '')
    .replace(POSITION, '');
  return unwrapListedGroup(nameRegionalGovernment(frontLegalForm(stripDateline(body))));
}
