import { MisspeltParitrana } from '../relevance/award-names.ts';
import { expandChatWords } from './chat-words.ts';
import { withoutEntourage } from './entourage.ts';
import { readFlatTable } from './flat-table.ts';
import { BARE_LIST_NUMBER } from './rank-fallback.ts';
import { frontLegalForm, shortLegalForm } from './legal-form.ts';
import { typeOfCategory } from './parse-category.ts';
import { rankValue } from './parse-rank.ts';
import { scanNames } from './scan-names.ts';
import { unwrapListedGroup } from './listed-in-parens.ts';
import { DISTRICT } from './word-lists.ts';
import { nameRegionalGovernment } from './regional-government.ts';
import { spells } from '../gazetteer/resolve-org.ts';
import { splitApposedStageNote, splitBracketedStageNotes, splitStageNote } from './stage-note.ts';

// A dateline or outlet tag before the story: "KALTIMOKE, BONTANG – ", "balitribune.co.id | Gianyar - ".
// ("SERANG, bantenpedia.example- …": an outlet's domain glued to the hyphen)
const SEPARATOR = /\s*[–—|]\s*|\s+--?\s+|(?<=\p{Lu}[\p{L}.]*)-\s+|(?<=\p{L}\.\p{Ll}{2,})-\s+/u;

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
    // a dateline opens a story; "Batik Ayu – Kota Jambi" is a name and its place; an upper-case
    // dateline may open a story typed in lower case ("PANARAGAN - kabupaten tulang bawang …")
    const shouted = m != null && /^[\p{Lu}\s,.]{4,}$/u.test(out.slice(0, m.index));
    if (
      !m ||
      m.index === 0 ||
      !isDateline(out.slice(0, m.index)) ||
      !(/^["“'‘]?[\p{Lu}\d]/u.test(rest) || (shouted && /^\p{Ll}/u.test(rest))) ||
      !/\s\p{Ll}{2,}/u.test(rest) ||
      // ("CV Dolok Jaya – Terbaik I Kategori …": a list line's winner, then its rank; "Kota X —
      // Paritrana Award 2022, juara I": its award)
      (!shouted && /^(?:juara|terbaik|peringkat|harapan|posisi|kategori|paritrana)\b/i.test(rest))
    ) {
      break;
    }
    out = out.slice(m.index + m[0].length);
  }
  // "Manado-Provinsi Sulawesi Utara …": a place glued to the story by a hyphen
  return out.replace(/^\p{Lu}[\p{L}]*-(?=\p{Lu})/u, '');
}

// A bullet before a list line: "- Juara I: X", "• Terbaik 2 Y", "o Juara II: Z".
// (any run of symbols: "✓", "➤", "◆", "🥇", "->")
const BULLET = /^\s*(?:[\p{S}\p{Pd}*•·>]+|o(?=\s+\p{Lu}))\s+/u;
// "Usaha Mikro Kecil — Kue Bagea Ibu Nur": a category, a dash, its winner
// (or after the place it gives: "Juara 1 Badan Usaha Menengah dan Besar – PT X")
const CATEGORY_DASH =
  /^((?:(?:juara|terbaik|peringkat)\s+(?:[IV]{1,3}|\d)\s+)?)([\p{L}/ ]{3,50}?)\s+[–—-]\s+(?=(?-i:\p{Lu}))/iu;
// A table row whose first cell is a rank: "Terbaik 1 | Kabupaten X" reads "Terbaik 1: Kabupaten X".
const TABLE_CELL =
  /^((?:juara|terbaik|peringkat|posisi)(?:\s+(?:harapan|umum))?(?:\s+(?:ke-?)?[\dIV]{1,3}|\s+\p{L}+)?)\s*\|\s*(?::\s*)?/iu;
// A typo that glues a win verb to its rank: "meraihjuara II", "sebagaiterbaik".
const GLUED =
  /\b(meraih|raih|menjadi|sebagai|menerima|menyabet|sabet)(juara|terbaik|peringkat|penghargaan)/giu;
// Emoji between a winner and its verb: "Kabupaten X 🎉 meraih juara 1".
const EMOJI = /\s*[\p{Extended_Pictographic}\u{FE0F}\u{200D}]+/gu;
// "PROUD MOMENT ✨ PT X meraih …", "SELAMAT & SUKSES 🎉 Kab. X …": a post's shout before its emoji
// (not a name shouted: "KABUPATEN BANTUL 🏆 …")
const SHOUT =
  /^\s*(?:[\p{Lu}&]{2,}[!.,]?\s+|&\s+){1,4}[\p{Extended_Pictographic}\u{FE0F}\u{200D}]+\s*/u;
// A photo caption: "Foto: Bupati X (kiri) menerima trofi …"; the position in the picture goes.
const PHOTO = /^(?:foto|keterangan foto|caption)\s*:\s*/i;
const POSITION =
  /\s\((?:(?:paling|nomor|dua|tiga|kedua|ketiga)\s+(?:dari\s+)?)?(?:kiri|kanan|tengah)\)/gi;

// "Juara I ............ Kota Sorong": dots leading a rank to its winner, as on a notice board
const DOT_LEADER = /\s*(?:\.{3,}|…{2,})\s*(?=\S)/g;

// a list line labelled by its zone ("Zona Sumatera: Provinsi Sumatera Barat") names its winner
// alone; one labelled "Harapan:" or "Harapan II:" names a "juara harapan" (so does a bullet's
// "Harapan I PT X", with no colon)
const ZONE_LABEL = /^zona\s+[^:]{2,60}:\s*(?=(?-i:\p{Lu}))/iu;
const HOPE_LABEL =
  /^(harapan(?:\s+(?:[IVX]{1,3}|\d))?)\s*:\s*(?=(?-i:\p{Lu}))|^(harapan\s+(?:(?-i:[IV]{1,3})|\d))\s+(?=(?-i:\p{Lu}))/iu;
// items parted by bullets inside one line: "Juara 1 Kota Palu • Juara 2 Kab. Banggai ▶ …"
const INLINE_BULLET = /(?<=\S)\s+[•▪◆●|]\s+(?=\S)/gu;
// "Juara II dan juara III … diraih A dan B": one series of places, its head word said twice
const PLACE_WORD = '(?:ke-?)?(?:[IVX]{1,4}|\\d{1,2}|pertama|kedua|ketiga)';
const REPEATED_HEAD = new RegExp(
  `(\\b(juara|terbaik|peringkat)\\s+${PLACE_WORD}(?:(?:,|\\s+dan)\\s+${PLACE_WORD})*)(,|\\s+dan)\\s+\\2\\s+(?=${PLACE_WORD}\\b)`,
  'giu',
);
// one labelled "Penerima:" or "Pemenang:" names its winner alone, with no rank
const RECIPIENT_LABEL = /^(?:penerima|pemenang|peraih)(?:nya)?\s*:\s*(?=(?-i:\p{Lu}))/iu;

// A list numbered inside its sentence: "masing-masing (1) Kabupaten A; (2) Kota B; 3) C"; the
// order stays in the list, the numbers go (they imply a rank; they state none), and where they
// were the only separators a colon opens the list and semicolons part its items
const INLINE_NUMBER = /(^|[\s;,:])\(?(\d{1,2})\)\s+(?=\p{Lu})/gu;

// a table's header row pasted without separators: "No. Nama Nagari/Desa Kabupaten Predikat" (or
// with its cells' bars: "NO | NAMA BADAN USAHA / INSTANSI | KATEGORI | PERINGKAT")
const HEADER_LINE =
  /^\s*no\.?\s*(?:\|\s*)?(?:nama|kategori|daerah|kabupaten|peringkat|penerima|pemenang|instansi|perusahaan|desa)\b[^\d]*$/i;
const SOURCE_LINE = /^\s*(?:sumber|source|sumber data)\s*:/i;
// the words of a table's header row: it names no winner
// a column named by the kind of winner it lists: "Pemerintah Kab/Kota", "Badan Usaha Besar"
const WINNER_KIND =
  '(?:pemerintah\\s+)?(?:kab(?:upaten)?\\.?\\s*\\/\\s*kota|kabupaten|kota|provinsi|desa|kelurahan)|badan\\s+usaha(?:\\s+(?:skala\\s+)?(?:besar|menengah|kecil|mikro))?|usaha\\s+(?:mikro|kecil|menengah)(?:\\s+(?:dan\\s+)?(?:mikro|kecil|menengah))?|u?mkm|ukm';
// "Kategori | Juara I | Juara II | Juara III": a column per place won (and a notes column's cell
// that is a place won, "Terbaik 1")
const RANKED_HEADER = /^(?:juara|peringkat|terbaik)\s+(?:[IV]{1,3}|[1-5]|pertama|kedua|ketiga)$/i;
export const HEADER_CELL = new RegExp(
  `^(?:no\\.?|nomor|kategori|katagori|peringkat|juara|rank(?:ing)?|posisi|penerima|pemenang|peraih|nama(?:\\s+(?:daerah|perusahaan|desa|kelurahan|nagari|gampong|kampung|instansi|badan\\s+usaha|penerima|pemenang|peraih))?|daerah|instansi|perusahaan|sumber|keterangan|tingkat|tahun|zona|wilayah|predikat|(?:nilai|skor)(?:\\s+(?:akhir|total|rata-rata))?|total\\s+(?:nilai|skor)|kecamatan|distrik|kapanewon|alamat|lokasi|asal|penghargaan|nama\\s+penghargaan|jenis\\s+penghargaan|pemberi|bulan|tanggal|capaian|prestasi|hasil|status|catatan|uraian|(?:(?:peringkat|juara|hasil|capaian|tahap)\\s+)?(?:nasional|provinsi)|${WINNER_KIND})$`,
  'i',
);
export const WINNER_KIND_CELL = new RegExp(`^(?:${WINNER_KIND})$`, 'i');
export const RANK_CELL =
  /^(?:(?:juara|peringkat|terbaik|posisi|ranking)\s+)?(?:ke-?)?(?:[IV]{1,3}|\d{1,2}|pertama|kedua|ketiga|keempat|kelima)$/i;

