import { orgMarker } from '../gazetteer/resolve-org.ts';
import { typeOfCategory } from './parse-category.ts';
import {
  AFTER_NAME,
  AFTER_PLAIN_NAME,
  isBareRegion,
  isPlace,
  LOCATED,
  nameAt,
  THROUGH_ORG,
  type WinnerCandidate,
} from './name-context.ts';
import { findRanks, rankValue, type RankMention } from './parse-rank.ts';
import { leadingRank, placeAgainst, rankIn } from './rank-near.ts';
import { readNameAt } from './read-name.ts';
import { scanNames, type FoundName } from './scan-names.ts';
import { splitItems } from './split-items.ts';
import { findBareRegion } from '../gazetteer/find-region.ts';
import { ENUMERATES, isStrong, lastTrigger, STRONG } from './list-trigger.ts';
import { NOMINEE_CERTIFICATE, NOMINEE_PLACE, NOT_A_WIN, VILLAGE_NAME } from './word-lists.ts';

// (and the "di" of a place: "Di posisi kedua Desa A, Kabupaten B, …")
const LEAD =
  /^(?:(?:dengan|serta|dan|lalu|kemudian|juga|sedangkan|sementara(?: itu)?|selanjutnya|terakhir|adapun|(?:di|pada)(?=\s+(?:posisi|peringkat|urutan)\s))\s+)+/i;
const CATEGORY_ITEM = /^(?:kategori|katagori|sektor|bidang)\b/i;
// "terbagi dalam empat kategori utama yakni …", "kategori penilaian meliputi …": category lists
const OF_CATEGORIES =
  /(?<!\b(?:juara|terbaik|peringkat|posisi)\s+)\b(?:\d+|dua|tiga|empat|lima|enam|tujuh|delapan|beberapa|sejumlah|berbagai)\s+(?:kategori|sektor)\b|\bkategori\s+(?:penilaian|utama|penghargaan|lomba)\b/i;
const CERTIFICATE_BEFORE = new RegExp(`\\b${NOMINEE_CERTIFICATE}\\b[^.;]*$`, 'i');
const LIST_NUMBER = /^(\d{1,2}|[IVX]{1,4})[.)]\s+(?=\p{Lu})/u;
const PLACE_ITEM = /^(?:kecamatan|kec\.?|kelurahan|kel\.|distrik|kapanewon|kemantren)\s/i;
const HEADING_LABEL =
  /^[^:]{1,60}:\s*(?=(?:juara|terbaik|peringkat|posisi)\s+(?:ke-?)?(?:\d{1,2}|[IVX]{1,4}|pertama|kedua|ketiga|satu|dua|tiga)\s*:?\s+(?!(?:Paritrana|Award|Kategori|Tingkat|Provinsi\s+dan|Nasional)\b)(?-i:\p{Lu}))/iu;
const REGION_HEAD = /^(?:Kabupaten|Kab\.?|Kota|Provinsi|Pemkab|Pemkot|Pemprov|Pemerintah)\s/;
const FOR_WIN =
  /^atas\s+(?:(?:di(?:raih|peroleh|dapat)|raihan|keberhasilan|prestasi|capaian)(?:nya)?)\b/i;
const RANK_ONLY =
  /^(?:(?:sebagai|menjadi|dengan|di)\s+)?(?:juara|terbaik|peringkat|posisi)\s+(?:ke-?)?(?:\d{1,2}|[IV]{1,3}|pertama|kedua|ketiga)\s*\.?$/i;
const CATEGORY_OPENING =
  /^(?:untuk|bagi|pada|di)\s+(?:kategori\s+)?((?:[\p{L}/&-]+\s+){1,5}?)(?=(?:juara|terbaik|peringkat)\s)/iu;
