import {
  findBareRegion,
  leadingRegionWords,
  trailingRegionWords,
} from '../gazetteer/find-region.ts';
import { eitherFirstCase } from './word-lists.ts';

// A chat, a blog post or a small outlet writes the grammar words the winner patterns read in
// short ("utk kategori desa juara 1 …", "masing2 terbaik I, II", "dpt juara 2 … tk prov jatim").
// They are written out before the patterns read the sentence (in lower case or opening it, never
// in capitals: "SDH" is a name).
const CHAT_WORDS: Readonly<Record<string, string>> = {
  masing2: 'masing-masing',
  yg: 'yang',
  dgn: 'dengan',
  utk: 'untuk',
  tk: 'tingkat',
  thn: 'tahun',
  tdk: 'tidak',
  dpt: 'dapat',
  dapet: 'dapat',
  dapek: 'dapat',
  sdh: 'sudah',
  udh: 'sudah',
  krn: 'karena',
  sm: 'sama',
  tp: 'tapi',
  blm: 'belum',
  bln: 'bulan',
  sbg: 'sebagai',
  pd: 'pada',
  dlm: 'dalam',
  jd: 'jadi',
  jg: 'juga',
  tsb: 'tersebut',
  spt: 'seperti',
  kmrn: 'kemarin',
  prov: 'provinsi',
  dpn: 'depan',
  // (Minang's, Jambi's and Riau's "juaro", "juare")
  juaro: 'juara',
  juare: 'juara',
};
const CHAT_WORD = new RegExp(
  `(?<![\\p{L}\\p{N}])(${Object.keys(CHAT_WORDS)
    .map(eitherFirstCase)
    .join('|')})(?![\\p{L}\\p{N}.])`,
  'gu',
);

// "dr Klaten", "dr kab. Sragen": "dari" before a place (not "dr. Budi" or "RSUD dr Soebandi", a
// doctor)
const FROM_PLACE = /(?<![\p{L}\p{N}])dr(?=\s+(?:kab\b|kota\b|desa\b|prov\b|(\p{Lu}\p{Ll}+)))/gu;

// "ds. Sekapuk", "Ds Sembungan": a village written short, before its name; "desa kita Desa
// Ponggok kec. Polanharjo kab. Klaten": a district and a regency written short in lower case
const SHORT_AREA = /(?<![\p{L}])([Dd]s|kec|kab|kel)\.?\s+(?=\p{Lu})/gu;
const AREA: Readonly<Record<string, string>> = {
  ds: 'Desa ',
  kec: 'Kec. ',
  kab: 'Kab. ',
  kel: 'Kel. ',
};

// "jr 1 lampung selatan", "jr. 2 kota bandar lampung": a chat's "juara" written short, before its
// number (not "Jr." after a person's name)
const SHORT_JUARA = /(?<![\p{L}\p{N}])[Jj]r\.?(?=\s*(?:\d|(?:i{1,3}|iv)(?![\p{L}\p{N}])))/gu;
// "kat. badan usaha besar: 1. PT X": a chat's "kategori" written short, before the category's name
const SHORT_CATEGORY = /(?<![\p{L}\p{N}])([Kk])at\.\s*(?=\p{L})/gu;

// "peringkat no. 2", "juara no 1": a place numbered (not "Jalan Merdeka No. 2", an address)
const NUMBERED_PLACE = /\b(juara|peringkat|posisi|urutan)\s+no\.?\s*(?=\d\b)/giu;

// "Kab. Bintan no. 2, Kota Tanjungpinang no. 3" in a post about the award: a place by its number
// (not an address's: "Jl. Merdeka No. 2")
const PLACE_NUMBER =
  /(?<!\b(?:[Jj]l|[Jj]ln|[Jj]alan|[Gg]g|[Gg]ang|[Bb]lok|[Kk]av|RT|RW|[Uu]rut)\.?\s+(?:[\p{L}.]+\s+){0,4})(?<![\p{L}])[Nn]o\.?\s*([1-5])(?![\d/\p{L}]|\.\d)/gu;
const PLACES_TOLD = /\b(?:paritrana|juara|peringkat)\b/i;