// a table row's cells, split by bars ("| a | b |") or, in a table pasted as text, by tabs; an
// empty cell "-" is kept so that the columns stay in place
const cellsOf = (s: string): string[] | null => {
  // (or, in a table pasted as plain text, by runs of three spaces or more)
  const sep =
    (s.match(/\|/g) ?? []).length >= 2
      ? '|'
      : /\S\t+\S/.test(s)
        ? /\t+/
        : (s.match(/\S {3,}(?=\S)/g) ?? []).length >= 1
          ? / {3,}/
          : // (or by spaced slashes: "Pemerintah Kabupaten/Kota / 1 / Kabupaten Sleman")
            (s.match(/\S \/ (?=\S)/g) ?? []).length >= 2
            ? / \/ /
            : null;
  return sep
    ? s
        .split(sep)
        // ("Juara I    : Provinsi Bali": a label's colon set apart by the spaces that align it)
        // (and a decree's item letter or number: "a. Juara I     : X", "1. Peringkat I   : X")
        .map((c, k) =>
          (k === 0 ? c.trim().replace(/^(?:[a-z]|\d{1,2})[.)]\s+/, '') : c.trim()).replace(
            /^:\s*/,
            '',
          ),
        )
        .filter((c) => (c && !/^[-:\s]*$/.test(c)) || c === '-')
    : null;
};

// a cell naming an award, in a table of a region's awards
const AWARD_CELL = /\b(?:paritrana|award|adipura|opini\s+wtp|anugerah|penghargaan)\b/i;
// who gives an award: a governor, a ministry, the agency ("Kemenko PMK & BPJS Ketenagakerjaan")
const GIVER_CELL =
  /^(?:(?:Wakil\s+|Pj\.?\s+)?(?:Gubernur|Menteri|Presiden|Wapres|Wakil\s+Presiden)|Kemenko|Menko|Kementerian|Kemen\p{L}+|Kemnaker|BPJS|BPK|(?:Pemprov|Pemerintah\s+(?:Daerah\s+)?Provinsi)\b.*\bBPJS)\b/u;

/**
 * A table row (cells split by bars or tabs) read as a list line: "Pemerintah Provinsi | 1 |
 * Provinsi Bali" → "Juara 1 kategori Pemerintah Provinsi: Provinsi Bali"; a header row
 * ("Kategori | Peringkat | Penerima") is dropped; other rows are their cells in a list, without a
 * leading row number.
 */
function tableRow(s: string): string {
  const all = cellsOf(s)?.filter((c) => c !== '-');
  if (!all) {
    return s;
  }
  // ("| 2019 | Paritrana Award | Kemenko PMK dan BPJS Ketenagakerjaan | Terbaik II … |": in a
  // table of awards, the column of who gave each names no winner)
  const cells = all.some((c) => AWARD_CELL.test(c)) ? all.filter((c) => !GIVER_CELL.test(c)) : all;
  if (cells.every((c) => HEADER_CELL.test(c))) {
    return '';
  }
  const ranks = cells.filter((c) => RANK_CELL.test(c));
  // a leading row number is no rank when another cell holds one ("| 1 | … | Juara 1 |"), or in a
  // list of awards ("| 2 | Paritrana Award 2024 – Juara II | Provinsi Banten | Agustus |")
  const numbered =
    /^\d{1,3}\.?$/.test(cells[0] ?? '') &&
    (ranks.length > 1 || cells.some((c) => AWARD_CELL.test(c)));
  const rank = numbered && ranks.length === 1 ? undefined : ranks[ranks.length - 1];
  // (a cell naming a category, not a winner: "Pemerintah Kabupaten/Kota", not "Kota Lestari")
  const category = cells.find(
    (c) => c !== rank && typeOfCategory(c) != null && scanNames(c).length === 0,
  );
  const names = cells.filter(
    (c, k) => c !== rank && c !== category && !(k === 0 && numbered) && !HEADER_CELL.test(c),
  );
  if (!rank || names.length === 0) {
    // ("2022 | Paritrana Award Tingkat Provinsi Bali, Juara I | Gubernur Bali": a history table's
    // last column names who gave the award, no winner)
    const last = cells.length >= 3 && GIVER_CELL.test(cells[cells.length - 1] ?? '');
    return cells
      .filter((c, k) => !(k <= 1 && /^\d{1,3}\.?$/.test(c)) && !(last && k === cells.length - 1))
      .join(', ');
  }
  const label = /^\p{L}+\s/u.test(rank) ? rank : `Juara ${rank}`;
  return `${label}${category ? ` kategori ${category}` : ''}: ${names.join(', ')}`;
}

export type Column = 'rank' | 'winner' | 'category' | 'year' | 'other';

const HEADER_IN_PARENS = /^[^()]{0,40}\(([^()]+ \/ [^()]+)\)\s*:?\s*$/;
const NAMED_HEADER = /^(?:penerima|pemenang|peraih|nama(?:\s+\S+)*)$/i;
const VILLAGE_HEADER = /^(?:desa|kelurahan|kalurahan|nagari|gampong|kampung)$/i;
const VILLAGE_COLUMN = /^(?:nama\s+)?(desa|kelurahan|nagari|gampong|kampung)$/i;

export function roleOf(header: string): Column {
  return HEADER_ROLES.find(([test]) => test(header))?.[1] ?? 'other';
}

// a header cell's role, the first that fits ("Juara I" over a column of names is that place's
// winners, not a rank column)
const HEADER_ROLES: ReadonlyArray<readonly [(header: string) => boolean, Column]> = [
  [(h) => RANKED_HEADER.test(h), 'winner'],
  // ("| Nasional | Kabupaten/Kota | Tahap provinsi |": the national place's column)
  [
    (h) =>
      /^(?:(?:peringkat|juara|rank(?:ing)?|posisi|predikat|hasil)(?:\s+nasional)?|nasional)$/i.test(
        h,
      ),
    'rank',
  ],
  [
    (h) =>
      /^(?:penerima|pemenang|peraih|nama(?:\s+(?!penghargaan$)\S+(?:\s+usaha)?)?|daerah|instansi|perusahaan)$/i.test(
        h,
      ) || WINNER_KIND_CELL.test(h),
    'winner',
  ],
  [(h) => /^(?:kategori|katagori)$/i.test(h), 'category'],
  [(h) => /^(?:tahun|edisi)$/i.test(h), 'year'],
];

const STAGE_HEADER = /\bprovinsi\b/i;
// (a place and a province: "Juara I Jawa Tengah")
const STAGE_CELL =
  /^(?:juara|terbaik|peringkat)\s+(?:[IV]{1,3}|[1-5])\s+(?-i:\p{Lu})[\p{L}]*(?:\s+(?-i:\p{Lu})[\p{L}]*){0,3}$/iu;

// a piped row's cells, the empty ones kept ("|  | Sumedang Rahayu |  |")
const pipedCells = (s: string): string[] | null =>
  /^\s*\|.*\|\s*$/.test(s)
    ? s
        .trim()
        .replace(/^\||\|$/g, '')
        .split('|')
        .map((c) => c.trim())
    : null;

/**
 * A cell and the part of it wrapped onto the next row: with a space, or, where a word broke at a
 * hyphen ("Kota Pare-" over "pare", "Pemerintah Kabupa-" over "ten/Kota"), as one word again.
 */
function joinCell(cell: string, rest: string): string {
  if (!cell || !rest) {
    return cell || rest;
  }
  const broken = /(\p{L}+)-$/u.exec(cell);
  if (broken?.[1] && /^\p{Ll}/u.test(rest)) {
    const tail = /^\p{L}+/u.exec(rest)?.[0] ?? '';
    return broken[1].toLowerCase() === tail.toLowerCase()
      ? `${cell}${rest}`
      : `${cell.slice(0, -1)}${rest}`;
  }
  return `${cell} ${rest}`;
}

/**
 * The rows of a piped table with each row a cell wrapped onto ("| Juara 1 | Koperasi Produsen
 * Tahu | Kab. Sumedang |" over "|  | Sumedang Rahayu |  |") joined into the row above, cell by
 * cell; the continuing line is emptied.
 */
function joinContinuedRows(lines: string[]): string[] {
  const out = [...lines];
  for (let i = 1; i < out.length; i++) {
    const cells = pipedCells(out[i] ?? '');
    const above = pipedCells(out[i - 1] ?? '');
    if (
      cells &&
      above &&
      cells.length === above.length &&
      cells[0] === '' &&
      (above[0] ?? '') !== '' &&
      cells.some((c) => /\p{L}/u.test(c)) &&
      !above.every((c) => /^[-:\s]*$/.test(c))
    ) {
      out[i - 1] = `| ${above.map((c, k) => joinCell(c, cells[k] ?? '')).join(' | ')} |`;
      out[i] = '';
    }
  }
  return out;
}

// "Berikut pemenang …: | Pemerintah Kabupaten/Kota | Juara I | Kabupaten X | Juara II | Kota Y |":
// a table's cells run on after the line that introduces them
const INTRO_THEN_PIPES = /^([^|]{10,}?:)\s*\|([^\n]*\|[^\n]*\|[^\n]*\|[^\n]*)$/;

/**
 * "Intro: | Category | Juara I | X | Juara II | Y |" written "Intro: Juara I kategori Category: X;
 * Juara II kategori Category: Y.": each name with the place and category cells before it.
 */
function pipesAfterIntro(line: string): string {
  const m = INTRO_THEN_PIPES.exec(line);
  if (!m?.[1] || !m[2]) {
    return line;
  }
  const items: string[] = [];
  let category: string | null = null;
  let place: string | null = null;
  for (const cell of m[2].split('|').map((c) => c.trim())) {
    if (cell === '') {
      continue;
    }
    if (RANKED_HEADER.test(cell)) {
      place = cell;
    } else if (typeOfCategory(cell) != null && scanNames(cell).length === 0) {
      category = cell;
    } else if (place) {
      items.push(`${place}${category ? ` kategori ${category}` : ''}: ${cell}`);
      place = null;
    } else {
      return line;
    }
  }
  return items.length > 0 ? `${m[1]} ${items.join('; ')}.` : line;
}

