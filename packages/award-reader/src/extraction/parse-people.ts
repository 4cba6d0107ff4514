// An official as news writes one: a title, the office's place, then maybe ", Name,".
const TITLE =
  '(?:Wakil\\s+|Pj\\.?\\s+|Plt\\.?\\s+|Penjabat\\s+)?(?:Presiden|Gubernur|Bupati|Wali\\s?[Kk]ota|Walikota|Sekretaris|Sekda|Kepala|Direktur|Dirut|Deputi|Menteri|Menko|Asisten|Staf|Ketua|Kadis|Wagub|Wabup|Camat|Lurah)';
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
const TITLE_BEFORE = new RegExp(`(?:^|[\\s(])${TITLE}(?:\\s+${NAME}){0,5}\\s*,\\s*$`, 'u');

/** Whether the text before a name ends on an official's title, so that the name is the official's. */
export function followsTitle(before: string): boolean {
  return TITLE_BEFORE.test(before);
}

// "Ibu Bupati", "Bapak Camat", "Hj. Sri", "Pdt. Yohanes": a person named by an honorific
const HONORIFIC =
  /^(?:Ibu|Bapak|Pak|Bu|Mbak|Mas|Sdr\.?|Saudara|Saudari|Tuan|Nyonya|Hj?\.|Haji|Hajah|Hajjah|Dr\.|Drs\.|Dra\.|Ir\.|Prof\.|Pdt\.|Pnt\.|Ustaz|Ustadz|Kiai|KH\.?)\s/u;

/** Whether a name is a person's, told by the honorific it opens with. */
export function isHonorificName(name: string): boolean {
  return HONORIFIC.test(name);
}
