import { spells } from '../gazetteer/resolve-org.ts';
import { findBareRegion } from '../gazetteer/find-region.ts';
import { VILLAGE_WORDS } from '../gazetteer/resolve-village.ts';
import { kindOfOurs, NAME_STOP } from './word-lists.ts';

/** A name read from a sentence, with offsets and a trailing "(…)" when one follows. */
export interface NameSpan {
  text: string;
  start: number;
  end: number;
  /** Content of a parenthesis right after the name: an alias, short form or place. */
  paren: string | null;
}

// Short forms written with a period that belong to the name: "PT. Huadi", "St.Arnoldus".
const DOTTED = new Set([
  'pt',
  'st',
  'kab',
  'tbk',
  'prov',
  'kec',
  'cv',
  'ud',
  'kel',
  'dr',
  'drg',
  'ir',
  'h',
  'hj',
  // "Dodol Garut Ny. Ratna": a title inside a shop's name
  'ny',
  'bu',
]);
// lower-case words inside names: "by", "and", "van", honorifics in hospital names ("RSUD dr. Soetomo")
const CONNECTORS = new Set([
  'by',
  'and',
  'of',
  'de',
  'da',
  'van',
  'der',
  'bin',
  'binti',
  'al',
  'el',
  'dr',
  'drg',
  'ir',
  'h',
  'hj',
]);
const MARKERS = new Set([
  'pt',
  'cv',
  'ud',
  'bank',
  'koperasi',
  'kopdit',
  'bumdes',
  'bumdesa',
  'yayasan',
  'rs',
  'rsu',
  'rsud',
  'ukm',
  'umkm',
  'toko',
  'desa',
  'kelurahan',
]);
// grammar words that end a name even right after a marker
// stop words a marked name may hold between capitalised words ("PT Sepatu Anugerah Mulia", "PT
// Prima Sandang Mulia"): words of the stop list that are no grammar word and no verb of winning
const IN_COMPANY = new Set(
  'peringkat posisi urutan katagori anugerah penghargaan sukses diraih dimenangkan diterima prestasi sumbang bukti komitmen capaian lagi-lagi sandang menyandang sendiri dianugrahi the runner ukir'.split(
    ' ',
  ),
);
const VERBISH = new Set([
  'raih',
  'meraih',
  'terima',
  'menerima',
  'sabet',
  'menyabet',
  'juara',
  'terbaik',
  'dan',
  'di',
  'yang',
  'sebagai',
  'kategori',
]);
const VILLAGE_HEAD: ReadonlySet<string> = new Set(VILLAGE_WORDS);
const REGION_HEAD = new Set(['kabupaten', 'kab', 'kota', 'kecamatan', 'kec', 'provinsi']);
// government agencies and church bodies whose names join words with "dan" ("Dinas Tenaga Kerja
// dan Transmigrasi Kota X", "Badan Perencanaan dan Pembangunan Daerah")
const AGENCY_HEAD = new Set(['dinas', 'badan', 'biro', 'balai', 'klasis', 'sinode', 'lembaga']);
/** Whether a name read so far may go on after "dan": an agency's, a mother-and-child hospital's,
 * or a regional bank's ("Bank Pembangunan Daerah Sumatera Selatan dan Bangka Belitung"). */
const joinsWithDan = (words: string[]): boolean =>
  words.some((w) => AGENCY_HEAD.has(w.toLowerCase())) ||
  // "Rumah Sakit Ibu dan Anak Permata Hati"
  (words.length >= 3 && words.slice(-3).join(' ').toLowerCase() === 'rumah sakit ibu') ||
  (words.some((w) => w.toLowerCase() === 'bank') && words.some((w) => w === 'Daerah'));
// "CV Sandang dan Pangan Makmur", "UD Baja dan Kayu Sentosa": a small firm named by two trades,
// one word each side of "dan", its name going on after the second
const TRADE_FIRM = /^(?:cv|ud|pd|pt)\.?$/i;
const pairedTrade = (words: string[], rest: string): boolean =>
  words.length === 2 &&
  TRADE_FIRM.test(words[0] ?? '') &&
  /^dan \p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+/u.test(rest);