// "juara siji", "juara kahiji", "juara sa": a place in Javanese, Sundanese or Acehnese (after a
// place's word only)
// (and Riau's and Kalimantan's Malay "juare satu/due/tige", its "juare" written out before)
const REGIONAL_PLACE =
  /\b(juara|peringkat|rangking|ranking)\s+(siji|setunggal|loro|kalih|telu|tigo|kahiji|kadua|katilu|sa|lhee|satu|due|tige|hiji|tilu|ciek|duo|sada|tolu|seddi|tellu|besik|settong|tello)(?:nye)?(?![\p{L}\p{N}])/giu;
const REGIONAL_NUMBER: Readonly<Record<string, string>> = {
  siji: '1',
  setunggal: '1',
  loro: '2',
  kalih: '2',
  telu: '3',
  tigo: '3',
  kahiji: '1',
  kadua: '2',
  katilu: '3',
  sa: '1',
  lhee: '3',
  satu: '1',
  due: '2',
  tige: '3',
  hiji: '1',
  tilu: '3',
  ciek: '1',
  duo: '2',
  sada: '1',
  tolu: '3',
  seddi: '1',
  tellu: '3',
  besik: '1',
  settong: '1',
  tello: '3',
};

// "juara 1 kulon progo, juara 3 kota jogja", "juara 1 nya kota padang panjang": a chat's place
// won before a region's name in lower case (the name and its kind word capitalised, as the name
// readers look for them)
// (a place's word and number; and as a chat may go on, "juara 1 nya")
const PLACE =
  '(?:[Jj]uara|[Pp]eringkat|[Tt]erbaik)\\s+(?:harapan\\s+)?(?:ke-?)?(?:[1-5]|I{1,3}|satu|dua|tiga|pertama|kedua|ketiga)';
const PLACE_WON = `${PLACE}(?:\\s*-?nya)?`;
const LOWER_REGION_AFTER_PLACE = new RegExp(
  `(?<![\\p{L}])(${PLACE_WON}\\s+)((?:kab\\.?|kabupaten|kota)\\s+)?(\\p{Ll}[\\p{Ll}-]*(?:\\s+(?!(?:juara|peringkat|terbaik)\\s)\\p{Ll}[\\p{Ll}-]*){0,2})`,
  'gu',
);
// "1. gresik 2. lamongan 3. sidoarjo": a chat's list of regions in lower case, numbered
const LOWER_REGION_LISTED =
  /(?<![\p{L}\p{N}])([1-5][.)]\s+)((?:kab\.?|kabupaten|kota)\s+)?(\p{Ll}[\p{Ll}-]*(?:\s+(?![1-5][.)])\p{Ll}[\p{Ll}-]*){0,2})/gu;
const LISTED_TWICE = /(?<![\p{L}\p{N}])1[.)]\s+\p{Ll}[\s\S]*\s2[.)]\s+\p{Ll}/u;
// "yg pertama desa Ponggok klaten, kedua desa Lerep …, ketiga …", "terbaik pertama Kabupaten
// Kendal, kedua Kota Semarang": a chat's places by their ordinals alone, written as places
const ORDINAL_ITEM =
  /(?<![\p{L}])(?<!(?:juara|terbaik|peringkat|posisi|urutan)\s+)(?:(?:yang|yg)\s+)?(pertama|kedua|ketiga)(?:nya)?\s+(?=(?:desa|ds\.?|kab\.?|kabupaten|kota|kelurahan|gampong|nagari|kampung|pt|cv|koperasi)\s|(?-i:\p{Lu}))/giu;
const ORDINAL_LIST =
  /\b(?:yang|yg|juara|terbaik|peringkat)\s+pertama(?:nya)?\s[^.;]*?[\s,]kedua(?:nya)?\s/iu;
