import { findBareRegion } from '../gazetteer/find-region.ts';
import { regionByCode } from '../gazetteer/regions.ts';
import { resolveName } from '../gazetteer/resolve-name.ts';
import { orgMarker } from '../gazetteer/resolve-org.ts';
import type { WinnerType } from '../types.ts';
import {
  AFTER_NAME,
  LOCATED,
  PLACE_OF_VILLAGE,
  dashedPlace,
  isBareRegion,
  unplacedNames,
} from './name-context.ts';
import { findRanks } from './parse-rank.ts';
import { scanNames, type FoundName } from './scan-names.ts';
import { eitherFirstCase, GOVERNMENT_AGENCY } from './word-lists.ts';

// The head noun of a phrase like "desa ini", "bank milik daerah itu", and whom it can refer to.
const REFERS: Record<string, readonly WinnerType[]> = {
  desa: ['desa', 'kelurahan'],
  kelurahan: ['kelurahan', 'desa'],
  kalurahan: ['desa', 'kelurahan'],
  gampong: ['desa'],
  nagari: ['desa'],
  kampung: ['desa'],
  pekon: ['desa'],
  lembang: ['desa'],
  kabupaten: ['kabupaten'],
  pemkab: ['kabupaten'],
  kota: ['kota'],
  pemkot: ['kota'],
  pemko: ['kota'],
  provinsi: ['provinsi'],
  pemprov: ['provinsi'],
  pemda: ['kabupaten', 'kota', 'provinsi'],
  daerah: ['kabupaten', 'kota', 'provinsi'],
  perusahaan: ['badan_usaha'],
  perseroan: ['badan_usaha'],
  pt: ['badan_usaha'],
  bank: ['badan_usaha'],
  'rumah sakit': ['badan_usaha'],
  hotel: ['badan_usaha'],
  kampus: ['badan_usaha'],
  universitas: ['badan_usaha'],
  yayasan: ['badan_usaha'],
  klinik: ['badan_usaha', 'umkm'],
  koperasi: ['badan_usaha'],
  pabrik: ['badan_usaha', 'umkm'],
  produsen: ['badan_usaha', 'umkm'],
  usaha: ['umkm', 'badan_usaha'],
  umkm: ['umkm'],
  warung: ['umkm', 'badan_usaha'],
  toko: ['umkm', 'badan_usaha'],
  kedai: ['umkm', 'badan_usaha'],
  bengkel: ['umkm', 'badan_usaha'],
  workshop: ['umkm', 'badan_usaha'],
  galeri: ['umkm', 'badan_usaha'],
  kafe: ['umkm', 'badan_usaha'],
  restoran: ['umkm', 'badan_usaha'],
  'rumah makan': ['umkm', 'badan_usaha'],
  bumdes: ['badan_usaha', 'umkm'],
  lembaga: ['badan_usaha', 'umkm'],
  sinode: ['badan_usaha'],
  gereja: ['badan_usaha'],
  dinas: ['badan_usaha'],
};
// (an acronym also in its own spelling: "BUMDes kita", "UMKM ini")
const SPELLED: Readonly<Record<string, string>> = { bumdes: 'BUMDes', umkm: 'UMKM', pt: 'PT' };
const either = (w: string) => `(?:${eitherFirstCase(w)}${SPELLED[w] ? `|${SPELLED[w]}` : ''})`;
// the noun, up to eleven modifiers that start in lower case ("swasta", "milik pemerintah daerah",
// "yang beroperasi di Sorowako, Kabupaten Luwu Timur", "yang mempekerjakan 2.300 karyawan"), a
// demonstrative
const ANAPHOR = new RegExp(
  `(?<![\\p{L}])(${Object.keys(REFERS).map(either).join('|')})((?:\\s+[a-z][a-z-]*(?:,?\\s+(?:\\p{N}+(?:[.,]\\p{N}+)*|[\\p{L}\\p{N}][\\p{L}\\p{N}-]*)){0,10}?)?)\\s+(?:ini|itu|tersebut|yang sama|yang\\s+(?:dipimpin|dikelola|dimiliki|didirikan|dirintis)nya)(?![\\p{L}])`,
  'gu',
);
// "Mei lalu, usahanya meraih juara II": the business (village, regency) of the person the story
// is about
const POSSESSED = new RegExp(
  `(?<![\\p{L}])(${Object.keys(REFERS)
    .filter((w) => !w.includes(' '))
    .map(either)
    .join('|')})nya(?![\\p{L}])`,
  'gu',
);
// "Pihaknya meraih juara": the speaker's side, a regency, city, village or company the story
// named (a governor is named as the host of most stories, rarely as the speaker's side)
// "Kami pernah menjadi juara II pada 2022," kata Wali Kota X: a quote's first person is the
// speaker's side too
// ("desa kami juara satu", "kabupaten kita juara dua": the head noun goes with the pronoun)
// ("workshop kami meraih juara 1", "hotel kami": any head noun a phrase can refer by)
// ("usaha kecil kita", "bengkel las kami": one word that says what kind, between)
// a company's category named after a win ("… kategori Badan Usaha Besar", "kategori UMKM")
const COMPANY_CATEGORY =
  /\bkategori\s+(?:badan\s+usaha|perusahaan|usaha\s+(?:besar|menengah|kecil|mikro)|umkm|ukm|umk|koperasi)\b/i;