// a column of notes, whose cell may be a place won ("Terbaik 1", "Juara II")
const NOTES_HEADER = /^(?:keterangan|catatan|ket\.?)$/i;

// the header of a column of awards ("Nama Penghargaan")
const AWARDS_HEADER = /^(?:nama\s+|jenis\s+)?(?:penghargaan|prestasi)$/i;

/**
 * Reads the rows under a table's header row by its columns ("No | Kategori | Zona | Peringkat |
 * Penerima"): each row becomes "Juara <rank> kategori <category>: <winner>", so that a column the
 * header names as something else (a zone, a number) is no winner. Rows with as many cells as the
 * header follow it; any other line ends the table. Lines outside a table are returned as they are.
 */
export function readTableRows(rows: string[]): string[] {
  const lines = joinContinuedRows(rows).map(pipesAfterIntro);
  let roles: Column[] | null = null;
  let header: string[] = [];
  // ("No | Nama Penghargaan | Predikat | Pemberi": a numbered table of awards, whose first
  // column counts rows, not places)
  let counted = 0;
  return lines.map((line) => {
    // (a line a table's row took into its cell was emptied: the table goes on)
    if (line === '') {
      return line;
    }
    // ("No Nama Badan Usaha Kategori Peringkat 1 PT A Usaha Besar I 2 …": one flattened run)
    const flat = readFlatTable(line);
    if (flat) {
      roles = null;
      return flat;
    }
    // ("Pemenang (Kategori / Juara / Nama):": a header row told in parentheses)
    const cells = cellsOf(HEADER_IN_PARENS.exec(line)?.[1] ?? line);
    if (!cells) {
      roles = null;
      return line;
    }
    // ("| Kategori | Juara I | Juara II | Juara III |": a category column, then one per place;
    // "| Tahun | Juara I | Juara II | Juara III |": or a year's)
    const placeColumns =
      cells.filter((c) => RANKED_HEADER.test(c)).length >= 2 &&
      cells.some((c) => roleOf(c) === 'category' || roleOf(c) === 'year') &&
      cells.every((c) => HEADER_CELL.test(c) || RANKED_HEADER.test(c));
    if (placeColumns || (cells.length >= 2 && cells.every((c) => HEADER_CELL.test(c)))) {
      counted =
        /^(?:no\.?|nomor)$/i.test(cells[0] ?? '') && cells.some((c) => AWARDS_HEADER.test(c))
          ? cells.length
          : 0;
      // ("| Peringkat | Nama Desa | Kecamatan | Kabupaten |": after a column of names, a kind of
      // region is where the winner lies, not a column of winners)
      // (so after a column of villages: "| Peringkat | Desa | Kabupaten | Nilai | Predikat |")
      const named = cells.findIndex((c) => NAMED_HEADER.test(c) || VILLAGE_HEADER.test(c));
      const read = cells.map((c, k) =>
        named >= 0 && k > named && WINNER_KIND_CELL.test(c) ? 'other' : roleOf(c),
      );
      // ("| Peringkat | … | Predikat |": of two rank columns, the last gives the place won)
      const ranks = read.flatMap((r, k) => (r === 'rank' ? [k] : []));
      for (const k of ranks.slice(0, -1)) {
        read[k] = 'other';
      }
      roles = read.includes('winner') ? read : null;
      header = cells;
      return line;
    }
    if (counted === cells.length && /^\d{1,3}\.?$/.test(cells[0] ?? '')) {
      return cells.slice(1).join('\t');
    }
    if (!roles || cells.length !== roles.length) {
      return line;
    }
    const at = (role: Column) => cells[roles?.indexOf(role) ?? -1];
    // ("Kategori⇥Pemenang⇥Keterangan" over "…⇥Terbaik 1": a notes column that gives the place)
    const noted = cells.find(
      (c, k) => NOTES_HEADER.test(header[k] ?? '') && RANKED_HEADER.test(c.trim()),
    );
    const rank = at('rank') ?? noted;
    // ("| 5 | Rembitan | Lombok Tengah | 78,65 | - |": a row with no place won is no winner)
    if (roles.includes('rank') && (rank == null || rank === '-')) {
      return '';
    }
    const category = at('category');
    // (a national place's column, "| Nasional |": its stage with it)
    const national = /nasional/i.test(header[roles.indexOf('rank')] ?? '')
      ? ' tingkat nasional'
      : '';
    const ranked = rank ? (/^\p{L}+\s/u.test(rank) ? rank : `Juara ${rank}`) + national : null;
    const labelled = (cat: string | null | undefined, winner: string) => {
      const label = [ranked, cat && cat !== '-' ? `kategori ${cat}` : null]
        .filter(Boolean)
        .join(' ');
      return label ? `${label[0]?.toUpperCase()}${label.slice(1)}: ${winner}` : winner;
    };
    // "| Peringkat | Pemerintah Kabupaten/Kota | Badan Usaha Besar |": a column per category,
    // each named by its header
    const columns = roles.flatMap((r, k) =>
      r === 'winner' && WINNER_KIND_CELL.test(header[k] ?? '') ? [k] : [],
    );
    // ("| Tahun | … |": a row per edition, each told as that year's)
    const year = at('year');
    const dated = year && /^20[12]\d$/.test(year) ? `Pada tahun ${year}, ` : '';
    // "| Pemerintah Kabupaten/Kota | Kota Bontang | Kabupaten Kutai Kartanegara | … |" under
    // "| Kategori | Juara I | Juara II | … |": each column's place, the row's category
    const placed = roles.flatMap((r, k) =>
      r === 'winner' && RANKED_HEADER.test(header[k] ?? '') ? [k] : [],
    );
    if (placed.length >= 2) {
      const category = at('category');
      const items = placed
        .filter((k) => cells[k] && cells[k] !== '-')
        .map(
          (k) =>
            `${header[k]}${category && category !== '-' ? ` kategori ${category}` : ''}: ${cells[k]}`,
        );
      return dated + items.join('; ');
    }
    if (columns.length >= 2) {
      const items = columns
        .filter((k) => cells[k] && cells[k] !== '-')
        .map((k) => labelled(header[k], cells[k] ?? ''));
      return items.length > 0 ? dated + items.join('; ') : line;
    }
    const named = at('winner');
    if (!named || named === '-') {
      return line;
    }
    // ("Nama Desa" over "Meat": the village's word the column leaves out)
    const kind = VILLAGE_COLUMN.exec(header[roles.indexOf('winner')] ?? '')?.[1];
    const winner =
      kind && !new RegExp(`^${kind}\\s`, 'i').test(named)
        ? `${kind[0]?.toUpperCase()}${kind.slice(1).toLowerCase()} ${named}`
        : named;
    // ("| Tahap provinsi |" over "Juara I Jawa Tengah": the same winner's place at its province's
    // stage, a second award)
    const stage = cells
      .map((c, k) => (STAGE_HEADER.test(header[k] ?? '') ? STAGE_CELL.exec(c.trim()) : null))
      .find((m) => m != null);
    // (written as the stage note a line gives in brackets: "Terbaik II: Kabupaten Badung (Juara I
    // Bali)")
    return dated + labelled(category, stage ? `${winner} (${stage[0]})` : winner);
  });
}

// "Juara pertamanya Kota Cirebon" ("its first place"): the rank without its "-nya"
const RANK_OF_IT =
  /\b((?:[Jj]uara|[Pp]eringkat|[Tt]erbaik)\s+(?:pertama|kedua|ketiga|satu|dua|tiga))nya\b(?=\s+\p{Lu})/gu;

// "yakni: juara 1, Warung A; juara 2, Dapur B": ranks that each lead their name across a comma
// (said at least twice, items parted by semicolons or the list opened by a colon)
const RANK_COMMA =
  /\b((?:[Jj]uara|[Pp]eringkat|[Tt]erbaik)\s+(?:[1-5]|I{1,3}|IV|V|pertama|kedua|ketiga|satu|dua|tiga|harapan(?:\s+(?:[1-3]|I{1,3}))?)),\s+(?=\p{Lu})/gu;
const RANK_COMMA_LIST =
  /(?::\s*|;\s*)(?:[Jj]uara|[Pp]eringkat|[Tt]erbaik)\s+\S+,\s+\p{Lu}[^;]*;\s*(?:[Jj]uara|[Pp]eringkat|[Tt]erbaik)\s+\S+,\s+\p{Lu}/u;

/** "juara 1, Warung A; juara 2, Dapur B" written as "juara 1 Warung A; juara 2 Dapur B". */
const rankBeforeComma = (s: string): string =>
  RANK_COMMA_LIST.test(s) ? s.replace(RANK_COMMA, '$1 ') : s;

// "Juara I Kabupaten A Juara II Kota B KATEGORI DESA Juara I Desa C": a list flattened to one
// line with nothing between its items; each rank (and each capitalised category) opens an item
const RANK_HEAD = '(?:Juara|JUARA|Peringkat|PERINGKAT|Terbaik|TERBAIK)\\s+(?:I{1,3}|IV|V|[1-5])';
const RUN_ON_LIST = new RegExp(
  `${RANK_HEAD}\\s+\\p{Lu}[^.;,:()]*?\\p{L}\\s+${RANK_HEAD}\\s+\\p{Lu}`,
  'u',
);
const RUN_ON_ITEM = new RegExp(
  `(?<=[\\p{L})])\\s+(?=${RANK_HEAD}\\s+\\p{Lu}|KATEGORI\\s+\\p{Lu})`,
  'gu',
);

// (or a chat's, in lower case, each place before a region's or a firm's kind: "juara 1 kab
// banyuwangi juara 2 kab sidoarjo juara 3 kota madiun")
const LOWER_RANK_HEAD =
  '(?:juara|peringkat|terbaik)\\s+(?:ke-?)?(?:\\d|[IV]{1,3}|pertama|kedua|ketiga|satu|dua|tiga|harapan)(?![\\p{L}\\d])';