const ORDINAL: Readonly<Record<string, string>> = { pertama: '1', kedua: '2', ketiga: '3' };
// "juara 1 nya desa sekapuk ujungpangkah": a village in lower case after its place (its word and
// its name capitalised; a second word only when it goes on a name: "desa dieng kulon")
const LOWER_VILLAGE_AFTER_PLACE = new RegExp(
  `(?<![\\p{L}])(${PLACE_WON}\\s+)(desa|ds\\.?|kelurahan|gampong|nagari|kampung)\\s+(?!(?:wisata|terbaik|binaan|mandiri|maju|adat|tersebut|ini|itu|kami|kita|yang|yg|dari|di|ke|dengan|asal|se|dan|desa|kampung|gampong|nagari|kelurahan)(?![\\p{L}]))(\\p{L}[\\p{L}-]*)(\\s+(?:kulon|wetan|lor|kidul|barat|timur|utara|selatan|tengah|baru|lama|jaya|indah|raya)(?![\\p{L}]))?`,
  'gu',
);
// "juara 2 nya desa kenongo …, 3 nya desa kebonagung …", "juara 1 nya kota padang panjang, 2 kab
// agam": a place after a place, its number alone (not a date's day: "…, 5 Agustus 2025")
const NEXT_NUMBER =
  /(?<=\b[Jj]uara\s+(?:ke-?)?[1-5](?:\s*-?nya)?\s[^.;?!]*?),\s*(?:dan\s+)?([2-5])(\s*-?nya)?\s+(?!(?:Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember)\b)(?=(?:kab\.?|kabupaten|kota|desa|ds\.?|pt|cv|koperasi|gampong|kampung|nagari)\s|\p{Lu})/gu;
// "yg juara 1 itu kab tuban", "juara 1 itu Kabupaten Madiun": the place and its holder with "itu"
// between (read without it)
const PLACE_THAT = new RegExp(
  `(?<![\\p{L}])(${PLACE_WON})\\s+itu\\s+(?=(?:kab\\.?|kabupaten|kota|desa|ds\\.?|pt|cv|ud|koperasi|gampong|nagari|kampung|provinsi|prov)\\s|\\p{Lu}|(\\p{Ll}+))`,
  'gu',
);
// "kolaka juara 1, kendari juara 2, konawe selatan juara 3": a region in lower case before its
// place (its last words that name one capitalised)
const LOWER_REGION_BEFORE_PLACE = new RegExp(
  `(?<![\\p{L}])((?:\\p{Ll}[\\p{Ll}-]*\\s+){0,2}\\p{Ll}[\\p{Ll}-]*)(?=\\s+${PLACE}(?![\\p{L}\\p{N}]))`,
  'gu',
);
// "bukan mas, 2023 bojonegoro juara 2, …": a year opening a clause before a region and its place
// is the place's ("Bojonegoro juara 2 pada 2023")
const YEAR_BEFORE_REGION = new RegExp(
  `(^|[,;:]\\s*)(20[12]\\d)\\s+((?:\\p{Lu}[\\p{L}-]*\\s+){0,2}\\p{Lu}[\\p{L}-]*)\\s+(${PLACE})(?![\\p{L}\\p{N}])`,
  'gu',
);
const PLACE_WORD = /juara|peringkat|terbaik/i;
// "kesatu: Gerabah Loro Blonyo", "kapindho: …": a list line its ordinal labels (in Javanese and
// Sundanese too), written as its place
// (not a decree's "KESATU: Menetapkan …", its parts in capitals, nor a clause that goes on)
const ORDINAL_LABEL =
  /^(\s*)([Kk]esatu|[Pp]ertama|[Kk]edua|[Kk]etiga|[Kk]apisan|[Kk]apindho|[Kk]atelu|[Kk]ahiji|[Kk]adua|[Kk]atilu)\s*:\s*(?=\S[^.;:]{0,70}$)(?!(?:[Mm]e|[Bb]er|[Dd]i)\p{Ll}+\s)/u;
const LABEL_PLACE: Readonly<Record<string, string>> = {
  kesatu: '1',
  pertama: '1',
  kedua: '2',
  ketiga: '3',
  kapisan: '1',
  kapindho: '2',
  katelu: '3',
  kahiji: '1',
  kadua: '2',
  katilu: '3',
};
const capitalise = (w: string): string => (w[0]?.toUpperCase() ?? '') + w.slice(1);
// (a word of a region that is a common word first: "tanah", "kota" alone)
const NOT_REGION_WORD = /^(?:kota|kabupaten|kab|desa|tanah|batu|puncak)$/;
// a place after a region's name, which it runs on to
const NEXT_PLACE = /^\s+(?:juara|peringkat|terbaik)\s/i;