const SELF = new RegExp(
  `(?<![\\p{L}])(?:(${Object.keys(REFERS).map(either).join('|')})\\s+(?:(?!(?:di|dan|dari|yang|untuk|bagi|se|ke|pada|dengan|oleh)\\s)[a-z]{3,}\\s+)?)?(?:[Pp]ihaknya|[Kk]ami|[Kk]ita|[Ss]aya)(?![\\p{L}])`,
  'gu',
);
// "Di antaranya pemkab meraih juara III …", "… bahwa perseroan meraih juara I", "Perusahaan
// meraih Juara I …": the government or the company the story is about, unnamed
// ("Pemerintah kabupaten meraih juara pertama …" filed from MUARA ENIM, a headline's "Pemkab Raih
// Terbaik III …": the story's own, when no name of its kind came before; "… melaporkan bahwa
// koperasi meraih peringkat III …" in a cooperative's meeting, "langkah itu membuat desa mendapat
// juara I …": the story's cooperative, company or village; "Ia menyebut perusahaan kembali
// meraih …", "… bahwa pada Paritrana Award 2023 perusahaan menjadi juara 1", "… melengkapi
// pencapaian perusahaan sebagai juara 1 …", "… ketika perusahaan meraih Terbaik I pada tahap
// provinsi …")
const BARE_BODY =
  /(?<![\p{L}])([Pp]emkab|[Pp]emkot|[Pp]emko|[Pp]emprov|[Pp]emda|^\s*Pemerintah\s+(?:[Kk]abupaten|[Kk]ota|[Pp]rovinsi)(?=\s+\p{Ll})|[Pp]erseroan|(?<=^(?:(?:19|20)\d\d\s*[-–—:]?\s+)?)Perusahaan|^(?:Rumah\s+sakit|Koperasi)(?=\s+(?:ditetapkan|meraih|dinobatkan|menjadi|berhasil)\b)|(?<=(?:\b(?:bahwa|membuat|menjadikan|mengantar(?:kan)?|menyebut(?:kan)?|mengatakan|mengumumkan|mengabarkan|pencapaian|prestasi|capaian|kemenangan|ketika|saat|sewaktu)|[:,])(?:\s+(?:pada|di)\s+[^,.;"“”]{2,40}?\b20[12]\d)?\s+)(?:koperasi|perusahaan|desa)(?=\s+(?:(?:juga|kembali|berhasil|pun|telah|sudah)\s+)*(?:meraih|menyabet|memboyong|dinobatkan|(?:ditetapkan|keluar)\s+sebagai|menjadi\s+(?:[Jj]uara|[Tt]erbaik)|mendapat(?:kan)?\s+(?:juara|peringkat|terbaik|penghargaan)|sebagai\s+(?:[Jj]uara|[Tt]erbaik))\b))(?!\s+(?!(?:Raih|Meraih|Juara|Sabet|Menyabet|Boyong|Memboyong|Dinobatkan|Terima|Menerima)\b)\p{Lu})(?![\p{L}])/gu;
const REGION_KIND: Record<string, string> = {
  provinsi: 'Provinsi',
  kabupaten: 'Kabupaten',
  kota: 'Kota',
};
const BARE_GOVERNMENT = /^\s*(?:pemkab|pemkot|pemko|pemprov|pemda|pemerintah\s+\S+)$/i;
// '"Mereka juara satu yang kategori kabupaten/kota," ujarnya': the side a speaker named before
// ("… setelah desa mereka meraih juara I", "gampong mereka": the village of theirs, written out
// whole)
const THEY =
  /(?<![\p{L}])(?:([Dd]esa|[Kk]elurahan|[Kk]alurahan|[Gg]ampong|[Nn]agari|[Kk]ampung|[Pp]ekon|[Ll]embang|[Kk]abupaten|[Kk]ota|[Pp]erusahaan|[Uu]saha|[Kk]operasi)\s+)?[Mm]ereka(?![\p{L}])/gu;
// "Setahun sebelumnya, di tingkat Aceh, ia meraih juara pertama …" in a story about a business
const HE_OR_SHE = /(?<![\p{L}])(?:[Ii]a|[Dd]ia|[Bb]eliau)(?![\p{L}])/gu;
const OWN_WIN =
  /^\s+(?:(?:juga|pernah|sempat|berhasil|sudah|telah)\s+)*(?:meraih|menyabet|dinobatkan\s+sebagai|menjadi\s+juara)\b/i;
// ("Sehari sebelumnya ia menerima trofi terbaik pertama …" after "Bupati Sragen, Anjar Wicaksono,
// disambut kirab …": a regional head receives the region's prize)
// ("Ia membawa trofi juara 1 …" after "Kepala Desa X, …, I Made Suarta, sepulang dari Palu": a
// village head brings the village's home)
const HEAD_RECEIVES =
  /^\s+(?:(?:juga|pernah|sempat|berhasil|sudah|telah|langsung)\s+)*(?:menerima|membawa(?:\s+pulang)?|memboyong)\s+(?:trofi|piala|penghargaan|piagam)\b/i;
// an official named as the one handing a prize over or standing beside, not its receiver
const BESIDE_OR_HANDING =
  /\b(?:dari|oleh|diserahkan|menyerahkan|bersama|didampingi|disaksikan|mendampingi)\s+(?:\p{Ll}+\s+)?$/u;
const BUSINESSES: readonly WinnerType[] = ['badan_usaha', 'umkm'];
// "… penghargaan yang pernah diraih perusahaan, di antaranya Terbaik I …": the company (the
// cooperative) the story is about, after a passive win verb in a relative clause, ending there
// (not "diraih perusahaan dari sektor pertambangan", others)
const BARE_WON =
  /(?<=\byang\s+(?:(?:pernah|telah|sudah)\s+)?(?:diraih|diterima|disabet|diboyong|dimenangkan)\s+(?:oleh\s+)?)(perusahaan|koperasi)(?=\s*[,.;:])/gu;
// (the matches of BARE_WON, which name the winner though they are one word)
const WON_BY_BODY = new WeakSet<object>();
/** A sentence's BARE_WON matches, each remembered as naming a winner by itself. */
function wonBy(text: string) {
  const found = [...text.matchAll(BARE_WON)];
  for (const m of found) {
    WON_BY_BODY.add(m);
  }
  return found;
}
// a passive win verb right before a phrase: the phrase names the winner
const WON_BY =
  /\b(?:diraih|diterima|disabet|diboyong|dimenangkan|ditempati|dipertahankan)\s+(?:oleh\s+)?$/i;

// '"…," kata Bupati X': the speaker named after the quote
const SPEAKER_AFTER = /["”]\s*,?\s*(?:kata|ujar|ungkap|tutur|jelas|tegas|sebut)\w*\s/i;
// a description set off by commas after a phrase, in lower case ("…, provinsi kecil di Teluk
// Tomini, …")
// (one that names no organisation or region of its own: "mitra kami, pengrajin ukir CV X, yang …")
const APPOSITION =
  /^,\s+\p{Ll}(?:(?!\b(?:PT|CV|UD|Koperasi|KSP|BUMDes|Desa|Gampong|Kampung|Kabupaten|Kota|Provinsi)\b)[^,;.()"“”]){2,80},/u;
const RELATIVE_BETWEEN =
  /^\s+yang\s+(?:[\p{L}\p{N}-]+\s+){1,10}?(?=(?:dapat|meraih|menerima|menyabet|memboyong|dinobatkan|berhasil|sukses)\s)/u;
// ("gampong kita, juara 1 …": or set off by a comma)
const FIRST_PERSON_PRIZE =
  /^,?[^.,;]{0,60}\b(?:juara|terbaik|peringkat|penghargaan|paritrana|award|trofi|piala)\b/i;
const PROVINCIAL_STAGE =
  /^[^.;]{0,80}(?:\btingkat\s+(?:provinsi\b|(?!nasional\b)(?-i:\p{Lu}))|\bse-?\s*(?:provinsi\b|(?!indonesia\b|nusantara\b)(?-i:\p{Lu})))/iu;
// '"Kita terbaik kedua se-Indonesia, kategori pemerintah provinsi," ujar gubernur': the province
const PROVINCE_CATEGORY =
  /^[^.;]{0,80}\b(?:kategori\s+(?:pemerintah\s+)?provinsi|provinsi\s+terbaik)\b/i;
const PROVINCE: readonly WinnerType[] = ['provinsi'];
const REGIONS: readonly WinnerType[] = ['kabupaten', 'kota', 'desa', 'kelurahan'];
const ANY: readonly WinnerType[] = [...REGIONS, 'badan_usaha', 'umkm'];
const LOOK_BACK = 4;
// a company or a shop is named once in a profile and referred to long after ("perusahaan yang
// dipimpinnya", "warung itu")
const LOOK_BACK_COMPANY = 8;

/** Whether a phrase can refer to a business only ("perusahaan itu", "usaha itu"). */
const onlyBusinesses = (types: readonly WinnerType[]): boolean =>
  types.every((t) => t === 'badan_usaha' || t === 'umkm');

function typeOf(n: FoundName): WinnerType | null {
  return resolveName(n.text, n.paren)?.type ?? null;
}

/**
 * The name when it is of one of the types, else null; a province asked of a regency or city is
 * the one it lies in ("Pemprov berhasil meraih …" filed from PALU: Sulawesi Tengah).
 */
function ofType(name: string | null, types: readonly WinnerType[]): string | null {
  const who = name ? resolveName(name, null) : null;
  if (who && types.includes(who.type)) {
    return name;
  }
  const province =
    who?.regionCode && types.length === 1 && types[0] === 'provinsi'
      ? regionByCode(who.regionCode.slice(0, 2))
      : null;
  return province?.canonical ?? null;
}

// what a kind of business is called by: "koperasinya" is a cooperative, not the "Dinas Koperasi
// dan Tenaga Kerja" named before it
const NAMED_AS: Readonly<Record<string, RegExp>> = {
  koperasi: /^(?:koperasi|kop\.|ksp|kud|ksu|kspps|kopdit|kopontren|kospin|kopwan|koppas)\b/i,
};
const OFFICE_REGION =
  /\b(?:Kabupaten|Kota|Provinsi)\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3}$/u;
// a government office, which no kind of business but "dinas" refers back to (a first person may:
// "kami" said by its head)
const OFFICE = /^(?:Dinas|Disnaker\p{L}*|Badan|Biro|Bagian|Kantor|Sekretariat)\b/u;

// ('"… bengkel kami juara dua …," kata Yusuf. Bengkel Las Karya Pak Yusuf, begitu papan namanya,
// …': a feature may name the business only after, by the noun it was called)
const LOOK_AHEAD = 2;

/** The business a next sentence names by the very noun a phrase used ("bengkel" → "Bengkel …"). */
function namedAhead(after: string[], types: readonly WinnerType[], noun: string): FoundName | null {
  if (!noun || !onlyBusinesses(types)) {
    return null;
  }
  for (const text of after) {
    const hit = scanNames(text).find((n) => {
      const type = typeOf(n);
      return n.text.toLowerCase().startsWith(`${noun} `) && type != null && types.includes(type);
    });
    if (hit) {
      return hit;
    }
  }
  return null;
}

// "… di Gradhika Bhakti Praja, ⟨Semarang⟩": a venue of capitalised words, no region, then its town
const VENUE_THEN = /\bdi\s+(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){1,5}),\s*$/u;
const venueBefore = (before: string): boolean => {
  const venue = VENUE_THEN.exec(before)?.[1];
  return venue != null && findBareRegion(venue) == null;
};

function antecedent(before: string[], types: readonly WinnerType[], noun = ''): FoundName | null {
  const named = NAMED_AS[noun];
  for (const text of before.toReversed()) {
    // "… di Kupang": a venue or place is no antecedent; but "kabar datang dari Desa X" names
    // the village the next sentence's "desa itu" is
    // ("Mereka bekerja untuk Kopi Dairi Nauli": a business one works for is named, not placed)
    const found = (
      onlyBusinesses(types)
        ? scanNames(text).filter(
            (n) =>
              !LOCATED.test(text.slice(0, n.start)) ||
              (/\buntuk\s*$/i.test(text.slice(0, n.start)) && orgMarker(n.text) != null),
          )
        : unplacedNames(text, { villagesFrom: true })
    ).toReversed();
    const hit = found.find((n) => {
      const type = typeOf(n);
      // ("Wonogiri dipanggil ke Semarang": a town travelled to is no antecedent either; a shop
      // one walks into is)
      const travelled =
        /\bke\s+$/i.test(text.slice(0, n.start)) && (type === 'kabupaten' || type === 'kota');
      // ("pabrik di Kecamatan Bungursari, Kabupaten Purwakarta": the regency that places a
      // kecamatan is no antecedent; nor the town of a venue: "… di Gradhika Bhakti Praja,
      // Semarang, Kamis")
      const placing =
        PLACE_OF_VILLAGE.test(text.slice(0, n.start)) ||
        (isBareRegion(n) && venueBefore(text.slice(0, n.start)));
      return (
        type != null &&
        types.includes(type) &&
        !travelled &&
        !placing &&
        !dashedPlace(text, n) &&
        (named ? named.test(n.text) : !noun || noun === 'dinas' || !OFFICE.test(n.text))
      );
    });
    if (hit) {
      return hit;
    }
  }
  return null;
}

/**
 * The text naming a quote's speaker after the first person at `end` of sentence `i`: in the
 * same sentence, or, when the quote runs on into the next sentence, after it closes there.
 */
function speakerAfter(texts: string[], i: number, end: number): string | null {
  const own = texts[i]?.slice(end) ?? '';
  const here = SPEAKER_AFTER.exec(own);
  if (here) {
    return own.slice(here.index);
  }
  // (sentences come here without their opening quote: the next one closing a quote before
  // "kata …" is taken to close this one)
  const next = SPEAKER_AFTER.exec(texts[i + 1] ?? '');
  return next ? (texts[i + 1] ?? '').slice(next.index) : null;
}

// '"Kita meraih terbaik III …," katanya', '"…," kata bupati': a quote closed by a speaker the
// story named before, by a pronoun or a bare title
const SAID_BY_NAMED =
  /["”]\s*,?\s*(?:kata|ujar|ungkap|tutur|jelas|tegas|sebut)(?:nya\b|\s+(bupati|wali\s?kota|walikota|gubernur|kades|lurah|direktur|dirut|ceo|pemilik)\b(?!\s+(?-i:\p{Lu})))/iu;
// "Direktur Utama PT Mahakam Sarana Teknik, Andreas …", "Bupati Banyumas menyinggung …": the
// speaker's title and the side it names
const TITLED_SIDE =
  /(?<![\p{L}])(Bupati|Wali\s?[Kk]ota|Walikota|Gubernur|Kades|Kepala\s+Desa|Perbekel|Keuchik|Wali\s+Nagari|Lurah|Direktur|Dirut|CEO|Pemilik)(?:\s+Utama)?\s+(?:(?:PT|CV|UD|Kabupaten|Kota|Provinsi|Desa|Gampong|Nagari)\s+)?\p{Lu}[\p{L}'’.&-]*(?:\s+\p{Lu}[\p{L}'’.&-]*){0,3}/gu;
const WISHED =
  /\b(?:minta|meminta|harap|berharap|semoga|target|ingin|mau|harus|agar|supaya)\b[^.;,]*$/i;
// the titles of a regional head, who speaks for the region (the alias table names it)
const REGIONAL_HEAD = /^(?:bupati|walikota|gubernur|kades|kepaladesa|perbekel|keuchik|walinagari)$/;
/** How far back a quote's speaker may have been named with the side they speak for. */
const LOOK_BACK_SPEAKER = 6;

/** The region a title names ("Bupati Banyumas" → "Kabupaten Banyumas"), as the alias table does. */
function regionOfHead(titled: RegExpMatchArray): string | null {
  const side = titled[0].slice((titled[1] ?? '').length).trim();
  // (a headline's capitals after it are not the name, "Bupati Muba Paparkan Capaian" →
  // "Kabupaten Musi Banyuasin"; or the region the title is written before, "Bupati Kabupaten X")
  const region = resolveName(titled[0], null) ?? resolveName(side, null);
  // (a village the gazetteer may not hold is still the village its head's title names)
  return region?.regionCode != null || region?.type === 'desa' ? region.canonical : null;
}

const isRegionalHead = (title: string | undefined): boolean =>
  REGIONAL_HEAD.test((title ?? '').toLowerCase().replace(/\s+/g, ''));

/**
 * The region of the official a story titled last before a pronoun (the sentences `done` before
 * sentence `i`, then its own words `before`), when that official is a regional head; null when
 * the last titled official is another (a director, a head of office) or is one handing the prize
 * over ("dari Gubernur Sulut").
 */
function headBefore(done: string[], i: number, before: string): string | null {
  for (const text of [...done.slice(Math.max(0, i - LOOK_BACK_SPEAKER), i), before].toReversed()) {
    const last = [...text.matchAll(TITLED_SIDE)]
      .filter((m) => !BESIDE_OR_HANDING.test(text.slice(0, m.index)))
      .pop();
    if (last) {
      return isRegionalHead(last[1]) ? regionOfHead(last) : null;
    }
  }
  return null;
}

/**
 * The side of a quote's speaker given by a pronoun or a bare title after the quote ("…," ujarnya):
 * the last title with its organisation or region the story wrote before (resolved sentences in
 * `done`, this one's own words before the quote).
 */
function speakerBefore(texts: string[], done: string[], i: number, end: number): string | null {
  const by =
    SAID_BY_NAMED.exec(texts[i]?.slice(end) ?? '') ?? SAID_BY_NAMED.exec(texts[i + 1] ?? '');
  if (!by) {
    return null;
  }
  // ("kata bupati": the last bupati named, not the governor who handed the prize over)
  const title = by[1]?.toLowerCase().replace(/\s+/g, '');
  for (const text of done.slice(Math.max(0, i - LOOK_BACK_SPEAKER), i).toReversed()) {
    const last = [...text.matchAll(TITLED_SIDE)]
      .filter((m) => !title || m[1]?.toLowerCase().replace(/\s+/g, '') === title)
      .pop();
    if (last) {
      const side = last[0]
        .slice((last[1] ?? '').length)
        .trim()
        .replace(/^Utama\s+/, '');
      // (a regional head speaks for the region, as the alias table's official titles name it)
      return isRegionalHead(last[1]) ? regionOfHead(last) : side;
    }
  }
  return null;
}

// "Siapa sangka, kedai kopi kecil di Jalan Ahmad Yani, Kendari, menyabet juara 1 …" before
// "Kedai Kopi Tolaki Pagi milik Rahmat …": a winner described first and named in the next
// sentence (a business, a village; in lower case, no demonstrative)
const DESCRIBED_KINDS = [
  'kedai',
  'warung',
  'toko',
  'usaha',
  'bengkel',
  'rumah makan',
  'koperasi',
  'pabrik',
  'desa',
  'kampung',
  'gampong',
  'nagari',
];
const DESCRIBED_FIRST = new RegExp(
  `^((?:(?:siapa\\s+sangka|tak\\s+disangka|tidak\\s+disangka|ternyata|kini|alhamdulillah)\\s*,?\\s*)?)((?-i:${DESCRIBED_KINDS.join('|')}))\\s+(?-i:[a-z])[^.;"“”]{0,120}?(?=,?\\s+(?:berhasil\\s+|sukses\\s+)?(?:meraih|menyabet|menjadi|dinobatkan|menerima|dapat|mendapat(?:kan)?|memperoleh)\\b)`,
  'i',
);

/**
 * The sentences with a winner described before it is named written out by its name (the next
 * sentence's, or the post's own: "Alhamdulillah usaha sulaman Kab. Gorontalo dapat Juara II …"
 * posted by "Sulaman Karawo Ibu Rahma").
 */
function describedFirst(texts: string[], postOwner: () => string | null): string[] {
  return texts.map((text, i) => {
    const m = DESCRIBED_FIRST.exec(text);
    if (!m) {
      return text;
    }
    const named = scanNames(texts[i + 1] ?? '')[0];
    const types = REFERS[(m[2] ?? '').toLowerCase()] ?? [];
    const type = named ? typeOf(named) : null;
    if (!named || named.start > 2 || type == null || !types.includes(type)) {
      const owner = postOwner();
      const ownType = owner ? (resolveName(owner, null)?.type ?? null) : null;
      return owner && onlyBusinesses(types) && (ownType == null || types.includes(ownType))
        ? `${m[1] ?? ''}${orgMarker(owner) ? '' : 'UMKM '}${owner}${text.slice(m[0].length)}`
        : text;
    }
    // ("Kedai Kopi X": the next sentence opens with a name of the kind described)
    if (!named.text.toLowerCase().startsWith((m[2] ?? '').toLowerCase())) {
      return text;
    }
    return `${m[1] ?? ''}${named.text}${text.slice(m[0].length)}`;
  });
}

// "🏆 Juara 3 Paritrana Award 2022 Tingkat Provinsi Kepulauan Riau 🏆" opening a post: the
// caption's headline, whose winner is the account that posts it
const CAPTION_RANK =
  /^\W*(?:juara|terbaik|peringkat)\s+(?:ke-?)?(?:[1-3]|I{1,3}|pertama|kedua|ketiga|satu|dua|tiga)\s+(?:(?:pada|di|dalam)\s+)?(?:ajang\s+)?paritrana\b/i;
// how many of a post's first sentences its caption's headline may stand in
const CAPTION_SENTENCES = 3;

/** A post's opening rank line with no winner, written with the post's owner as its winner. */
function ownerCaptions(texts: string[], postOwner: () => string | null): string[] {
  return texts.map((text, i) => {
    if (i >= CAPTION_SENTENCES || !CAPTION_RANK.test(text)) {
      return text;
    }
    const owner = postOwner();
    return owner ? `${owner} meraih ${text.replace(/^\W*/, '')}` : text;
  });
}

// "Galangan tempat saya bekerja menerima Terbaik II …", "hari Kamis tempat saya bekerja dapat Juara
// 1": an employee's workplace, the organisation the post is about
const WORKPLACE =
  /(?<![\p{L}])(?:(\p{L}+)\s+)?tempat\s+(?:saya|aku|kami)\s+(?:bekerja|kerja|mengabdi|berkarya)(?![\p{L}])/giu;

/** The sentences with an employee's workplace written as the organisation's first person. */
function workplaces(texts: string[]): string[] {
  return texts.map((text) =>
    !text.includes('tempat')
      ? text
      : text.replace(WORKPLACE, (all, kind: string | undefined) => {
          const known = kind != null && kind.toLowerCase() in REFERS;
          const noun = known ? kind : /^\p{Lu}/u.test(kind ?? all) ? 'Perusahaan' : 'perusahaan';
          // (a word that is no kind of organisation stays: "Kamis tempat saya bekerja …")
          const keep = kind != null && !known && !/^\p{Lu}/u.test(kind) ? `${kind} ` : '';
          return `${keep}${noun} kami`;
        }),
  );
}

// "Keduanya sebelumnya sama-sama menjadi juara 1 …": the two (three) winners the sentence before
// named, when it named just that many and this one gives them a place
const BOTH = /^(\s*)(Keduanya|Ketiganya)(?![\p{L}])/u;
const COUNT_OF: Readonly<Record<string, number>> = { keduanya: 2, ketiganya: 3 };

/** The sentences opened by "Keduanya"/"Ketiganya" with a win, written with the names it means. */
function bothNamed(texts: string[]): string[] {
  return texts.map((text, i) => {
    const m = BOTH.exec(text);
    const before = texts[i - 1];
    // (with a place of its own: "Keduanya menerima penghargaan …" only says again what the
    // sentence before told)
    const rest = text.slice(m?.[0].length ?? 0);
    if (!m || before == null || !AFTER_NAME.test(rest) || findRanks(rest).length === 0) {
      return text;
    }
    const names = unplacedNames(before)
      .filter((n) => typeOf(n) != null)
      .map((n) => n.text);
    if (names.length !== COUNT_OF[(m[2] ?? '').toLowerCase()]) {
      return text;
    }
    const joined = `${names.slice(0, -1).join(', ')} dan ${names[names.length - 1] ?? ''}`;
    return `${m[1] ?? ''}${joined}${text.slice(m[0].length)}`;
  });
}

// "perusahaan kita", "desa kita": a side a story's first person plural names (not a region's: an
// official's "kabupaten kita" and the next speaker's bare "kita" are two sides)
const OWN_SIDE =
  /^(?:perusahaan|koperasi|rumah\s+sakit|pabrik|desa|kelurahan|kalurahan|gampong|nagari|kampung)$/i;

/**
 * Writes out "desa ini", "bank milik daerah itu", "desa yang sama", "pihaknya" as the name they
 * refer to, when the phrase is the subject of a win: the latest name of a matching type in the
 * sentence or the few before it (else the story's region, for a government; else, on a site
 * whose own name heads the page, `siteOwner`, when of the kind).
 */
export function resolveAnaphora(
  texts: string[],
  storyRegion: () => string | null = () => null,
  siteOwner: () => string | null = () => null,
  postOwner: () => string | null = () => null,
): string[] {
  const out: string[] = [];
  // the name the story's "perusahaan kita" (…) was written out as, for a later bare "kita"
  let ownSide: string | null = null;
  const prepared = describedFirst(
    ownerCaptions(bothNamed(workplaces(texts)), postOwner),
    postOwner,
  );
  prepared.forEach((text, i) => {
    let result = text;
    const found = [
      ...text.matchAll(ANAPHOR),
      // ("satu-satunya kabupaten yang desanya meraih …": the relative clause's own noun owns it)
      ...[...text.matchAll(POSSESSED)].filter((m) => !/\byang\s+$/i.test(text.slice(0, m.index))),
      ...text.matchAll(SELF),
      ...text.matchAll(THEY),
      ...text.matchAll(HE_OR_SHE),
      ...text.matchAll(BARE_BODY),
      ...wonBy(text),
    ];
    // (two phrases may cover the same words, "Perusahaan … itu" and "Perusahaan": the first
    // written out wins)
    let writtenFrom = Infinity;
    for (const m of found.sort((a, b) => b.index - a.index)) {
      const end = m.index + m[0].length;
      const before = text.slice(0, m.index);
      // (or the winner a passive names: "Gelar yang sama diraih daerah berjuluk X itu pada 2022")
      const passive = (m[0] !== m[1] || WON_BY_BODY.has(m)) && WON_BY.test(before);
      // ("Provinsi kita, provinsi kecil di Teluk Tomini, meraih …": an apposition between)
      // (or a relative clause: "Usaha kecil kami yang mulai dari dapur rumah di Tamalate dapat
      // Juara 1 …"; or a word in quotes: 'kami "cuma" Juara 3')
      const tail = text.slice(end);
      const direct = end <= writtenFrom && AFTER_NAME.test(tail);
      const rest = direct
        ? tail
        : tail
            .replace(APPOSITION, '')
            .replace(RELATIVE_BETWEEN, ' ')
            .replace(/^(\s+)["“”']([a-z]+)["“”']/, '$1$2');
      // ("dua desa anggota forum kita …", "mitra kami, CV X, …": the members or the partners, not
      // the body they belong to)
      if (
        end > writtenFrom ||
        (!direct && !passive && (rest === tail || !AFTER_NAME.test(rest))) ||
        /\b(?:anggota|mitra|rekan|binaan|pelanggan|klien|tetangga)\s+(?:\p{Ll}+\s+)?$/u.test(
          before,
        ) ||
        // ("dua kalurahan di wilayah kita meraih …": a place, where the winners are)
        (!m[1] && /\b(?:di|dari)\s+(?:wilayah|daerah|lingkungan|kawasan)\s+$/.test(before))
      ) {
        continue;
      }
      // "kami menerima banyak usulan": a first person wins only what the clause names as a prize
      const pronoun = m[0].split(/\s+/).pop() ?? '';
      // a bare "kita" is as often the province, the country or the audience: only "kabupaten kita",
      // or a "kita" that won a province's stage ("Tahun ini kita juga meraih Paritrana Award
      // tingkat Provinsi Lampung," ujar wali kota: the province hosts, its regency or city won)
      const provinceWon = PROVINCE_CATEGORY.test(tail);
      const bareKita = /^kita$/i.test(pronoun) && !m[1];
      // (a bare "kita" after the story wrote "perusahaan kita", "desa kita" out as a name: that
      // same side, "Tahun lalu, di Paritrana Award 2023 tingkat Jawa Barat, kita berada di
      // peringkat ketiga")
      const kinded = bareKita && ownSide ? antecedent([ownSide], ANY) : null;
      // (unless a quote's speaker says it whose side the story named before: '"Kita meraih
      // terbaik III …," katanya' after "CEO PT X, Hendra, menyampaikan sambutan …")
      // (not a year's line of a record, which the record reads: "2022 kita juara satu, 2023 …";
      // nor a wish: "saya minta kita juara satu")
      const side =
        bareKita &&
        FIRST_PERSON_PRIZE.test(rest) &&
        !/(?:^|[,;:"“]\s*)20[12]\d\s*,?\s*$/.test(before) &&
        !WISHED.test(before)
          ? speakerBefore(texts, out, i, end)
          : null;
      // (a side the gazetteer or a firm's legal form knows: not a headline's run of capitals,
      // "Bupati Muba Paparkan Capaian")
      const named = side ? antecedent([side], ANY) : null;
      const titled =
        named &&
        (resolveName(named.text, null)?.regionCode != null || orgMarker(named.text) != null)
          ? named
          : kinded;
      if (bareKita && !PROVINCIAL_STAGE.test(tail) && !provinceWon && !titled) {
        continue;
      }
      if (/^(?:kami|kita|saya|mereka)$/i.test(pronoun) && !FIRST_PERSON_PRIZE.test(rest)) {
        continue;
      }
      // (a bare "kita" is a government's own side: a region, not a company or an office)
      // (a province's own category makes the first person its province: "kami juara dua
      // kategori pemerintah provinsi")
      // (a bare "kita" that won a region's stage: its region, or the story's when none is near)
      // (but a company's category makes it a business: a director's "Kita meraih juara satu …
      // kategori Badan Usaha Besar" in a story of a firm in Makassar is the firm, not the city)
      const companyWon = /^(?:kita|kami)$/i.test(pronoun) && !m[1] && COMPANY_CATEGORY.test(tail);
      const regionKita = bareKita && !provinceWon && !companyWon && !titled;
      // ("ia meraih juara pertama …": the business a story about one names, never a region)
      const business = /^(?:ia|dia|beliau)$/i.test(pronoun);
      const received = business && HEAD_RECEIVES.test(tail);
      if (business && !OWN_WIN.test(tail) && !received) {
        continue;
      }
      const government = BARE_GOVERNMENT.test(m[0]);
      const types = business
        ? BUSINESSES
        : m[1]
          ? (REFERS[m[1].toLowerCase().replace(/^\s*pemerintah\s+/, '')] ?? [])
          : /^(?:kita|kami)$/i.test(pronoun) && provinceWon
            ? PROVINCE
            : titled
              ? ANY
              : companyWon
                ? BUSINESSES
                : regionKita
                  ? REGIONS
                  : ANY;
      const back = onlyBusinesses(types) ? LOOK_BACK_COMPANY : LOOK_BACK;
      const earlier = [...out.slice(Math.max(0, i - back), i), before];
      // a quote's first person is its speaker's side, named after it ('"Kami juara satu," kata
      // Manajer SDM PT X'): that comes before any name earlier in the story
      const said = /^(?:kami|saya|kita)$/i.test(pronoun) ? speakerAfter(texts, i, end) : null;
      const noun = (m[1] ?? '').toLowerCase();
      // ("usaha katering kami" on the site of "Dapur Bu Ratmi — Katering Rumahan Sleman": a first
      // person of a kind on its owner's site is the owner, before any name the page's head holds)
      const possessed =
        m[0].trim() !== pronoun ||
        (/\p{Ll}{3,}\s+$/u.test(before) &&
          !/\b(?:dan|untuk|bagi|oleh|kepada|dari|dengan|bersama|bahwa|karena)\s+$/i.test(before));
      // ("Alhamdulillah, kami dinobatkan Terbaik I …" in the post of the account "batiksekarkinasih":
      // a post's first person is its account's)
      const ownFirst =
        /^(?:kami|kita)$/i.test(pronoun) && !said
          ? possessed
            ? ofType(siteOwner(), types)
            : /^kami$/i.test(pronoun)
              ? ofType(postOwner(), types)
              : null
          : null;
      // (a bare "kita" first by the side its speaker was named with)
      const who = ownFirst
        ? null
        : (titled ??
          (said ? antecedent([said], types, noun) : null) ??
          antecedent(earlier, types, noun) ??
          namedAhead(texts.slice(i + 1, i + 1 + LOOK_AHEAD), types, noun));
      // ('"Tahun ini kita juga meraih …," ujarnya' far from any name: the regency or city the
      // story is filed from or about)
      // (so is "kabupaten pesisir utara Jawa Timur itu" far from its name, when the story's region
      // is of the kind described)
      // ("Pemkab kita menerima Juara II …" in a regent's speech: the government the story is of)
      const described =
        m[0] !== pronoun && /^(?:kabupaten|kota|pemkab|pemkot|pemko)$/i.test(m[1] ?? '');
      // ("ia menerima trofi …" with no business named: the regional head's region)
      const story = who
        ? null
        : regionKita
          ? storyRegion()
          : described || government
            ? ofType(storyRegion(), types)
            : business
              ? headBefore(out, i, before)
              : null;
      // ("Kampung kita ditetapkan …", "Rumah sakit ditetapkan …" on the village's or the
      // hospital's own page, whose title alone names it: its owner, when of the kind)
      const owned =
        ownFirst ??
        (who || story || (!noun && !/^(?:kami|kita)$/i.test(pronoun))
          ? null
          : ofType(siteOwner(), types));
      if (who || story || owned) {
        // ('"Paritrana 2023 kami juara III," kata Kepala Dinas Tenaga Kerja Kota Batam': an
        // office speaks for its region)
        const office =
          who && GOVERNMENT_AGENCY.test(who.text) ? OFFICE_REGION.exec(who.text) : null;
        const written = office
          ? office[0]
          : who
            ? who.paren
              ? `${who.text} (${who.paren})`
              : who.text
            : (story ?? owned ?? '');
        // ("Bagi Jawa Timur, … Provinsi itu juga menjadi Terbaik I": a bare region takes the kind
        // the phrase names, so no category before reads it as a business)
        const kind = who && isBareRegion(who) ? REGION_KIND[noun] : undefined;
        const name = kind ? `${kind} ${written}` : written;
        // ("… tingkat DIY kami juara pertama": a comma keeps the name apart from a name before)
        const head = result.slice(0, m.index);
        const apart = /\p{Lu}[\p{L}]*\s+$/u.test(head) ? `${head.trimEnd()}, ` : head;
        result = apart + name + result.slice(end);
        writtenFrom = m.index;
        if (/^kita$/i.test(pronoun) && OWN_SIDE.test(m[1] ?? '')) {
          ownSide = name;
        }
      }
    }
    out.push(result);
  });
  return out;
}

// "Kelima perusahaan itu adalah PT A, PT B …", after "… lima perusahaan … yang meraih Paritrana
// Award 2024 …": the group a sentence before named as the award's winners, now listed
const GROUP_LISTED =
  /^(\s*)(?:ke(?:dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh)|para|seluruh)\s+(?:perusahaan|daerah|desa|badan\s+usaha|koperasi|penerima|pemenang|kabupaten\/kota|umkm)\s+(?:itu|tersebut)(?=\s+(?:adalah|yakni|yaitu|ialah|masing-masing|meliputi)\b)/i;
const GROUP_WON =
  /\byang\s+(?:berhasil\s+|juga\s+)?(?:meraih|menerima|menyabet|memboyong)\s+(?:penghargaan\s+)?paritrana\b|\bperaih\s+(?:penghargaan\s+)?paritrana\b/i;
// how many sentences back the group may have been named
const GroupReach = 3;

/** A group of winners named before and listed now, written as the award's winners. */
export function listedGroups(texts: string[]): string[] {
  return texts.map((text, i) =>
    GROUP_LISTED.test(text) &&
    texts.slice(Math.max(0, i - GroupReach), i).some((t) => GROUP_WON.test(t))
      ? text.replace(GROUP_LISTED, '$1Peraih Paritrana Award itu')
      : text,
  );
}