const KIND_WORD = '(?:kab\\.?|kabupaten|kota|ds\\.?|desa|pt|cv|ud)\\s';
const RUN_ON_LOWER_LIST = new RegExp(
  `\\b${LOWER_RANK_HEAD}\\s+${KIND_WORD}[^.;,:()]*?\\p{L}\\s+${LOWER_RANK_HEAD}\\s+${KIND_WORD}`,
  'iu',
);
const RUN_ON_LOWER_ITEM = new RegExp(
  `(?<=[\\p{L})])\\s+(?=${LOWER_RANK_HEAD}\\s+${KIND_WORD})`,
  'giu',
);
const LOWER_PLACE_BEFORE = new RegExp(`\\b${LOWER_RANK_HEAD}\\s+${KIND_WORD}`, 'iu');
// the words a place follows in a sentence, not a name it ends ("meraih juara 1 kab X")
const BEFORE_PLACE =
  /(?:^|\s)(?:meraih|raih|menjadi|jadi|sebagai|dapat|dapet|dpt|menyabet|sabet|dan|serta|di|ke|adalah|yaitu|yakni|oleh|untuk|utk|kategori|yang|yg|sbg|selaku)$/i;

/** Items of a list flattened to one line parted by semicolons. */
const partRunOnList = (s: string): string =>
  RUN_ON_LIST.test(s)
    ? s.replace(RUN_ON_ITEM, '; ')
    : RUN_ON_LOWER_LIST.test(s)
      ? s.replace(RUN_ON_LOWER_ITEM, (gap: string, at: number) =>
          // (between items only: the first opens the list)
          BEFORE_PLACE.test(s.slice(0, at)) || !LOWER_PLACE_BEFORE.test(s.slice(0, at))
            ? gap
            : '; ',
        )
      : s;

// "PT X (besar, juara II)": a category and a rank in the parentheses after a name, written
// "(juara II kategori besar)" as the rank-first form is
const CATEGORY_THEN_RANK =
  /\((\p{Ll}+(?:\s+\p{Ll}+){0,2}),\s*((?:juara|peringkat|terbaik)\s+(?:I{1,3}|[1-5]|pertama|kedua|ketiga|harapan(?:\s+(?:I{1,3}|[1-3]))?))\)/gu;

// a list line's number or letter ("1. ", "2) ", "a. ", an infographic's bare "1 ")
const LIST_NUMBER_OPENING = new RegExp(
  `^\\s*(?:(?:\\d{1,2}|I{1,3}|IV|V)[.)]\\s+(?=\\S)|[a-h][.)]\\s+(?=\\p{Lu})|${BARE_LIST_NUMBER})`,
  'u',
);

// a scanned page's roman rank with a lower-case L for its I: "juara ll", "JUARA lI"
const SCANNED_RANK =
  /(?<![\p{L}])((?:juara|peringkat|terbaik|harapan)\s+)([Il]{0,2}l[Il]{0,2})(?![\p{L}\p{N}])/giu;

// the award's name misspelt as it is printed now and then: "Paritana Award 2024"
const MISSPELT_AWARD = new RegExp(
  `(?<![\\p{L}])(?:${MisspeltParitrana.join('|')})(?=\\s+awards?\\b)`,
  'giu',
);

/** The award's misspelt name written right ("Paritana Award" → "Paritrana Award"). */
const awardSpelled = (s: string): string => s.replace(MISSPELT_AWARD, 'Paritrana');

/** A scanned roman rank written with its I's ("juara ll" → "juara II"). */
const scannedRank = (s: string): string =>
  s.replace(SCANNED_RANK, (_m, head: string, r: string) => head + 'I'.repeat(r.length));

// "2022: Desa X, Kecamatan Y – juara 1", "2023: juara 1 Kota Palembang", a timeline's line, or a
// table row "2022 | …" read as "2022, …": the year is the win's
const YEAR_LABEL =
  /^(20[12]\d)\s*(?::|,|\s[–—-])\s+(?=\p{Lu}|(?:juara|terbaik|peringkat)\s)(.+?)([.;]?)\s*$/u;

// "Pada 2023 X meraih juara III, setahun kemudian naik menjadi juara II": the year after the
// one said before it in the sentence
const YEAR_LATER =
  /\b(20[12]\d)\b([^.]*?,\s*)(?:setahun\s+kemudian|tahun\s+berikutnya|setahun\s+berikutnya)\b/i;

// "sebelumnya juara III (2022) dan juara II (2023)": a place with its year in brackets
const PLACE_YEAR_BRACKETED =
  /\b((?:juara|terbaik|peringkat|posisi)\s+(?:ke-?)?[\p{L}\d]+)\s*\(\s*(?:tahun\s+)?(20[12]\d)\s*\)/giu;

/**
 * "Pada 2023 …, setahun kemudian …" written "Pada 2023 …, pada 2024 …"; "juara III (2022)" written
 * "juara III pada 2022".
 */
const yearAfter = (s: string): string =>
  s
    .replace(
      YEAR_LATER,
      (_m, year: string, between: string) => `${year}${between}pada ${Number(year) + 1}`,
    )
    .replace(PLACE_YEAR_BRACKETED, '$1 pada $2');

// "Setelah juara III pada 2023 dan juara II pada 2024, X akhirnya meraih juara I …", "Setelah
// juara I pada 2023 dan 2024, X kembali juara I …": past places, dated, fronted before the winner
const DATED_PLACE = '(?:juara|peringkat|terbaik|posisi)\\s+\\S+\\s+pada\\s+(?:tahun\\s+)?20[12]\\d';
const FRONTED_HISTORY = new RegExp(
  `^(?:Setelah|Sesudah|Usai)\\s+((?:(?:meraih|menjadi|menempati)\\s+)?${DATED_PLACE}(?:\\s*(?:,|dan|,\\s*dan)\\s*(?:(?:(?:meraih|menjadi|menempati)\\s+)?${DATED_PLACE}|20[12]\\d\\b))*)\\s*,\\s*(?:(?:tahun\\s+ini|kini|kali\\s+ini|sekarang),?\\s+)?(\\p{Lu}.*?)([.!]?)\\s*$`,
  'u',
);

/** "Setelah juara III pada 2023 dan juara II pada 2024, X meraih …" written "X meraih …, setelah …". */
const historyLast = (s: string): string => s.replace(FRONTED_HISTORY, '$2, setelah $1$3');

// "Kota Medan yang tahun lalu juara 1 harus turun ke juara 3": the place it fell or rose to is
// its own now, the one in the relative clause its former one
// ("X yang menjadi juara 1 pada 2023 turun ke peringkat kedua", the time after the place; "Kota
// X, juara 1 Paritrana Award 2024, turun ke peringkat dua", the former place set off)
const WHEN_MOVED =
  '(?:tahun\\s+lalu|tahun\\s+sebelumnya|sebelumnya|pada\\s+(?:(?:paritrana\\s+award|edisi)\\s+)?20[12]\\d)';
const PLACE_WORDS = '(?:juara|peringkat|terbaik|posisi)';
const PLACE_MOVED = new RegExp(
  `(?:\\byang\\s+(?:(${WHEN_MOVED})\\s+)?(?:meraih\\s+|menjadi\\s+)?(${PLACE_WORDS}\\s+\\S+?)(?:\\s+(${WHEN_MOVED}))?|,\\s*(${PLACE_WORDS}\\s+\\S+)\\s+((?:paritrana\\s+award\\s+)?20[12]\\d),)\\s+(?:(?:harus|kini|akhirnya|justru)\\s+)?(turun|naik|merosot|melorot|bergeser)\\s+(?:ke|menjadi)\\s+(${PLACE_WORDS}\\s+[\\p{L}\\d]+)`,
  'iu',
);

// "Juara 2 diraih Kabupaten X yang tahun lalu menjadi juara 1, dan juara 3 Kota Y": the former
// place of a winner, told in a relative clause inside a list
const FORMER_PLACE =
  /((?-i:\p{Lu})[\p{L}.'’-]*(?:\s+(?-i:\p{Lu})[\p{L}.'’-]*){0,5})\s+yang\s+(tahun\s+lalu|tahun\s+sebelumnya|pada\s+20[12]\d)\s+(?:(?:juga|sempat|pernah)\s+)?(?:menjadi|meraih|menempati)\s+((?:juara|peringkat|terbaik|posisi)\s+[\p{L}\d]+)(?=\s*[,;]|\s+dan\b)/iu;

/**
 * "… X yang tahun lalu menjadi juara 1, dan …" written "… X, dan …; X meraih juara 1 tahun lalu":
 * the former place a clause of its own, after the list.
 */
const formerPlaceLast = (s: string): string => {
  const m = FORMER_PLACE.exec(s);
  if (!m?.[1] || !m[2] || !m[3]) {
    return s;
  }
  const rest = s.slice(0, m.index) + m[1] + s.slice(m.index + m[0].length);
  const end = /[.!]?\s*$/.exec(rest)?.[0] ?? '';
  return `${rest.slice(0, rest.length - end.length)}; ${m[1]} meraih ${m[3]} ${m[2]}${end}`;
};

// "Juara 1 diraih Desa X, Kabupaten Y, yang juga juara 1 pada Paritrana Award 2023.",
// "Kabupaten X, juara pertama pada edisi 2024, kali ini mendapat predikat harapan": a winner's
// former place, dated, in a clause after its name (a relative one ending the sentence, or one
// set off before "kali ini")
// (a name of two words or more: a bare "Wonosobo" may be a regency or one of its villages)
const NAME_WORDS = "(?-i:\\p{Lu})[\\p{L}.'’-]*(?:\\s+(?-i:\\p{Lu})[\\p{L}.'’-]*){1,5}";
const DATED_PLACE_CLAUSE = `(${PLACE_WORDS}\\s+[\\p{L}\\d]+)\\s+(?:pada\\s+)?((?:paritrana\\s+award|edisi)\\s+20[12]\\d|20[12]\\d)`;
const FORMER_AFTER = new RegExp(
  `(${NAME_WORDS})((?:,\\s+(?:${DISTRICT}|Kabupaten|Kab\\.?|Kota)(?:\\s+(?-i:\\p{Lu})[\\p{L}.'’-]*){1,3})*)(?:,\\s*yang\\s+(?:juga|pernah|sempat)\\s+(?:(?:pernah|sempat)\\s+)?(?:menjadi\\s+|meraih\\s+)?${DATED_PLACE_CLAUSE}(?=\\s*[.!]?\\s*$)|,\\s*${DATED_PLACE_CLAUSE},(?=\\s+(?:kali\\s+ini|tahun\\s+ini|kini)\\b)|,\\s*yang\\s+(?:pada\\s+)?((?:paritrana\\s+award|edisi)\\s+20[12]\\d|20[12]\\d)\\s+(?:menempati|meraih|menjadi)\\s+(${PLACE_WORDS}\\s+[\\p{L}\\d]+),(?=\\s+(?:kali\\s+ini|tahun\\s+ini|kini)\\b))`,
  'iu',
);