const CATEGORY_WORDS = /^(?:(?:kategori|katagori|sektor)\s+)?((?:[a-z/&-]+\s+){1,5})(?=\p{Lu})/u;
const FROM_REGION = /^\s+(?:dari|asal)\s+(?:Kota|Kabupaten|Kab\.)\s+\p{Lu}/u;
const OTHER_PREDICATE =
  /^\s*,?\s*(?:yang\s+)?(?:hadir|bertindak|datang|turut|ikut|menyampaikan|memaparkan|membuka|menyaksikan|mendampingi|mewakili|(?:menjadi|sebagai)\s+(?:tuan\s+rumah|undangan|tamu|mitra|peserta|nominasi))\b/i;
const BEATEN = /\b(?:mengungguli|mengalahkan|menyisihkan|menyingkirkan)\b/i;
// triggers of names that follow a winner in order: "disusul A", "Di belakangnya, B"
const FOLLOWERS = /^(?:disusul|diikuti|di\s+(?:belakang|bawah)nya|setelah\s+itu)\b/i;
const BEATEN_RANKED =
  /\b(?:mengungguli|mengalahkan|menyisihkan|menyingkirkan)\s+(?=(?-i:\p{Lu})[^.;()]{2,60}\((?:juara|peringkat|terbaik|posisi)\s+[^)]{1,30}\))/giu;
const NOMINATED = new RegExp(
  `^\\s*(?:hanya|cuma)?\\s*(?:tercatat\\s+)?sebagai\\s+${NOMINEE_PLACE}`,
  'i',
);
const GETS_CERTIFICATE = new RegExp(
  `^\\s*,?\\s*(?:yang\\s+)?(?:juga\\s+)?(?:menerima|mendapat(?:kan)?|memperoleh)\\s+${NOMINEE_CERTIFICATE}\\b`,
  'i',
);

/** "juara pertama diraih A, disusul B, sementara posisi ketiga C": B, between 1 and 3, is 2. */
function fillBetween(out: WinnerCandidate[], followers: Set<WinnerCandidate>): void {
  out.forEach((c, k) => {
    const [prev, next] = [out[k - 1]?.rank, out[k + 1]?.rank];
    if (followers.has(c) && !c.rank && prev?.rank != null && next?.rank === prev.rank + 2) {
      c.rank = { ...prev, rank: prev.rank + 1 };
    }
  });
}

/**
 * "Juara pertama kategori usaha mikro, kecil dan menengah diraih X": a rank in the items before a
 * trigger, when no name stands between them, is the trigger's (the category's commas split it off).
 */
function rankBeforeItem(s: string, out: WinnerCandidate[], at: number): RankMention | null {
  const from = out[out.length - 1]?.scope.end ?? 0;
  return scanNames(s).some((n) => n.start >= from && n.start < at) ? null : rankIn(s, from, at);
}