/**
 * A lower-case region after a place won, its longest run of words that name one capitalised (and
 * parted from the next place its name runs on to: "juara 1 nya sleman juara 2 nya bantul").
 */
function regionCapitalised(
  all: string,
  head: string,
  kind: string | undefined,
  name: string,
  at: number,
  s: string,
): string {
  const n = leadingRegionWords(name.split(/\s+/));
  if (n === 0) {
    return all;
  }
  const region = name.split(/\s+/).slice(0, n).join(' ');
  const named = region.split(' ').map(capitalise).join(' ');
  const rest = name.slice(region.length);
  const runsOn = NEXT_PLACE.test(`${rest}${s.slice(at + all.length)}`);
  return `${head}${kind ? capitalise(kind) : ''}${named}${runsOn ? ';' : ''}${rest}`;
}

/** The last one to three lower-case words before a place that name a region, capitalised. */
function regionEndCapitalised(words: string): string {
  const all = words.split(/\s+/);
  const n = trailingRegionWords(all, (run) => !NOT_REGION_WORD.test(run));
  if (n === 0) {
    return words;
  }
  const region = all.slice(all.length - n).join(' ');
  return `${all.slice(0, all.length - n).join(' ')}${n < all.length ? ' ' : ''}${region
    .split(' ')
    .map(capitalise)
    .join(' ')}`;
}

/** The sentence with a chat's short grammar words written out. */
export function expandChatWords(s: string): string {
  const expanded = s
    .replace(CHAT_WORD, (w: string) => {
      const long = CHAT_WORDS[w.toLowerCase()] ?? w;
      return /^\p{Lu}/u.test(w) ? (long[0]?.toUpperCase() ?? '') + long.slice(1) : long;
    })
    .replace(FROM_PLACE, (all: string, place: string | undefined) =>
      place == null || findBareRegion(place) ? 'dari' : all,
    )
    .replace(SHORT_AREA, (all: string, word: string) => AREA[word.toLowerCase()] ?? all)
    .replace(SHORT_JUARA, 'juara')
    .replace(SHORT_CATEGORY, '$1ategori ')
    .replace(NUMBERED_PLACE, '$1 ')
    .replace(
      REGIONAL_PLACE,
      (_all: string, place: string, n: string) =>
        `${place} ${REGIONAL_NUMBER[n.toLowerCase()] ?? n}`,
    )
    .replace(PLACE_NUMBER, (all: string, n: string) => (PLACES_TOLD.test(s) ? `juara ${n}` : all))
    .replace(
      ORDINAL_LABEL,
      (_all: string, lead: string, word: string) =>
        `${lead}juara ${LABEL_PLACE[word.toLowerCase()] ?? word}: `,
    );
  const listed = LISTED_TWICE.test(expanded);
  const ordinals = ORDINAL_LIST.test(expanded);
  // (the steps after read places: a sentence with no place's word, list or ordinals is left as
  // it is)
  if (!ordinals && !listed && !PLACE_WORD.test(expanded)) {
    return expanded;
  }
  return (
    ordinals
      ? expanded.replace(
          ORDINAL_ITEM,
          (_all: string, n: string) => `juara ${ORDINAL[n.toLowerCase()] ?? n} `,
        )
      : expanded
  )
    .replace(PLACE_THAT, (all: string, place: string, word: string | undefined) =>
      word == null || findBareRegion(word) ? `${place} ` : all,
    )
    .replace(
      NEXT_NUMBER,
      (_all: string, n: string, nya: string | undefined) => `, juara ${n}${nya ?? ''} `,
    )
    .replace(
      LOWER_VILLAGE_AFTER_PLACE,
      (_all: string, head: string, kind: string, name: string, more: string | undefined) =>
        `${head}${capitalise(kind)} ${capitalise(name)}${more ? ` ${capitalise(more.trim())}` : ''}`,
    )
    .replace(LOWER_REGION_AFTER_PLACE, regionCapitalised)
    .replace(LOWER_REGION_BEFORE_PLACE, regionEndCapitalised)
    .replace(LOWER_REGION_LISTED, (...m: Parameters<typeof regionCapitalised>) =>
      listed ? regionCapitalised(...m) : m[0],
    )
    .replace(YEAR_BEFORE_REGION, '$1$3 $4 pada $2');
}