/**
 * "… X, yang juga juara 1 pada Paritrana Award 2023." written "… X; X meraih juara 1 pada
 * Paritrana Award 2023.": the former place a clause of its own, after the current one.
 */
const formerPlaceAfter = (s: string): string => {
  const m = FORMER_AFTER.exec(s);
  const place = m?.[3] ?? m?.[5] ?? m?.[8];
  const when = m?.[4] ?? m?.[6] ?? m?.[7];
  if (!m?.[1] || !place || !when) {
    return s;
  }
  const rest = `${s.slice(0, m.index)}${m[1]}${m[2] ?? ''}${m[5] || m[7] ? ',' : ''}${s.slice(m.index + m[0].length)}`;
  const end = /[.!]?\s*$/.exec(rest)?.[0] ?? '';
  return `${rest.slice(0, rest.length - end.length)}; ${m[1]} meraih ${place} pada ${when}${end}`;
};

// "Kota Metro, yang dua tahun berturut-turut menjadi juara I pada 2023 dan 2024, kali ini harus
// puas di posisi juara II.": the former places, told in an aside before "kali ini"
const FORMER_ASIDE = new RegExp(
  `(${NAME_WORDS}),\\s*yang\\s+(?:(?:dua|tiga|empat|\\d)\\s+(?:tahun|kali)\\s+)?(?:(?:berturut-turut|beruntun|sebelumnya)\\s+)?(?:menjadi|meraih|menempati)\\s+(${PLACE_WORDS}\\s+[\\p{L}\\d]+)\\s+pada\\s+((?:paritrana\\s+award\\s+)?20[12]\\d(?:\\s*(?:,|dan|,\\s*dan)\\s*20[12]\\d)*),\\s+(?=(?:kali\\s+ini|tahun\\s+ini|kini)\\b)`,
  'iu',
);

// "Kota Batam gagal mempertahankan gelar juara I yang diraihnya pada Paritrana Award 2024 …": the
// title lost now was won then
const LOST_TITLE = new RegExp(
  `^(\\s*)(${NAME_WORDS})\\s+(?:akhirnya\\s+|harus\\s+)?gagal\\s+mempertahankan\\s+(?:gelar\\s+|predikat\\s+|posisi\\s+)?(${PLACE_WORDS}\\s+[\\p{L}\\d]+)\\s+(?:yang\\s+diraihnya\\s+)?(pada\\s+(?:paritrana\\s+award\\s+)?20[12]\\d\\b)`,
  'iu',
);

/** "X gagal mempertahankan gelar juara I yang diraihnya pada 2024 …" as the win it was then. */
const lostTitle = (s: string): string =>
  s.includes('gagal') ? s.replace(LOST_TITLE, '$1$2 meraih $3 $4') : s;

/** "X, yang … juara I pada 2023 dan 2024, kali ini …" written "X kali ini …; X meraih …". */
const formerAside = (s: string): string => {
  const m = /,\s*yang\s/.test(s) ? FORMER_ASIDE.exec(s) : null;
  if (!m?.[1] || !m[2] || !m[3]) {
    return s;
  }
  const rest = `${s.slice(0, m.index)}${m[1]} ${s.slice(m.index + m[0].length)}`;
  const end = /[.!]?\s*$/.exec(rest)?.[0] ?? '';
  return `${rest.slice(0, rest.length - end.length)}; ${m[1]} meraih ${m[2]} pada ${m[3]}${end}`;
};

// "Kabupaten Lombok Timur meraih juara I (Paritrana Award 2024: juara II)", "PT X – juara I (2023:
// juara harapan)": a list item's former place, in brackets after its place now
// (the place now written in the line: a numbered list's place is read from its number)
const FORMER_IN_BRACKETS = new RegExp(
  `^(\\s*)((?-i:\\p{Lu})[^,(;:–—]*?)((?:\\s*(?:,|–|—|-\\s)|\\s(?=(?-i:\\p{Ll})))[^(]*?\\b${PLACE_WORDS}\\s[^(]*?)\\s*\\((?:paritrana(?:\\s+award)?\\s+)?(20[12]\\d)\\s*:\\s*(${PLACE_WORDS}\\s+[\\p{L}\\d]+)\\)\\s*([.;]?)\\s*$`,
  'iu',
);
// ("Juara II: Kabupaten Tanah Datar (Paritrana 2023: juara III)": or its place as a label)
const FORMER_IN_BRACKETS_LABELLED = new RegExp(
  `^(\\s*)(${PLACE_WORDS}\\s+[\\p{L}\\d]+)\\s*:\\s*((?-i:\\p{Lu})[^,(;:]*?)(\\s*(?:,[^(]*?)?)\\s*\\((?:paritrana(?:\\s+award)?\\s+)?(20[12]\\d)\\s*:\\s*(${PLACE_WORDS}\\s+[\\p{L}\\d]+)\\)\\s*([.;]?)\\s*$`,
  'iu',
);

// ("(Paritrana 2023: tidak masuk tiga besar)": no place then, nothing to read)
const NO_FORMER_PLACE =
  /\s*\((?:paritrana(?:\s+award)?\s+)?20[12]\d\s*:\s*(?:tidak|belum|gagal)\b[^)]*\)/giu;

/** "X meraih juara I (2024: juara II)" written "X meraih juara I; X meraih juara II pada 2024". */
const formerInBrackets = (s: string): string =>
  !s.includes('(')
    ? s
    : s
        .replace(FORMER_IN_BRACKETS, '$1$2$3; $2 meraih $5 pada $4$6')
        .replace(FORMER_IN_BRACKETS_LABELLED, '$1$3 meraih $2; $3 meraih $6 pada $5$7')
        .replace(NO_FORMER_PLACE, '');

// "X merebut kembali posisi juara pertama Paritrana Award 2025 …, setelah tahun lalu hanya
// menempati posisi ketiga.", "X meraih peringkat pertama Paritrana Award 2026 …, naik dua tingkat
// dari peringkat ketiga yang diraihnya tahun lalu.": a former place told in a last clause
const FORMER_TAIL = new RegExp(
  `^(${NAME_WORDS})(\\s.*?\\b20[12]\\d\\b[^;]*?),\\s*(?:setelah\\s+(${WHEN_MOVED})\\s+(?:hanya\\s+|cuma\\s+|sempat\\s+)?(?:menempati|meraih|berada\\s+di|menjadi)\\s+(${PLACE_WORDS}\\s+[\\p{L}\\d]+)|naik\\s+(?:\\S+\\s+(?:tingkat|peringkat|posisi|anak\\s+tangga)\\s+)?dari\\s+(${PLACE_WORDS}\\s+[\\p{L}\\d]+)\\s+(?:yang\\s+diraihnya\\s+)?(${WHEN_MOVED}))\\s*([.!]?)\\s*$`,
  'iu',
);

// "Desa X meraih juara I Paritrana Award 2025 …, sekaligus mencatat prestasi tiga kali
// berturut-turut setelah juara I pada edisi 2023 dan 2024.": the former places, dated, last
// (or a phrase that refers back to it: "Desa penghasil salak itu meraih …")
const FORMER_TAIL_DATED = new RegExp(
  `^(${NAME_WORDS}|(?-i:\\p{Lu}\\p{Ll}+)(?:\\s+(?-i:\\p{Ll}+)){1,4}\\s+(?:itu|ini|tersebut))(\\s.*?\\b20[12]\\d\\b[^;]*?)\\s+setelah\\s+(?:(?:meraih|menjadi|menempati)\\s+)?(${PLACE_WORDS}\\s+[\\p{L}\\d]+)\\s+pada\\s+(?:edisi\\s+|paritrana\\s+award\\s+)?(20[12]\\d(?:\\s*(?:,|dan|,\\s*dan)\\s*20[12]\\d)*)\\s*([.!]?)\\s*$`,
  'iu',
);

/** "X meraih juara 1 … 2025, setelah tahun lalu menempati posisi 3." as two clauses. */
const formerPlaceTail = (s: string): string => {
  const m = FORMER_TAIL.exec(s);
  const place = m?.[4] ?? m?.[5];
  const when = (m?.[3] ?? m?.[6] ?? '').replace(/^pada\s+/i, '');
  return m?.[1] && m[2] && place && when
    ? `${m[1]}${m[2]}; ${m[1]} meraih ${place} pada ${when}${m[7] ?? ''}`
    : s;
};

/** "X meraih juara I … 2025, … setelah juara I pada edisi 2023 dan 2024." as two clauses. */
const formerTailDated = (s: string): string =>
  /\bsetelah\b/i.test(s) ? s.replace(FORMER_TAIL_DATED, '$1$2; $1 meraih $3 pada $4$5') : s;

// "Kota X naik dari peringkat tiga tahun lalu menjadi juara pertama …": the place risen from,
// then the place won
const ROSE_FROM = new RegExp(
  `\\b(naik|turun|melesat|melonjak|merosot)\\s+dari\\s+(${PLACE_WORDS}\\s+\\S+?)\\s+(${WHEN_MOVED})\\s+(?:menjadi|ke)\\s+(${PLACE_WORDS}\\s+[\\p{L}\\d]+)`,
  'iu',
);