/** Winners in list items: "Juara 1: X", "diraih oleh A, B dan C", "Terbaik 2 D", run items. */
export function findListed(sentence: string, inList = false): WinnerCandidate[] {
  // "Sektor X; A, B" and "Kategori Y: C" introduce lists like "yakni" does; so does a category
  // named without "Kategori" at the head of a line ("Badan Usaha Besar: …")
  // ("Kota Bitung: juara 1" is a winner, not a heading)
  const headed = trackedReplace(sentence, HEADED_LINE, (m) =>
    typeOfCategory(m[1] ?? '') &&
    (scanNames(m[1] ?? '').length === 0 || /\bzona\b/i.test(m[1] ?? ''))
      ? `${m[1]} yakni `
      : null,
  );
  // (a label only: "kategori X diraih Hotel A; juara II B" names its winner before the ";")
  const labelled = trackedReplace(headed.text, CATEGORY_LABEL, (m) =>
    scanNames(m[1] ?? '').length === 0 && !lastTrigger(m[1] ?? '') ? `${m[1]} yakni ` : null,
  );
  // "kategori provinsi, Provinsi A, Provinsi B dan Provinsi C; kategori …": a lower-case label
  // and a comma open the list too
  const commaed = trackedReplace(labelled.text, CATEGORY_COMMA, (m) => `${m[1]} yakni `);
  // "menyisihkan Kabupaten A (juara II) dan Kota B (juara III)": rivals beaten to the places they
  // still won are a list of winners
  const rivals = trackedReplace(commaed.text, BEATEN_RANKED, () => 'yakni ');
  const s = rivals.text;
  const back = (x: number) => headed.back(labelled.back(commaed.back(rivals.back(x))));
  const stop = s.search(BEATEN);
  const out: WinnerCandidate[] = [];
  const followers = new Set<WinnerCandidate>();
  let run: 'strong' | 'weak' | null = inList ? 'strong' : null;
  let zone = false;
  // the name the last item read, winner or not ("Desa A, Kabupaten B meraih": B places A)
  let seen: FoundName | null = null;
  const names = scanNames(s);
  for (const item of splitItems(stop < 0 ? s : s.slice(0, stop))) {
    // "Toko Sumber Rezeki & Putra": an item inside the name just read is part of it, and so is
    // one inside any name ("melalui Dinas Tenaga Kerja dan Transmigrasi meraih …")
    if (
      (seen && item.start < seen.end) ||
      names.some((n) => item.start > n.start && item.start < n.end)
    ) {
      continue;
    }
    // "Hasil: Juara 1 Kota Palu", "PARITRANA SULTENG: Juara 1 …": a heading before a ranked name
    let pos =
      item.start +
      (HEADING_LABEL.exec(item.text)?.[0].length ?? LEAD.exec(item.text)?.[0].length ?? 0);
    pos += /^["“”'‘’]*/.exec(s.slice(pos))?.[0].length ?? 0;
    let rank: RankMention | null = null;
    if (PLACE_ITEM.test(s.slice(pos, item.end))) {
      // ("Desa Hiyung, Kec. Tapin Tengah — Juara 1": the rank after the kecamatan is the village's)
      const placed = out[out.length - 1];
      if (placed && !placed.rank && placed.name.end <= item.start) {
        const after = /\s[–—-]\s*(.+)$/u.exec(s.slice(pos, item.end));
        const r = after ? rankIn(s, item.end - (after[1] ?? '').length, item.end) : null;
        placed.rank = r;
      }
      continue;
    }
    // (a zone in parentheses after a name is that winner's zone: "Jawa Tengah (Zona Jawa Bali)")
    const unbracketed = item.text.replace(/\([^)]*\)?/g, ' ');
    if (/\bzona\s+(?-i:\p{Lu})/iu.test(unbracketed) && !lastTrigger(item.text)) {
      zone = true;
      continue;
    }
    if (CATEGORY_ITEM.test(s.slice(pos, item.end)) && !lastTrigger(s.slice(pos, item.end))) {
      // "Kategori Pemdes kategori 3 Desa X": the rank inside starts the winner
      const inner = findRanks(s.slice(pos, item.end))[0];
      if (inner) {
        pos += inner.start;
      } else {
        // "Kategori X di sektor Y, PT A dan B": names after a category item are its winners
        run ??= 'weak';
        // "Kategori desa melalui Desa A, Kabupaten B, yang meraih …": B places A
        seen = scanNames(s).findLast((n) => n.start >= pos && n.end <= item.end) ?? seen;
        continue;
      }
    }
    const trig = lastTrigger(s.slice(pos, item.end));
    if (trig) {
      const before = s.slice(item.start, pos + trig.index);
      // hopes, candidacies and nominations anywhere before the list make it no list of winners
      if (
        NOT_A_WIN.test(s.slice(0, pos + trig.index)) ||
        // ("dua UMK menerima sertifikat nominasi, yakni A dan B": the nominees' list)
        CERTIFICATE_BEFORE.test(s.slice(0, pos + trig.index)) ||
        (OF_CATEGORIES.test(before) && ENUMERATES.test(trig[0].trim()))
      ) {
        run = null;
        continue;
      }
      const follows = FOLLOWERS.test(trig[0].trim()) || /^setelah\b/i.test(trig[0].trim());
      rank =
        rankIn(s, item.start, pos + trig.index) ??
        (follows ? null : rankBeforeItem(s, out, pos + trig.index));
      // "terbaik kedua setelah Kota B": B stands one place higher
      const against = rank
        ? placeAgainst(s.slice(0, pos + trig.index + trig[0].length), rank)
        : undefined;
      rank = against === undefined ? rank : against;
      run = STRONG.test(trig[0].trim()) || isStrong(run) ? 'strong' : 'weak';
      pos += trig.index + trig[0].length;
      // ('diraih "Desa Hanura Tengah", Kabupaten Pesawaran': a name the story quotes)
      pos += /^["“]/.exec(s.slice(pos))?.[0].length ?? 0;
    }
    // "untuk UMKM juara pertama Kopi X": a category opens the item before its rank
    const opening = CATEGORY_OPENING.exec(s.slice(pos, item.end));
    if (opening && typeOfCategory(opening[1] ?? '')) {
      pos += opening[0].length;
    }
    const lead = leadingRank(s.slice(pos, item.end));
    // "Kabupaten A; 2. Kota B; 3) Kabupaten C": an item's list number before its name (that no
    // rank word reads) is its place, as an inline list's numbers are
    const numberMark = lead ? null : LIST_NUMBER.exec(s.slice(pos));
    if (numberMark) {
      const label = numberMark[1] ?? '';
      const value = rankValue(label);
      rank ??= value == null ? null : { rank: value, label, start: pos, end: pos + label.length };
      pos += numberMark[0].length;
    }
    if (lead) {
      rank = lead.rank
        ? { ...lead.rank, start: lead.rank.start + pos, end: lead.rank.end + pos }
        : rank;
      pos += lead.length;
      // "Juara 1 kategori pemerintah desa Desa X": the category stands between rank and name
      const between = CATEGORY_WORDS.exec(s.slice(pos, item.end));
      if (between && typeOfCategory(between[1] ?? '')) {
        pos += between[0].length;
      }
    }
    // "… oleh Desa X, Kabupaten Y, sebagai terbaik pertama": a rank closing the previous item
    const closing = RANK_ONLY.exec(s.slice(pos, item.end));
    const last = out[out.length - 1];
    if (closing && last && !last.rank && !trig) {
      const r = findRanks(closing[0])[0] ?? null;
      last.rank = r ? { ...r, start: r.start + pos, end: r.end + pos } : null;
      continue;
    }
    // "selamat kepada Desa X, Kecamatan Y, atas diraihnya juara pertama …": the reason's rank,
    // after the winner's place, is the winner's
    const reason =
      last && !last.rank && !trig && FOR_WIN.test(s.slice(pos, item.end))
        ? rankIn(s, pos, item.end)
        : null;
    if (reason && !names.some((n) => n.start >= pos && n.start < reason.start) && last) {
      // ("selamat kepada UD X, Kota Metro, atas raihan juara 1": the town of a business before it)
      const owner = out[out.length - 2];
      const town =
        owner != null &&
        !owner.rank &&
        orgMarker(owner.name.text) != null &&
        (REGION_HEAD.test(last.name.text) || isBareRegion(last.name)) &&
        /^\s*,\s*$/.test(s.slice(owner.name.end, last.name.start));
      if (town) {
        owner.place ??= last.name.text;
        owner.rank = reason;
        out.pop();
      } else {
        last.rank = reason;
      }
      continue;
    }
    const plain = readNameAt(s, pos);
    const follows = plain != null && AFTER_PLAIN_NAME.test(s.slice(plain.end, item.end));
    // "… diberikan kepada Bakpia Ayu dari Kota Yogyakarta": a name from a region is no person
    const fromRegion = plain != null && trig != null && FROM_REGION.test(s.slice(plain.end));
    const name = nameAt(s, pos, run === 'strong' || lead != null || follows || fromRegion);
    const earlier = seen;
    seen = name ?? seen;
    const rest = s.slice(name?.end ?? pos, item.end);
    const marked = name != null && name.marked && AFTER_NAME.test(rest) && !THROUGH_ORG.test(rest);
    if (name && zone && !trig && isBareRegion(name)) {
      continue;
    }
    zone = false;
    // "Terus lindungi pekerja kita.", "Penyerahan secara daring, …": a line after a list that
    // opens with one capitalised word and goes on in lower case is a sentence, not an item
    const clause =
      name != null &&
      !trig &&
      !lead &&
      !name.marked &&
      !name.text.includes(' ') &&
      !isBareRegion(name) &&
      /^\s+\p{Ll}+\s+\p{Ll}/u.test(s.slice(name.end, item.end)) &&
      rankIn(s, name.end, item.end) == null;
    if (
      !name ||
      clause ||
      LOCATED.test(s.slice(item.start, pos)) ||
      (!run && !lead && !trig && !follows && !marked)
    ) {
      if (run === 'weak' && !trig) {
        run = null;
      }
      continue;
    }
    // "…, sedangkan Kabupaten X hadir sebagai undangan": an item that says what else its name did
    // ("Kabupaten Y menerima sertifikat nominasi": a nominee's certificate, however it is given)
    // ("Kaltim hanya tercatat sebagai salah satu nominasi": a place among the nominees)
    if (
      (OTHER_PREDICATE.test(rest) && !AFTER_NAME.test(rest)) ||
      GETS_CERTIFICATE.test(rest) ||
      NOMINATED.test(rest)
    ) {
      continue;
    }
    const prev = out[out.length - 1];
    // "… di Istana Wapres, Jakarta, Kamis", "di aula Kantor Gubernur NTT, Kupang", "turun dari
    // panggung Gedung Negara Grahadi, Surabaya": a region after a venue is the venue's city
    if (
      isBareRegion(name) &&
      /\b(?:di|dari)\s+(?:\p{Ll}+\s+){0,2}(?:[\p{Lu}][\p{L}]*\s*)+,\s*$/u.test(
        s.slice(0, item.start),
      )
    ) {
      continue;
    }
    // "Juara I: Toko Sinar Jaya, Bangkinang": one unmarked word after a business is its town;
    // "BUMDes Amerta Sari, Desa Jatiluwih": a village after a business is its home
    // ("Juara I UD Tahu Takwa, Kota Kediri; Juara II Batik Sekar Jagad, Tuban": a regency or
    // city after a ranked business that is no region is where it works)
    // (or its rank comes after the town: "UD Tahu Sumber Rejeki, Kabupaten Kediri (Juara I)")
    const rankAfter = /^\s*\((?:juara|peringkat|terbaik|harapan)\b[^)]*\)\s*(?:[;.,]|$)/i.test(
      s.slice(name.end, item.end + 1),
    );
    const regionAfterBusiness =
      prev != null &&
      (prev.rank != null || rankAfter) &&
      !REGION_HEAD.test(prev.name.text) &&
      findBareRegion(prev.name.text) == null &&
      (REGION_HEAD.test(name.text) || isBareRegion(name)) &&
      (rankAfter || /^\s*(?:[;.]|$)/.test(s.slice(name.end, item.end + 1)));
    // ("Desa Tempang Dua, Langowan Utara — juga dari Minahasa": an unmarked name after a village
    // is its kecamatan)
    const townOf =
      (!name.marked &&
        name.text.split(' ').length <= 3 &&
        VILLAGE_NAME.test(prev?.name.text ?? '')) ||
      (((!name.marked && !name.text.includes(' ')) || VILLAGE_NAME.test(name.text)) &&
        orgMarker(prev?.name.text ?? '') != null) ||
      regionAfterBusiness;
    if (prev && !trig && !lead && townOf && /^\s*,\s*$/.test(s.slice(prev.name.end, name.start))) {
      prev.place ??= name.text;
      // ("Desa Towale, Kabupaten Donggala (juara I)": the rank after the place is the winner's)
      prev.rank ??= rankIn(s, name.end, item.end);
      continue;
    }
    const before = earlier && (!prev || earlier.start > prev.name.start) ? earlier : prev?.name;
    if (isPlace(name, before, s)) {
      if (prev && before === prev.name) {
        prev.place ??= name.text;
        prev.rank ??= rankIn(s, name.end, item.end);
      }
      continue;
    }
    rank ??= rankIn(s, name.end, item.end);
    const marker = orgMarker(name.text);
    if (marker && marker.marker === name.text && !rank) {
      continue;
    }
    const pair = /\b(?:juara|terbaik|peringkat)\s+(\S+)\s+dan\s+(\S+?)\.?$/i.exec(
      s.slice(name.end, item.end),
    );
    if (pair && rank) {
      // "A dan B sebagai juara 2 dan 3": the first value belongs to the previous winner
      const [a, b] = [rankValue(pair[1] ?? ''), rankValue(pair[2] ?? '')];
      if (prev && !prev.rank && a != null) {
        prev.rank = { ...rank, rank: a };
      }
      rank = { ...rank, rank: b ?? rank.rank };
    }
    run ??= lead ? 'strong' : 'weak';
    // "Pie X – Kota Langsa", "Desa Y Kabupaten Malang": the place written right after a name
    const placeM =
      /^\s*[–—-]\s*([\p{Lu}][\p{L}]*(?:\s+[\p{Lu}][\p{L}]*){0,3})/u.exec(
        s.slice(name.end, item.end),
      ) ??
      (VILLAGE_NAME.test(name.text)
        ? /^\s+((?:Kabupaten|Kab\.|Kota)\s+[\p{Lu}][\p{L}]*(?:\s+[\p{Lu}][\p{L}]*){0,2})/u.exec(
            s.slice(name.end, item.end),
          )
        : null);
    const cand = {
      name,
      rank,
      place: placeM?.[1] ?? null,
      scope: { start: item.start, end: item.end },
    };
    if (trig && FOLLOWERS.test(trig[0].trim())) {
      followers.add(cand);
    }
    out.push(cand);
  }
  fillBetween(out, followers);
  // a winner's category runs up to the next winner: "kategori sektor manufaktur dan konstruksi"
  out.forEach((c, k) => {
    c.scope = { start: c.scope.start, end: out[k + 1]?.scope.start ?? s.length };
  });
  // offsets into the sentence as written
  return out.map((c) => ({
    ...c,
    name: { ...c.name, start: back(c.name.start), end: back(c.name.end) },
    rank: c.rank ? { ...c.rank, start: back(c.rank.start), end: back(c.rank.end) } : null,
    scope: { start: back(c.scope.start), end: back(c.scope.end) },
  }));
}

