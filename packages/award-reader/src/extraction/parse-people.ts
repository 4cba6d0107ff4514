import { orgMarker } from '../gazetteer/resolve-org.ts';
import { VILLAGE_OF_HEAD } from '../gazetteer/resolve-name.ts';

// An official as news writes one: a title, the office's place, then maybe ", Name,".
const TITLE =
  '(?:Wakil\\s+|Pj\\.?\\s+|Plt\\.?\\s+|Penjabat\\s+)?(?:Presiden|Gubernur|Bupati|Wali\\s?[Kk]ota|Walikota|Sekretaris|Sekda|Kepala|Kadis(?:naker(?:trans)?)?|Direktur|Dirut|Deputi|Menteri|Menko|Asisten|Staf|Ketua|Wagub|Wabup|Camat|Lurah|Manajer|Manager|Pimpinan|Komisaris|Pemilik|Keuchik|Geuchik|Kades|Perbekel|Kuwu|Peratin|Pambakal|Pembakal|Raja(?!\\s+Ampat)|Petinggi|Penghulu|Wali\\s+Nagari|Datok\\s+Penghulu|Hukum\\s+Tua|Chief\\s+\\p{Lu}\\p{L}+\\s+Officer|CEO|COO|CFO|Presiden\\s+Direktur|General\\s+Manager)';
const NAME = "[\\p{Lu}][\\p{L}.'’-]*";
const OFFICIAL = `(${TITLE}(?:\\s+(?:${NAME}|RI|\\([^)]{1,15}\\)))*(?:\\s*,\\s*${NAME}(?:\\s+${NAME})*)?)`;

const PRESENTER = [
  new RegExp(`\\bdiserahkan\\s+(?:secara\\s+)?(?:langsung\\s+)?(?:oleh\\s+)?${OFFICIAL}`, 'u'),
  new RegExp(`\\b[Pp]enyerahan\\s+(?:penghargaan\\s+)?dilakukan\\s+(?:oleh\\s+)?${OFFICIAL}`, 'u'),
  new RegExp(`${OFFICIAL}\\s*,?\\s+(?:secara\\s+)?(?:langsung\\s+)?menyerahkan\\b`, 'u'),
];
const RECIPIENT = [
  new RegExp(`\\bditerima\\s+(?:secara\\s+)?(?:langsung\\s+)?(?:oleh\\s+)?${OFFICIAL}`, 'u'),
  new RegExp(`\\b(?:diserahkan|menyerahkan)\\b[^.]*?\\bkepada\\s+${OFFICIAL}`, 'u'),
  new RegExp(
    `${OFFICIAL}\\s*,?\\s+(?:yang\\s+)?(?:hadir\\s+)?(?:secara\\s+)?(?:langsung\\s+)?(?:untuk\\s+)?menerima\\s+(?:piagam|penghargaan|piala|trofi)`,
    'u',
  ),
];

const tidy = (s: string) => s.replace(/[\s,.]+$/, '').replace(/\s+/g, ' ');

function firstMatch(patterns: RegExp[], text: string): string | null {
  for (const re of patterns) {
    const m = re.exec(text);
    if (m?.[1]) {
      return tidy(m[1]);
    }
  }
  return null;
}

/** Who handed the award over: "diserahkan oleh Gubernur X", "Wakil Gubernur Y menyerahkan …". */
export function findPresenter(text: string): string | null {
  return firstMatch(PRESENTER, text);
}

/** Who received it for the winner: "diterima oleh Wakil Bupati X", "… kepada Wali Kota Y". */
export function findRecipient(text: string): string | null {
  return firstMatch(RECIPIENT, text);
}

// "… Lurah Guntung, Hairil Anwar": a title, its place, a comma, then the person
// ("Chief Operating Officer perusahaan, Kevin H": the title's organisation may be a common noun;
// "di Kantor Gubernur, Kota Palu juara satu": an office's building is no official)
const TITLE_BEFORE = new RegExp(
  `(?:^|[\\s(])(?<!(?:Kantor|Rumah\\s+Jabatan|Rumah\\s+Dinas|Gedung|Pendopo|Pendapa|Aula|Ruang|Istana)\\s)${TITLE}(?:\\s+(?:${NAME}|perusahaan|desa|daerah|kabupaten|kota|provinsi)){0,5}\\s*,\\s*$`,
  'u',
);

/** Whether the text before a name ends on an official's title, so that the name is the official's. */
export function followsTitle(before: string): boolean {
  return TITLE_BEFORE.test(before);
}

// "Ibu Bupati", "Bapak Camat", "Hj. Sri", "Pdt. Yohanes": a person named by an honorific
const HONORIFIC =
  /^(?:Ibu|Bapak|Pak|Bu|Mbak|Mas|Sdr\.?|Saudara|Saudari|Tuan|Nyonya|Hj?\.|Haji|Hajah|Hajjah|Dr\.|Drs\.|Dra\.|Ir\.|Prof\.|Pdt\.|Pnt\.|Ustaz|Ustadz|Kiai|KH\.?)\s/u;