/** "X yang tahun lalu juara 1 harus turun ke juara 3" written "X meraih juara 3, turun dari …". */
const placeMoved = (s: string): string =>
  s.replace(
    PLACE_MOVED,
    (
      all: string,
      when1: string | undefined,
      former1: string | undefined,
      when2: string | undefined,
      former2: string | undefined,
      year: string | undefined,
      moved: string,
      now: string,
    ) => {
      const former = former1 ?? former2 ?? '';
      const when = when1 ?? when2 ?? (year ? `pada ${year}` : '');
      return when
        ? `${former2 ? ' ' : ''}meraih ${now}, ${moved.toLowerCase()} dari ${former} ${when}`
        : all;
    },
  );

/**
 * "X naik dari peringkat tiga tahun lalu menjadi juara pertama Paritrana Award 2025 …" written "X
 * meraih juara pertama Paritrana Award 2025 …, naik dari peringkat tiga tahun lalu".
 */
const roseFrom = (s: string): string => {
  const m = ROSE_FROM.exec(s);
  if (!m?.[1] || !m[2] || !m[3] || !m[4]) {
    return s;
  }
  const rest = s.slice(m.index + m[0].length);
  // (the former place closes the clause the win is told in)
  const close = /[,;.!?]|$/.exec(rest)?.index ?? rest.length;
  const former = `, ${m[1].toLowerCase()} dari ${m[2]} ${m[3]}`;
  return `${s.slice(0, m.index)}meraih ${m[4]}${rest.slice(0, close)}${former}${rest.slice(close)}`;
};

// "Hampir setahun setelah meraih juara 1 Paritrana Award 2025 …, PT X kini mendaftarkan …": the
// win told in a fronted clause whose subject is the main clause's
const FRONTED_WIN =
  /^((?:\p{L}+\s+){0,3}?)(?:[Ss]etelah|[Ss]esudah|[Uu]sai|[Ss]eusai|[Ss]ejak)\s+((?:berhasil\s+)?(?:meraih|menyabet|dinobatkan\s+sebagai|menjadi)\s+(?:juara|terbaik|peringkat|penghargaan|paritrana)\b[^,;]*?),\s+(\p{Lu}[\p{L}.&'’-]*(?:\s+\p{Lu}[\p{L}.&'’-]*){0,6})\s+(?=(?:kini|pun|langsung|akhirnya|lalu|kemudian|segera|mulai|terus|tetap|makin|semakin|justru)\b|me\p{Ll}+)/u;

// (a main clause with a win or a stage of its own: "…, X kini dinobatkan terbaik II nasional")
const MAIN_CLAUSE_WIN =
  /\b(?:meraih|menyabet|dinobatkan|juara|terbaik|peringkat|nasional|tingkat|provinsi|wawancara|nominasi)\b/i;

/**
 * "Setelah meraih juara 1 …, X kini …" written "X meraih juara 1 …, kini …", when the main clause
 * tells no win or stage of its own (else the fronted win is read as it stands).
 */
const winFirst = (s: string): string => {
  const m = FRONTED_WIN.exec(s);
  if (!m || MAIN_CLAUSE_WIN.test(s.slice(m[0].length))) {
    return s;
  }
  return `${m[1] ?? ''}${m[3] ?? ''} ${m[2] ?? ''}, ${s.slice(m[0].length)}`;
};

/** "PT X (besar, juara II)" written "PT X (juara II kategori besar)". */
const rankFirstInParens = (s: string): string => s.replace(CATEGORY_THEN_RANK, '($2 kategori $1)');

// "Kota Padangsidimpuan — Paritrana Award 2022, juara I kategori …": a list of winners' names,
// each with the edition and the place it won
const NAME_DASH_AWARD =
  /^((?-i:\p{Lu})[^–—:;]{2,60}?)\s+[–—-]\s+(Paritrana\s+Award(?:\s+tahun)?\s+20[12]\d(?:\s+tingkat\s+[^,]+?)?)\s*,\s*((?:juara|peringkat|terbaik|harapan)\b.*)$/iu;

/** "X — Paritrana Award 2022, juara I …" written "X meraih juara I … Paritrana Award 2022". */
const nameDashAward = (s: string): string =>
  s.replace(NAME_DASH_AWARD, (_m, name: string, award: string, place: string) => {
    const end = /[.;]$/.test(place) ? place.slice(-1) : '';
    return `${name} meraih ${place.replace(/[.;]$/, '')} ${award}${end}`;
  });

// "Kab. Jember - Juara 2 Paritrana Award 2025 Jatim …", "Desa X, Kec. Y – Juara 3 …": a post's
// list of winners, each name with the place and the award it won after a dash (a bare "– juara II"
// is read as a list item already)
const NAME_DASH_RANK =
  /^((?-i:\p{Lu})[^–—:;]{2,80}?)\s+[–—-]\s+((?:juara|peringkat|terbaik)\s+(?:harapan\s+)?(?:ke-?\s*)?(?:[IV]{1,3}|\d|pertama|kedua|ketiga|satu|dua|tiga)\b.*)$/iu;

/** "X - Juara 2 Paritrana Award 2025 …" written "X meraih Juara 2 Paritrana Award 2025 …". */
const nameDashRank = (s: string): string => {
  const m = NAME_DASH_RANK.exec(s);
  return m?.[1] && m[2] && /\bparitrana\b/i.test(m[2]) && scanNames(m[1]).length > 0
    ? `${m[1]} meraih ${m[2]}`
    : s;
};

// "peringkat pertama diraih perusahaan perkebunan dari Riau, PT Rokan Agro Perkasa.": the winner
// described before it is named, at the sentence's end
const DESCRIBED_WINNER_LAST =
  /\b((?:diraih|dimenangkan|dijuarai|jatuh\s+(?:ke|kepada)|diberikan\s+kepada)\s+(?:oleh\s+)?)((?:sebuah\s+)?(?:perusahaan|usaha|industri|pabrik|koperasi|rumah\s+sakit|hotel|toko|warung|kedai|desa|kelurahan)\s+(?-i:[a-z])[^,;.]{0,60}),\s+((?-i:\p{Lu})[^,;.]*?)([.;]?)\s*$/iu;

/** "diraih perusahaan X dari Riau, PT A." written "diraih PT A, perusahaan X dari Riau." */
const describedWinnerLast = (s: string): string => s.replace(DESCRIBED_WINNER_LAST, '$1$3, $2$4');