const SHOP_HEAD = new Set(
  'warung toko kedai resto restoran depot kafe bengkel salon butik apotek percetakan homestay konveksi'.split(
    ' ',
  ),
);
const TITLE_FIRST = /^(?:Perbekel|Bendesa|Klian|Kepala|Kades|Lurah|Bupati|Camat|Wali)$/;
const BALINESE_PERSON =
  /^(?:I|Ni)\s+(?:Wayan|Made|Nyoman|Ketut|Putu|Kadek|Komang|Gede|Gusti|Nengah|Luh|Kade)\b/u;
const COUNTED_TIMES = /^(?:Dua|Tiga|Empat|Lima|Enam|Tujuh|\d)\s+(?:Kali|Tahun)\b/iu;
const GOVERNMENT_HEAD = new Set(['pemkab', 'pemkot', 'pemprov', 'pemerintah']);
const startsRegion = (lower: string) =>
  (REGION_HEAD.has(lower) && lower !== 'kecamatan' && lower !== 'kec') ||
  GOVERNMENT_HEAD.has(lower);
/** How many words of a region's head open a name ("Kabupaten", "Pemerintah Kota"), or 0. */
function regionHeadLength(words: string[]): number {
  const [a = '', b = ''] = words.map((w) => w.toLowerCase().replace(/\.$/, ''));
  if (a === 'pemerintah') {
    return REGION_HEAD.has(b) ? 2 : 0;
  }
  return startsRegion(a) ? 1 : 0;
}
const TOKEN = /[\p{L}\p{N}](?:[\p{L}\p{N}'’&/-]|\.(?=[\p{L}\p{N}]))*\.?/uy;
const GAP = / {1,3}/y;

const isUpper = (t: string) => /^[\p{Lu}\p{N}]/u.test(t);

function tokenAt(s: string, pos: number): string | null {
  TOKEN.lastIndex = pos;
  const m = TOKEN.exec(s);
  if (!m) {
    return null;
  }
  const t = m[0];
  // "Kabupaten Kapuas.penghargaan di aula …": a period glued to the next sentence's word
  const glued = /^(\p{Lu}[\p{L}]+)\.\p{Ll}{3,}$/u.exec(t);
  if (glued) {
    return glued[1] ?? t;
  }
  // a final period ends the sentence unless the word is a dotted short form or an initial
  // before a name ("RSUD Dr. M. Yunus")
  const initial = /^\p{Lu}\.$/u.test(t) && /^ \p{Lu}/u.test(s.slice(pos + t.length));
  return t.endsWith('.') && !DOTTED.has(t.slice(0, -1).toLowerCase()) && !initial
    ? t.slice(0, -1)
    : t;
}

/**
 * Reads a name starting at `pos`: capitalized words (and digits, roman numerals, "by"-style
 * connectors, a lower-case brand after "Bank"), stopping at grammar words and punctuation.
 * `firstLower` lets the first word be lower case (a region prefix or a gazetteer hit).
 */
const NAME_GOES_ON =
  /^ (?!(?:Juara|Terbaik|Peringkat|Raih|Meraih|Sabet|Menyabet|Dapat|Terima|Menerima|Paritrana|Award|Dan|Jadi|Menjadi|Kembali|Berhasil|Sukses|Naik|Masuk|Juga|Di\p{Ll}{2,}(?:kan|i))\b)\p{Lu}/u;

export function readNameAt(s: string, pos: number, firstLower = false): NameSpan | null {
  const words: string[] = [];
  let end = pos;
  let at = pos;
  while (words.length < 12) {
    // "PT Sinar Baja & Logam", "Dinas Tenaga Kerja dan Transmigrasi": a joiner between two
    // capitalized words (for "dan", only inside an agency's name) belongs to the name
    // (a firm's own "Dan", capitalised inside its name: "PT Roti Sehat Dan Makmur")
    const joiner = words.length > 0 ? /^(?:&|dan|Dan) (?=[\p{Lu}])/u.exec(s.slice(at)) : null;
    const nextWord = joiner ? (tokenAt(s, at + joiner[0].length) ?? '').toLowerCase() : '';
    if (
      joiner &&
      (joiner[0] === '& ' ||
        (joiner[0] === 'Dan ' && words.length >= 2 && TRADE_FIRM.test(words[0] ?? '')) ||
        (joiner[0] === 'dan ' && (joinsWithDan(words) || pairedTrade(words, s.slice(at))))) &&
      !REGION_HEAD.has(nextWord) &&
      // ("Dinas Koperasi dan UKM Kota X": UKM, a small business's marker, in an agency's name)
      (!MARKERS.has(nextWord) ||
        (/^(?:ukm|umkm)$/.test(nextWord) && words.some((w) => AGENCY_HEAD.has(w.toLowerCase())))) &&
      !AGENCY_HEAD.has(nextWord) &&
      nextWord !== 'rumah'
    ) {
      words.push(joiner[0].trim());
      at += joiner[0].length;
      continue;
    }
    // "Gereja Masehi Injili di Minahasa (GMIM)": "di" inside a name its short form spells out
    const within = words.length >= 2 ? DI_IN_NAME.exec(s.slice(at)) : null;
    const placed = (within?.[1] ?? '').trim().split(/\s+/);
    if (
      within &&
      (!within[3] || within[3].trim() === placed[placed.length - 1]) &&
      spellsOut(within[2] ?? '', [...words, ...placed], true)
    ) {
      words.push('di', ...placed);
      end = at + within[0].length - (within[2] ?? '').length - (within[3] ?? '').length - 3;
      at = end;
      GAP.lastIndex = end;
      if (!GAP.exec(s)) {
        break;
      }
      at = GAP.lastIndex;
      continue;
    }
    const t = tokenAt(s, at);
    // "Badung Tiga Kali Beruntun Juara": a count of wins ends the name; so does a Balinese
    // person's name after an official's title ("Perbekel Jatiluwih I Nyoman Artawan Giri", but
    // not a business named after its owner: "Kopi Kintamani Ni Luh Sari")
    if (
      !t ||
      (words.length > 0 &&
        (COUNTED_TIMES.test(s.slice(at)) ||
          (TITLE_FIRST.test(words[0] ?? '') && BALINESE_PERSON.test(s.slice(at)))))
    ) {
      break;
    }
    const lower = t.toLowerCase().replace(/\.$/, '');
    const first = words.length === 0;
    const prev = words[words.length - 1]?.toLowerCase();
    const closing = !first && isUpper(t) && /^(?:[.,;)]|$)/.test(s.slice(at + t.length));
    // right after "PT", "Bank", "Desa" … the proper name starts: "PT Sukses Makmur", "CV Jaya Bersama"
    const afterMarker =
      words.length > 0 && words.every((w) => MARKERS.has(w.toLowerCase().replace(/\.$/, '')));
    // ("Rumah Sakit Kita Juara Pertama": "our" right after the marker names no one; "Toko Kita
    // Mart" goes on)
    if (kindOfOurs([...words, lower]) && !NAME_GOES_ON.test(s.slice(at + t.length))) {
      break;
    }
    // "PT Sepatu Anugerah Mulia", "CV Prestasi Jaya": a capitalised stop word inside a marked
    // company's name, with more of the name after it
    const inCompany =
      isUpper(t) &&
      IN_COMPANY.has(lower) &&
      MARKERS.has(words[0]?.toLowerCase().replace(/\.$/, '') ?? '') &&
      /^ \p{Lu}/u.test(s.slice(at + t.length)) &&
      !/^ (?:Paritrana|Award|Juara|Terbaik|Peringkat|Kategori|Tingkat)/u.test(
        s.slice(at + t.length),
      ) &&
      // ("CV Jati Ukir Nusantara", a carver's firm; not "PT X Ukir Prestasi", a headline's verb)
      !(
        lower === 'ukir' && /^ (?:Prestasi|Sejarah|Rekor|Capaian)\b/u.test(s.slice(at + t.length))
      ) &&
      // ("PT Tirta Sumber Makmur Peringkat Kedua Paritrana Jatim": a place after the name)
      !(
        /^(?:peringkat|posisi|urutan)$/.test(lower) &&
        /^ (?:Pertama|Kedua|Ketiga|Keempat|Kelima|Satu|Dua|Tiga|I{1,3}|IV|V|\d)\b/u.test(
          s.slice(at + t.length),
        )
      );
    // ("Desa Lowian Atas (Minahasa Utara)": a village's upper half, not "atas" the preposition)
    const villageHalf =
      t === 'Atas' &&
      words.length >= 2 &&
      VILLAGE_HEAD.has(words[0]?.toLowerCase() ?? '') &&
      !/^ \p{Ll}/u.test(s.slice(at + t.length));
    const ok =
      inCompany || villageHalf
        ? true
        : closing
          ? !/^(?:award|awards|paritrana|juara|terbaik)$/.test(lower)
          : first
            ? firstLower || isUpper(t)
            : (!NAME_STOP.has(lower) || (afterMarker && isUpper(t) && !VERBISH.has(lower))) &&
              (isUpper(t) ||
                (CONNECTORS.has(lower) && isUpper(tokenAt(s, at + t.length + 1) ?? '')) ||
                (prev === 'bank' && t.length <= 5));
    // "The Sunan Hotel Solo": an English article opens a name of capitalized words
    const article = first && t === 'The' && /^ \p{Lu}[\p{L}'’-]* \p{Lu}/u.test(s.slice(at + 3));
    if (!ok || (first && (NAME_STOP.has(lower) || !/^\p{L}/u.test(t)) && !firstLower && !article)) {
      break;
    }
    // "Desa Sanankerto Kabupaten Malang": a regency after a village's name starts another name;
    // so does a region after a region ("Kabupaten Sleman Kota Yogyakarta", a comma left out)
    const head = regionHeadLength(words);
    if (
      words.length >= 2 &&
      ((VILLAGE_HEAD.has(words[0]?.toLowerCase() ?? '') &&
        (REGION_HEAD.has(lower) ||
          // (a village word ends a name only when a name follows it: "Pekon Kiluan Negeri dari")
          (VILLAGE_HEAD.has(lower) && /^ \p{Lu}/u.test(s.slice(at + t.length))))) ||
        (head > 0 && words.length > head && startsRegion(lower)) ||
        // "Warung Makan Sari Bahari Kota Tegal": the town of a shop ends its name
        (SHOP_HEAD.has(words[0]?.toLowerCase() ?? '') &&
          /^(?:kota|kabupaten|kab)$/.test(lower) &&
          /^\.? \p{Lu}/u.test(s.slice(at + t.length))) ||
        // "PT Sinar Jaya PT Bumi Lestari": a second legal form starts a second company (not
        // "Suriatama Mahkota PT Suzuya", a brand before its company)
        (/^(?:pt|cv)$/.test(lower) && isUpper(t) && /^(?:pt|cv)\.?$/i.test(words[0] ?? '')))
    ) {
      break;
    }
    words.push(t);
    end = at + t.length;
    GAP.lastIndex = end;
    if (!GAP.exec(s)) {
      break;
    }
    at = GAP.lastIndex;
  }
  // a joiner that no word followed is no part of the name
  while (words.length > 0 && /^(?:&|dan)$/.test(words[words.length - 1] ?? '')) {
    words.pop();
  }
  if (words.length === 0) {
    return null;
  }
  let paren: string | null = null;
  // a parenthesis in lower case is a photo caption's "(kanan)", not part of the name
  const after = /^ ?\(([\p{Lu}\p{N}][^()]{0,59})\)/u.exec(s.slice(end));
  // "(Juara 1)" after a name is its rank, read elsewhere, not an alias
  // (nor is "(II)": the place of a name in a list, "Kota A (I), Kabupaten B (II)")
  if (
    after &&
    !/^(?:juara|terbaik|peringkat|posisi|ranking|rangking)\b/i.test(after[1] ?? '') &&
    !/^(?:I{1,3}|IV|V|\d{1,2})$/.test(after[1] ?? '')
  ) {
    paren = (after[1] ?? '').trim();
    end += after[0].length;
    // "PT X (Persero) Tbk": the listing mark after the legal form closes the name
    const listed = /^ Tbk\b\.?/.exec(s.slice(end))?.[0].length ?? 0;
    end += listed;
    // ("… Daerah (RSUD) dr. Soediran …": a title in lower case may open the rest)
    const titled = /^ (?:dr|drg|ir|h|hj)\.?\s+\p{Lu}/u.test(s.slice(end));
    const rest = s[end] === ' ' ? readNameAt(s, end + 1, titled) : null;
    // "PT Semen Lestari (SL) Gresik": the company's home town, not a second name
    if (rest && isHomeTown(words, rest.text)) {
      return { text: words.join(' '), start: pos, end: rest.end, paren };
    }
    // "Rumah Sakit Umum Daerah (RSUD) Sleman", "PT Bank Pembangunan Daerah (BPD) Jambi": the
    // short form of the words before, then the rest of the name
    // (the short form stays the name's parenthesis, for "RSUD Sleman")
    if (rest && !listed && spellsOut(paren, words)) {
      return {
        ...rest,
        text: `${words.join(' ')} ${rest.text}`,
        start: pos,
        paren: rest.paren ?? paren,
      };
    }
  }
  return { text: words.join(' '), start: pos, end, paren };
}

// legal forms and markers that a company's short form leaves out ("PT Bank X Daerah (BPD)")
const UNSPELLED = new Set(['pt', 'pt.', 'cv', 'ud', 'tbk', 'persero', 'perseroda', 'perum']);

/**
 * Whether a region after a company's parenthesis is its home town: the name is a company's
 * (not a regional bank's "… Daerah (BPD) Jambi", whose region is its name) and the rest is a
 * bare gazetteer region.
 */
function isHomeTown(words: string[], rest: string): boolean {
  const first = words[0]?.toLowerCase().replace(/\.$/, '') ?? '';
  const company = first === 'pt' || first === 'cv' || first === 'ud';
  return company && words[words.length - 1] !== 'Daerah' && findBareRegion(rest) != null;
}

// ("… di Sangihe Talaud Raya (GMIST Raya)": the short form may keep the name's last word)
const DI_IN_NAME = /^di((?:\s+\p{Lu}[\p{L}]*){1,3})\s+\(([A-Z]{2,8})(\s+\p{Lu}\p{Ll}+)?\)/u;

/**
 * Whether a short form is made of the initials of words ("RSUD", "BUMDes", "BPR"); `inside`
 * lets it spell out only some of them ("GMIM" in "Sinode Gereja Masehi Injili Minahasa").
 */
function spellsOut(short: string, words: string[], inside = false): boolean {
  const initials = words
    .filter((w) => isUpper(w) && !UNSPELLED.has(w.toLowerCase()))
    .map((w) => w[0] ?? '')
    .join('')
    .toLowerCase();
  if (inside) {
    return short.length >= 3 && initials.includes(short.toLowerCase());
  }
  const spelt = words.filter((w) => isUpper(w) && !UNSPELLED.has(w.toLowerCase()));
  return (
    /^[A-Z][A-Za-z]{1,6}$/.test(short) &&
    ((initials.length >= 2 && short.toLowerCase().startsWith(initials)) ||
      // "Koperasi Kredit (Kopdit)": syllables of the words, not only their initials
      (short.length >= 3 &&
        spelt.length >= 2 &&
        spells(
          short.toLowerCase(),
          spelt.map((w) => w.toLowerCase()),
        )))
  );
}