const CATEGORY_LABEL = /(\b(?:kategori|katagori|sektor)\b[^;:.]{0,80}?)\s*[;:]\s+/giu;
const CATEGORY_COMMA = /(\b(?:kategori|katagori)\s+[a-z][a-z/ -]{2,40}?),\s+(?=\p{Lu})/gu;
const HEADED_LINE = /^([^\p{Lu}]*[^:;.]{3,50}?)\s*:\s+/gu;

/**
 * Replaces each match the replacer answers for (null keeps it), and maps offsets in the result
 * back to offsets in `text`.
 */
function trackedReplace(
  text: string,
  re: RegExp,
  replacer: (m: RegExpExecArray) => string | null,
): { text: string; back: (x: number) => number } {
  const edits: Array<{ inStart: number; inEnd: number; outStart: number; outEnd: number }> = [];
  let out = '';
  let from = 0;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const by = replacer(m);
    if (by == null) {
      continue;
    }
    out += text.slice(from, m.index);
    edits.push({
      inStart: m.index,
      inEnd: m.index + m[0].length,
      outStart: out.length,
      outEnd: out.length + by.length,
    });
    out += by;
    from = m.index + m[0].length;
  }
  out += text.slice(from);
  const back = (x: number): number => {
    const e = edits.findLast((d) => d.outStart <= x);
    if (!e) {
      return x;
    }
    return x < e.outEnd
      ? e.inStart + Math.min(x - e.outStart, e.inEnd - e.inStart)
      : x - e.outEnd + e.inEnd;
  };
  return { text: out, back };
}