// "… bahwa Jambi adalah provinsi yang meraih Paritrana Award 2021 sebagai Terbaik III …": the kind
// of winner said between the name and its win
const KIND_THEN_WIN =
  /(?<=(?-i:\p{Lu})[\p{L}.'’-]*)\s+(?:adalah|merupakan|ialah)\s+(?:satu-satunya\s+|salah\s+satu\s+)?(?:provinsi|kabupaten|kota|daerah|desa|gampong|nagari|kelurahan|perusahaan|koperasi|badan\s+usaha|umkm|usaha)(?:\s+(?-i:[a-z])[\p{L}-]*){0,2}?\s+yang\s+(?=(?:(?:pernah|juga|berhasil|sempat)\s+)*(?:meraih|menyabet|memboyong|menerima|mendapat|dinobatkan)\b)/iu;

// "X kembali menempati posisi teratas …, sama seperti pada Paritrana Award 2023.": the same place
// won at a time the sentence closes on
const SAME_AS_THEN =
  /,\s*sama\s+seperti\s+(?:pada\s+|di\s+)?((?:paritrana\s+award|edisi|tahun)\s+20[12]\d|20[12]\d|tahun\s+(?:lalu|sebelumnya)|edisi\s+sebelumnya)\s*([.!]?)\s*$/i;

/**
 * "X menempati posisi teratas, sama seperti pada 2023." written "X menempati posisi teratas; X
 * meraih predikat yang sama pada 2023.": the earlier win a clause of its own.
 */
const sameAsThen = (s: string): string => {
  const m = SAME_AS_THEN.exec(s);
  // (the subject opening the last clause before it: "Pada edisi 2024, X kembali …")
  const clause = m ? s.slice(0, m.index).split(/,\s+/).pop() : undefined;
  const name = clause ? scanNames(clause).find((n) => n.start === 0) : undefined;
  return m && name
    ? `${s.slice(0, m.index)}; ${name.text} meraih predikat yang sama ${/^\d|^(?:paritrana|edisi\s+\d|tahun\s+\d)/i.test(m[1] ?? '') ? 'pada ' : ''}${m[1]}${m[2] ?? ''}`
    : s;
};

// "Gelar yang sama pernah diraih Batam pada 2022": a title is a predicate won
const SAME_TITLE = /\bgelar(?=\s+yang\s+sama\b)/gi;

/** "gelar yang sama" written "predikat yang sama", which the rules read as a win. */
const sameTitle = (s: string): string => s.replace(SAME_TITLE, 'predikat');

/** "X adalah provinsi yang meraih …" written "X meraih …". */
const kindThenWin = (s: string): string =>
  /\b(?:adalah|merupakan|ialah)\b/i.test(s) ? s.replace(KIND_THEN_WIN, ' ') : s;

/** A timeline's line "2022: X juara 1" written as "X juara 1 pada 2022". */
const yearLast = (s: string): string => s.replace(YEAR_LABEL, '$2 pada $1$3');

// "Surabaya, 3 Juli 2024": a letter's place and date, under its text
const PLACE_AND_DATE =
  /^\s*(?-i:\p{Lu})[\p{L} .]{2,30},\s+\d{1,2}\s+(?:januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember)\s+20\d\d\s*$/iu;

// "TERNATE POS | JUMAT 8 AGUSTUS 2025 | 5": a printed page's running head, its paper, date and page
const RUNNING_HEAD =
  /^\s*[^|\n]{2,40}\|\s*(?:senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu)\b[^|\n]{0,30}\|\s*\d{1,3}\s*$/iu;

// "Admin Kanal, [22.07.24 15:10]", "Teh Nining (Subang) — 13.44", "Kang Ujang (Garut) — 3 Sep
// 2025, 13.40": an exported chat's or a forum's line that heads a message with its writer and time
export const MESSAGE_HEAD =
  /^\s*(?:(?-i:\p{Lu})[\p{L}.'’-]*\s+){0,3}(?-i:\p{Lu})[\p{L}.'’-]*(?:\s*\([^()\n]{1,30}\))?\s*(?:,\s*\[\d{1,2}[./]\d{1,2}[./]\d{2,4},?\s+\d{1,2}[.:]\d{2}(?:[.:]\d{2})?\]|[—–]\s*(?:\d{1,2}\s+\p{L}{3,9}\.?\s+\d{4},?\s+)?\d{1,2}[.:]\d{2}(?:\s*WI[BT]A?)?)\s*$/iu;

// what a cleaned line goes through, in order, after its bullets, cells and labels are read
// "…: I. Kabupaten A II. Kota B III. Kabupaten C", "Untuk UMK: 1. Toko Bangunan 88 Kendari 2.
// Sinonggi Wa Ode": a list numbered inline, its items parted by their numbers alone
const INLINE_ITEM = /(^|[\s:;,])(I{1,3}|IV|V|[1-9])\.\s+(?=\p{Lu})/gu;
const itemValue = (n: string): number => rankValue(n) ?? 0;

/**
 * An inline list counted from 1 written with numbers ("I. A II. B" → "1. A 2. B") and a
 * semicolon before each item a number alone parted from the one before ("1. A 2. B" → "1. A;
 * 2. B"), read as such lists are.
 */
function inlineListItems(s: string): string {
  const numbers = [...s.matchAll(INLINE_ITEM)].map((m) => m[2] ?? '');
  // (or from 2, the line's own "1." taken off as its list number: "Kabupaten A 2. Kota B 3. …")
  const from =
    /^\p{Lu}/u.test(s) && numbers.length >= 2 && itemValue(numbers[0] ?? '') === 2 ? 2 : 1;
  const counted = numbers.length >= 2 && numbers.every((n, k) => itemValue(n) === k + from);
  return counted
    ? s.replace(INLINE_ITEM, (_m, before: string, n: string, at: number) => {
        const value = itemValue(n);
        const parted = value > 1 && /\s/.test(before) && !/[,;:]\s*$/.test(s.slice(0, at));
        return `${parted ? ';' : ''}${before}${value}. `;
      })
    : s;
}

// "piala juara II Paritrana Award 2025 tingkat Provinsi NTB milik Pemerintah Kabupaten Lombok
// Barat akhirnya diarak …": the trophy's owner won the place it names
const OWNED_TROPHY =
  /\b(?:piala|trofi|tropi|piagam|plakat)\s+((?:juara|terbaik|peringkat)\s+\S+\s+(?:paritrana|penghargaan)[^.;:]*?)\s+milik\s+((?-i:\p{Lu})[\p{L}-]*(?:\s+(?-i:\p{Lu})[\p{L}-]*){0,5})/iu;

/** "piala juara II … milik X" written "X meraih juara II …". */
const ownedTrophy = (s: string): string => s.replace(OWNED_TROPHY, '$2 meraih $1');

// "desa malasari Kec. Nanggung kab bogor juara 2", "desa ketapanrame kec trawas kab mojokerto
// meraih …": a village's whole address typed in lower case, written as "Desa Malasari, Kecamatan
// Nanggung, Kabupaten Bogor"
const WORD =
  '(?!(?:juara|meraih|raih|terbaik|peringkat|kategori|dan|sebagai|di|tingkat|yang|juga|dapat|dapet|mendapat|memperoleh|jadi|menjadi|kembali|berhasil|pun|sudah|telah|ini|itu|tersebut|kami|kita|mereka|kalian|lain|setempat)\\b)[\\p{L}-]+';
const LOWER_ADDRESS = new RegExp(
  `\\b(desa|kelurahan|nagari|gampong|kampung)\\s+((?-i:\\p{Ll})[\\p{L}-]*(?:\\s+${WORD})?),?\\s+(?:kec\\.?|kecamatan)\\s+(${WORD}(?:\\s+${WORD})?),?\\s+(kab\\.?|kabupaten|kota)\\s+(${WORD}(?:\\s+${WORD})?)`,
  'giu',
);
// (in a chat typed in lower case, a village before its win or its regency: "desa cibodas juga
// dapat juara 3", "gampong meunasah baro, kab. pidie jaya")
const LOWER_VILLAGE = new RegExp(
  `\\b(desa|kelurahan|nagari|gampong|kampung)\\s+((?=(?-i:\\p{Ll}))${WORD}(?:\\s+${WORD})?)(?=\\s+(?:(?:juga|pun|kembali|berhasil|sudah|telah)\\s+)?(?:dapat|dapet|meraih|raih|juara|jadi|menjadi|terbaik|peringkat)\\b|,\\s*(?:kab\\.?|kabupaten|kota)\\s)`,
  'giu',
);
const capitalised = (s: string): string =>
  s.replace(/(^|[\s-])(\p{Ll})/gu, (_m, lead: string, c: string) => `${lead}${c.toUpperCase()}`);
// a village word before a word in lower case (either step's cheap first test)
const LOWER_AFTER_VILLAGE_WORD = /\b(?:desa|kelurahan|nagari|gampong|kampung)\s+\p{Ll}/u;
/** A village's address in lower case written out with capitals and commas. */
const lowerAddress = (s: string): string =>
  LOWER_AFTER_VILLAGE_WORD.test(s)
    ? s.replace(
        LOWER_ADDRESS,
        (_m, kind: string, village: string, district: string, head: string, regency: string) =>
          `${capitalised(kind.toLowerCase())} ${capitalised(village)}, Kecamatan ${capitalised(district)}, ${/^kota$/i.test(head) ? 'Kota' : 'Kabupaten'} ${capitalised(regency)}`,
      )
    : s;
/** A chat's village in lower case (no capital before it) written with capitals ("Desa Cibodas"). */
const lowerChatVillage = (s: string): string =>
  LOWER_AFTER_VILLAGE_WORD.test(s)
    ? s.replace(LOWER_VILLAGE, (m, kind: string, village: string, at: number) =>
        // (a comment's writer before it is no capital of the chat's: "Neng Rina: desa …")
        /\p{Lu}/u.test(s.slice(0, at).replace(/^[^:]{1,40}:\s/, ''))
          ? m
          : `${capitalised(kind.toLowerCase())} ${capitalised(village)}`,
      )
    : s;

// "Kota Batam, kata dia, meraih …": the speaker set off between a subject and its verb
const SAID_ASIDE =
  /,\s*(?:(?:kata|ujar|tutur|ucap|jelas|sebut)(?:nya|\s+(?:dia|ia|beliau))|menurut\s+(?:dia|beliau|nya))\s*,\s*/giu;

/** "Kota Batam, kata dia, meraih …" written "Kota Batam meraih …". */
const withoutSaidAside = (s: string): string => s.replace(SAID_ASIDE, ' ');

const SENTENCE_STEPS: ReadonlyArray<(s: string) => string> = [
  expandChatWords,
  splitStageNote,
  splitBracketedStageNotes,
  splitApposedStageNote,
  withoutSaidAside,
  lowerAddress,
  lowerChatVillage,
  ownedTrophy,
  awardSpelled,
  scannedRank,
  inlineListItems,
  yearAfter,
  rankFirstInParens,
  yearLast,
  nameDashAward,
  describedWinnerLast,
  kindThenWin,
  sameTitle,
  partRunOnList,
  rankBeforeComma,
  stripDateline,
  nameDashRank,
  withoutEntourage,
  historyLast,
  winFirst,
  placeMoved,
  roseFrom,
  formerPlaceLast,
  formerPlaceAfter,
  formerAside,
  lostTitle,
  formerInBrackets,
  formerPlaceTail,
  formerTailDated,
  sameAsThen,
  shortLegalForm,
  frontLegalForm,
  nameRegionalGovernment,
  unwrapListedGroup,
];

// "🥇 Kab. Badung", "#1 Kota Bontang" opening a list line; "Kabupaten Gianyar 🥇, Kabupaten
// Tabanan 🥈 dan …" after a name: places by medal or number sign (not "🥇 JUARA 1 …", whose
// rank is written)
const MEDAL: Readonly<Record<string, number>> = { '🥇': 1, '🥈': 2, '🥉': 3 };
// (or a region's kind in lower case: "#1 kab. banyuwangi")
// (or a keycap: "1️⃣ Kabupaten Sanggau"; a medal before the line's number: "🥇 1. Kota Tangerang")
const PLACE_FIRST =
  /^(\s*)(?:(🥇|🥈|🥉)\uFE0F?(?:\s+[1-9][.)])?|#([1-9])|([1-9])\uFE0F?\u20E3)\s+(?!(?:juara|peringkat|terbaik|harapan)\b)(?=(?-i:\p{Lu})|(?:kab\.?|kabupaten|kota|ds\.?|desa|provinsi|prov\.?)\s)/iu;
const MEDAL_AFTER = /(?<=\p{L})\s*(🥇|🥈|🥉)\uFE0F?(?=\s*(?:[,;.!]|\p{Ll}|$))/gu;
// "Kab/Kota — Kota Kupang (I), Kabupaten Sikka (II)": a roman place in brackets after a name
// (in a sentence of the award or its places: not "Tahap (II)", a stage)
const ROMAN_AFTER = /(?<=(?-i:\p{Lu})\p{L}+)\s*\((I{1,3})\)(?=\s*(?:[,;.]|$|\s+(?:dan|serta)\s))/gu;
const PLACES_NAMED = /\b(?:paritrana|juara|terbaik|peringkat|pemenang|award)\b/i;

/**
 * Places given by medals, number signs or bracketed roman numerals written as ranks ("🥇 Kab.
 * Badung" → "Juara 1: …", "Kota Kupang (I)" → "Kota Kupang (juara I)").
 */
function medalsAsRanks(given: string): string {
  const s =
    given.includes('(I') && PLACES_NAMED.test(given)
      ? given.replace(ROMAN_AFTER, (_m, n: string) => ` (juara ${n})`)
      : given;
  if (!/[🥇🥈🥉#]|\u20E3/u.test(s)) {
    return s;
  }
  return s
    .replace(
      PLACE_FIRST,
      (
        _m,
        lead: string,
        medal: string | undefined,
        n: string | undefined,
        key: string | undefined,
      ) => `${lead}Juara ${medal ? MEDAL[medal] : (n ?? key)}: `,
    )
    .replace(MEDAL_AFTER, (_m, medal: string) => ` (juara ${MEDAL[medal]})`);
}

// "Koperasi Pondok Pesantren (Kopontren) Darul Ihsan", "Badan Usaha Milik Desa (BUMDes) Sumber
// Rejeki": an organisation's kind spelled out, its short form, then its own name, read as the
// short form and the name ("Kopontren Darul Ihsan")
// (a short form in capitals, "Koperasi Unit Desa (KUD) X", is read with the name already)
const SPELLED_THEN_SHORT =
  /(?<![\p{L}])((?:\p{Lu}[\p{L}]+\s+){1,5})\((\p{Lu}\p{L}*\p{Ll}\p{L}*)\)(?=\s+\p{Lu})/gu;
const shortFormOpening = (all: string, spelled: string, short: string): string =>
  spells(short.toLowerCase(), spelled.trim().toLowerCase().split(/\s+/)) ? short : all;

// "Sebelum melaju ke Jakarta, Makassar …", "Sebelum ke tingkat nasional, Palu …": a fronted clause
// of where the winner went next names no winner and no stage of this win
const ON_THE_WAY =
  /^(?:Sebelum|Jelang|Menjelang)\s+(?:(?:melaju|berangkat|bertolak|terbang|maju|berlaga|tampil|bersaing|naik)\s+)?(?:ke|di)\s+[^,.;]{2,60},\s*/u;

// "Kabupaten Tabalong, yang dua tahun lalu bahkan tidak lolos ke tahap wawancara, kini …",
// "Kabupaten Pangandaran, kabupaten termuda … yang baru berdiri pada 2012, menempati …": an aside
// after a name that dates something other than a win says nothing of this win's time
const DATED_ASIDE =
  /(?<=\p{Lu}\p{Ll}[\p{L}.]*),\s+((?!(?:yakni|yaitu|tepatnya|masing-masing|pada|di|sejak|tahun|dalam|saat|ketika|hingga|sampai|sebelum|setelah|usai|sesudah|selama|mulai)\b)(?:yang|\p{Ll}+)\b[^,;.]{0,120}?\b(?:tahun\s+lalu|(?:19|20)\d\d)\b[^,;.]{0,60}?),(?=\s+\p{Ll})/gu;
const AWARD_WORD =
  /\b(?:paritrana|award|juara|terbaik|peringkat|posisi|penghargaan|harapan|anugerah|piala|trofi|menang|meraih|pemenang|peraih|berturut-turut)\b/i;

// "Bengkel Las Sinar Jaya milik Suparman (47) di Kelurahan Pasar Ujung menjadi juara 1", "Warung
// Soto X, usaha milik Sudarmi (58), meraih …": the owner and her age between a business and its
// win
const OWNED_BY_AGED =
  /(?:,\s*(?:(?:usaha|warung|toko|kedai|bengkel|rumah\s+makan)(?:\s+(?:keluarga|rumahan|kecil))?\s+)?|\s+)milik\s+(?:(?:Bu|Pak|Ibu|Bapak|Mama|Mbok|Haji|Hj?\.)\s+)?(?-i:\p{Lu})[\p{L}.'’-]*(?:\s+(?-i:\p{Lu})[\p{L}.'’-]*){0,3}\s*\(\d{2}(?:\s*tahun)?\)(?:\s*,)?/gu;

// "Desa kita tercinta meraih …": the endearment after "our village" says nothing of who it is
const BELOVED =
  /(\b(?:desa|kelurahan|gampong|kampung|nagari|kabupaten|kota|provinsi|daerah|perusahaan|koperasi|sekolah|kampus)\s+(?:kita|kami))\s+(?:tercinta|tersayang|yang\s+(?:kita|kami)\s+cintai)\b/giu;

// "desa kita *Desa Ponggok* … dapat *JUARA 1 Paritrana Award 2025*": a chat's bold marks
const CHAT_BOLD = /(?<![\p{L}\p{N}*])\*([^*\n]{1,200}?)\*(?![\p{L}\p{N}*])/gu;

// 'Toko Roti "Sari Rasa" Klaten', 'Koperasi Nelayan "Hatukau"': an organisation's own name quoted
// after its kind is part of its name (a programme's is not: 'Dialog "Merauke Bicara"')
const QUOTED_IN_NAME =
  /((?:^|\s)(?:\p{Lu}[\p{L}&.'’-]*\s+){1,4})["“](\p{Lu}[\p{L}\d&'’-]*(?:\s+\p{Lu}[\p{L}\d&'’-]*){0,4})["”](?=[\s,.;:)]|$)/gu;
// the kinds whose quoted name is a title, not an organisation's
const TITLED_KIND =
  /^(?:Dialog|Program|Acara|Festival|Lomba|Gerakan|Kampanye|Tema|Slogan|Motto|Tagline|Aplikasi|Inovasi|Film|Lagu|Buku|Talkshow|Podcast|Seminar|Webinar|Kegiatan|Pameran|Bazar|Event|Judul|Rubrik|Kolom|Sesi|Segmen|Jargon|Semboyan|Julukan|Predikat|Gelar|Tajuk|Kata|Istilah|Sebutan|Video|Konten|Kanal|Akun|Tagar)$/;
const unquoteOwnName = (all: string, kind: string, own: string): string =>
  kind
    .trim()
    .split(/\s+/)
    .some((word) => TITLED_KIND.test(word))
    ? all
    : `${kind}${own}`;

// "Pemerintah Kabupaten/Kota: I Kabupaten Badung; II Kabupaten Gianyar": a bare first place
// before a marked name, in a list whose next places are bare numerals too (not a Balinese "I Made")
const BARE_FIRST_PLACE =
  /(:\s*)I\s+(?=(?:Kabupaten|Kota|Provinsi|Desa|Kelurahan|Nagari|Gampong|Kampung|PT|CV|UD|Koperasi)\s)/u;
const BARE_NEXT_PLACE = /[;,]\s*II\s+\p{Lu}/u;
const bareFirstPlace = (s: string): string =>
  BARE_NEXT_PLACE.test(s) ? s.replace(BARE_FIRST_PLACE, '$1Juara I ') : s;
// "peringkat (I) diraih Kabupaten X, peringkat (II) Kota Y": a place printed in brackets
const BRACKETED_PLACE = /\b(juara|peringkat|terbaik)\s+\((I{1,3}|IV|V|[1-9])\)/giu;
// "Pemerintah Kabupaten/Kota (II)    : Kota Jambi": a table's category cell with its place in
// brackets, then the winner
const CATEGORY_PLACE = /^(\s*\p{Lu}[^,:;()]{2,60}?)\s*\((I{1,3}|[1-3])\)\s*[:,]\s*(?=\p{Lu})/u;
// "Juara II. Kota Palu": a line's place, labelled with a period
const RANK_LABEL_DOT =
  /^(\s*(?:juara|terbaik|peringkat|harapan)\s+(?:[IVX]{1,3}|\d))\.\s+(?=(?-i:\p{Lu}))/iu;

/** Prepares a sentence for the winner patterns: no list number, bullet, dateline, quotes, "(Pemkot)". */
export function cleanSentence(s: string): string {
  // "Sumber: Disnaker Provinsi Bali": where a table came from names no winner
  if (
    SOURCE_LINE.test(s) ||
    HEADER_LINE.test(s) ||
    PLACE_AND_DATE.test(s) ||
    RUNNING_HEAD.test(s) ||
    MESSAGE_HEAD.test(s)
  ) {
    return '';
  }
  const placed = bareFirstPlace(
    tableRow(medalsAsRanks(s))
      .replace(RANK_LABEL_DOT, '$1: ')
      .replace(BRACKETED_PLACE, '$1 $2')
      .replace(CATEGORY_PLACE, '$1 (juara $2): '),
  );
  const body = placed
    .replace(LIST_NUMBER_OPENING, '')
    .replace(BULLET, '')
    .replace(CATEGORY_DASH, (all: string, place: string, label: string) =>
      typeOfCategory(label) != null && scanNames(label).length === 0 ? `${place}${label}: ` : all,
    )
    .replace(TABLE_CELL, '$1: ')
    .replace(GLUED, '$1 $2')
    .replace(/^["“”'‘’]+/, '')
    .replace(QUOTED_IN_NAME, unquoteOwnName)
    .replace(CHAT_BOLD, '$1')
    .replace(BELOVED, '$1')
    .replace(OWNED_BY_AGED, '')
    .replace(ON_THE_WAY, '')
    .replace(DATED_ASIDE, (all: string, aside: string) => (AWARD_WORD.test(aside) ? all : ''))
    .replace(/\s\((?:Pemkab|Pemkot|Pemprov|Pemdes|Pemda)\)(?=\s)/g, '')
    .replace(SPELLED_THEN_SHORT, shortFormOpening)
    .replace(INLINE_BULLET, ', ')
    .replace(REPEATED_HEAD, '$1$3 ')
    .replace(REPEATED_HEAD, '$1$3 ')
    .replace(SHOUT, (shout: string) => (scanNames(shout).length > 0 ? shout : ''))
    .replace(EMOJI, '')
    .replace(PHOTO, '')
    .replace(POSITION, '')
    .replace(DOT_LEADER, ': ')
    .replace(ZONE_LABEL, '')
    .replace(RECIPIENT_LABEL, '')
    .replace(HOPE_LABEL, (_m, labelled?: string, bare?: string) => `Juara ${labelled ?? bare}: `)
    .replace(RANK_OF_IT, '$1')
    .replace(INLINE_NUMBER, (_m, before: string, n: string, at: number, all: string) => {
      // ("Kategori Provinsi 1) Provinsi A 2) Provinsi B": the numbers were the only separators)
      const prev = all.slice(0, at).trimEnd();
      return /^\s$/.test(before) && prev !== '' && !/[;,:]$/.test(prev)
        ? n === '1'
          ? ': '
          : '; '
        : before;
    });
  return SENTENCE_STEPS.reduce((text, step) => step(text), body);
}