// "Manajer Kopdit", "Plant Manager", "Direktur Operasional", "HR Head": a post, held by a person
const POST =
  /^(?:(?:Plant|General|Branch|Area|Regional|HR|HRD|Site|Operational|Operasional)\s+)?(?:Manajer|Manager|Head|Direktur|Dirut|Komisaris|CEO|COO|CFO|Owner|Pemilik|Koordinator|Supervisor|Superintendent|Pimpinan|Ketua|Kadis(?:naker(?:trans)?)?)\b|^Chief(?:\s+\p{Lu}\p{L}+){1,3}\s+Officer\b/u;

// "Drs. Heru Adi, M.Si.": an academic degree after a person's name, read alone as a name
const DEGREE =
  /^(?:Drs?|Dra|Ir|Prof|Hj?|S\.?\p{Lu}[\p{Ll}.]{0,4}|M\.?\p{Lu}[\p{Ll}.]{0,4}|SE|SH|MM|MH|MT|MBA|MAP|Ph\.?D)\.?$/u;

/** Whether a name is a person's or a post's, told by the honorific or title it opens with. */
export function isHonorificName(name: string): boolean {
  return HONORIFIC.test(name) || POST.test(name) || DEGREE.test(name);
}

// "Direktur Operasional PT X, Made S (kanan), menerima piala …", "Manajer SDM PT X, Nur, tak bisa
// menahan tangis saat menerima …": the officer receives for the organisation, which is the winner
const RECEIVES = '(menerima|meraih|menyabet|membawa\\s+pulang|memegang|mengangkat)';
// ("…, naik ke panggung Gedung Daerah Riau untuk menerima …": the officer went up to receive)
const STAGE_CLIMB = '(?:naik\\s+ke\\s+(?:atas\\s+)?panggung\\b[^,;]{0,60}?\\s+untuk\\s+)?';
const OFFICER_OF_ORG = new RegExp(
  `\\b(?:(?:Presiden\\s+)?Direktur|Dirut|(?:General\\s+|Plant\\s+|Branch\\s+)?(?:Manajer|Manager)|GM|Pimpinan|Ketua|CEO|Owner|Pemilik)(?:\\s+(?:Utama|Operasional|Keuangan|SDM|HRD|HR|Personalia|Umum))?\\s+((?:PT|CV|UD|Koperasi|Kopdit|Bank|BPR|BPRS|RS|RSU|RSUD|Rumah\\s+Sakit|Hotel|Yayasan|Perumda|PDAM|BUMDes|Universitas|Politeknik)\\b[^,;]{2,60}?|kami|kita)\\s*,\\s*(?:[^,;]{2,60},\\s*(?:\\p{Ll}+\\s+){0,6}${STAGE_CLIMB})?${RECEIVES}\\b`,
  'gu',
);
// "Pemilik Rendang Talua Uni Imas, Imas Suryani, menerima …", "Rambu Ana (kiri), pemilik usaha
// Tenun Ikat Rambu Ana dari Sumba Timur, memegang trofi …": an owner receives for the business,
// whatever its name (a small business's carries no legal form)
const OWNER_OF_BUSINESS = new RegExp(
  `\\b[Pp]emilik(?:\\s+usaha)?\\s+(\\p{Lu}[^,;()]{2,60}?)\\s*,\\s*(?:[^,;]{2,60},\\s*)?${RECEIVES}\\b|^[^,;]{2,60},\\s*pemilik(?:\\s+usaha)?\\s+(\\p{Lu}[^,;()]{2,60}?)(?:\\s+(?:dari|di|asal)\\s+[^,;]{2,50})?\\s*,\\s*${RECEIVES}\\b`,
  'gu',
);

// "Kepala Kampung Harapan, Bapak Yohanis Ohee, menerima piagam …": a village's head receives for
// the village
const HEAD_OF_VILLAGE = new RegExp(
  `\\b(?:Kepala\\s+(Desa|Kampung|Gampong|Kelurahan|Nagari|Pekon)|(Kades|Keuchik|Wali\\s+Nagari|Perbekel|Peratin))\\s+(?:(?:Desa|Gampong|Kampung|Nagari|Pekon)\\s+)?(\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*){0,2})\\s*,\\s*[^,;]{2,60},\\s*${RECEIVES}\\b`,
  'gu',
);

/** Writes an officer receiving for an organisation as the organisation receiving. */
export function orgForOfficer(sentence: string): string {
  return sentence
    .replace(OFFICER_OF_ORG, (_: string, org: string, verb: string) => `${org} ${verb}`)
    .replace(
      HEAD_OF_VILLAGE,
      (_m, kind: string | undefined, head: string | undefined, name: string, verb: string) =>
        `${kind ?? VILLAGE_OF_HEAD[(head ?? '').toLowerCase().replace(/\s+/g, ' ')] ?? 'Desa'} ${name} ${verb}`,
    )
    .replace(
      OWNER_OF_BUSINESS,
      // (a business without a legal form or trade word is marked as one: "UMKM Rendang Talua")
      (...m: (string | undefined)[]) => {
        const business = m[1] ?? m[3] ?? '';
        return `${orgMarker(business) ? '' : 'UMKM '}${business} ${m[2] ?? m[4] ?? ''}`;
      },
    );
}
