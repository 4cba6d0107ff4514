import { VILLAGE_WORDS } from '../gazetteer/resolve-village.ts';
import { typeOfCategory } from './parse-category.ts';
import { LEADING_CATEGORY } from './ranked-rows.ts';

// A winners' table whose cells a page flattened into one run of words: "No Nama Badan Usaha
// Kategori Peringkat 1 PT A Usaha Besar I 2 PT B Usaha Besar II 3 …".

// ("No. Nama Instansi/Perusahaan Kategori Predikat 1 …": a rank's column called "Predikat")
const HEAD =
  /^\s*No\.?\s+(Nama(?:\s+(?!Kategori\b|Peringkat\b|Juara\b|Predikat\b)\p{Lu}[\p{L}/]*){0,3})((?:\s+(?:Kategori|Peringkat|Juara|Predikat))*)\s+(?=1\s+\p{Lu})/u;
// (or its category first: "No Kategori Pemenang Peringkat 1 Pemerintah Kabupaten/Kota Kabupaten A I
// 2 …")
const CATEGORY_FIRST_HEAD =
  /^\s*No\.?\s+Kategori\s+(?:Pemenang|Penerima|Nama(?:\s+Pemenang)?)\s+(?:Peringkat|Juara)\s+(?=1\s+\p{Lu})/u;
// (or its category, then its rank: "No Kategori Peringkat Penerima 1 Pemerintah Provinsi I Provinsi
// Jawa Tengah 2 …")
const RANK_FIRST_HEAD =
  /^\s*No\.?\s+Kategori\s+(?:Peringkat|Juara|Predikat)\s+(?:Pemenang|Penerima|Nama(?:\s+Pemenang)?)\s+(?=1\s+\p{Lu})/u;
const CATEGORY_THEN_RANK =
  /^(.+?)\s+((?:Juara|Peringkat|Terbaik)\s+)?(I{1,3}|IV|V|[1-5]|Harapan(?:\s+(?:I{1,3}|[1-3]))?)\s+(?=\p{Lu})/u;
const RANK_END =
  /\s+((?:Juara|Peringkat|Terbaik)\s+)?(I{1,3}|IV|V|[1-5]|Harapan(?:\s+(?:I{1,3}|[1-3]))?)$/u;
/** The words a category's name is made of ("Badan Usaha Besar"), and nothing else. */
export const CATEGORY_WORD_LIST = [
  'pemerintah',
  'kabupaten/kota',
  'kabupaten',
  'kota',
  'provinsi',
  ...VILLAGE_WORDS,
  'badan',
  'usaha',
  'skala',
  'besar',
  'menengah',
  'kecil',
  'mikro',
  'umkm',
  'umk',
  'ukm',
  'dan',
  'perusahaan',
];
const CATEGORY_WORDS = new RegExp(`^(?:(?:${CATEGORY_WORD_LIST.join('|')})\\s*)+$`, 'i');

/** The rows of a flattened winners' table as one list sentence, or null for any other line. */
export function readFlatTable(line: string): string | null {
  const rankFirst = RANK_FIRST_HEAD.exec(line);
  const categoryFirst = rankFirst ?? CATEGORY_FIRST_HEAD.exec(line);
  const head = categoryFirst ?? HEAD.exec(line);
  if (!head) {
    return null;
  }
  const columns = categoryFirst
    ? []
    : (head[2] ?? '')
        .trim()
        .split(/\s+/)
        .filter(Boolean)
        .map((c) => c.toLowerCase());
  const hasCategory = columns.includes('kategori');
  const hasRank =
    categoryFirst != null ||
    columns.includes('peringkat') ||
    columns.includes('juara') ||
    columns.includes('predikat');
  const body = line.slice(head[0].length);
  // rows start at 1, 2, 3 … each before a capitalised word
  const rows: string[] = [];
  let from = 0;
  for (let n = 2; ; n++) {
    const next = new RegExp(`\\s${n}\\s+(?=\\p{Lu})`, 'u').exec(body.slice(from + 1));
    const end = next ? from + 1 + next.index : body.length;
    rows.push(
      body
        .slice(from, end)
        .replace(/^\s*\d{1,2}\s+/, '')
        .trim(),
    );
    if (!next) {
      break;
    }
    from = end + 1;
  }
  const items = rows.map((row) => {
    let rest = row.replace(/[.;]\s*$/, '');
    let rank: string | null = null;
    const ahead = rankFirst ? CATEGORY_THEN_RANK.exec(rest) : null;
    if (ahead && CATEGORY_WORDS.test(ahead[1] ?? '')) {
      const label = `${ahead[2] ?? 'Juara '}${ahead[3]}`.replace(/\s+/g, ' ');
      return `${label} kategori ${ahead[1]}: ${rest.slice(ahead[0].length).trim()}`;
    }
    const r = hasRank && !rankFirst ? RANK_END.exec(rest) : null;
    if (r) {
      rank = `${r[1] ?? 'Juara '}${r[2]}`.replace(/\s+/g, ' ');
      rest = rest.slice(0, r.index);
    }
    let category: string | null = null;
    const lead = categoryFirst ? LEADING_CATEGORY.exec(rest) : null;
    if (lead && /^\s+\p{Lu}/u.test(rest.slice(lead[0].length))) {
      category = lead[0];
      rest = rest.slice(lead[0].length).trim();
    } else if (hasCategory) {
      const words = rest.split(/\s+/);
      for (let k = 1; k < words.length; k++) {
        const tail = words.slice(k).join(' ');
        if (CATEGORY_WORDS.test(tail) && typeOfCategory(tail) != null) {
          category = tail;
          rest = words.slice(0, k).join(' ');
          break;
        }
      }
    }
    const label = [rank, category ? `kategori ${category}` : null].filter(Boolean).join(' ');
    return label ? `${label}: ${rest}` : rest;
  });
  return items.length >= 2 ? items.join('; ') : null;
}
