import { orgMarker } from '../gazetteer/resolve-org.ts';
import {
  AFTER_NAME,
  AFTER_PLAIN_NAME,
  isPlace,
  LOCATED,
  PLACE_OF_VILLAGE,
  nameAt,
  THROUGH_ORG,
  type WinnerCandidate,
} from './name-context.ts';
import { findRanks } from './parse-rank.ts';
import { readModifier } from './name-modifier.ts';
import { rankIn } from './rank-near.ts';
import { rankSeries } from './rank-series.ts';
import { scanNames, type FoundName } from './scan-names.ts';
import {
  GOVERNMENT_AGENCY,
  NOMINEE_CERTIFICATE,
  NOMINEE_PLACE,
  NOT_A_WIN,
  OWN_ASIDE,
  PLACE_WON,
  VILLAGE_NAME,
  WIN_VERB,
} from './word-lists.ts';

const OFFICIAL = /^(?:wakil\s+)?(?:bupati|wali\s?kota|gubernur|kepala\s+desa|kades|lurah|camat)\s/i;
// What a winner wins: a subject's verb must lead to the award, not to another prize.
const WON_WHAT =
  /paritrana|penghargaan|award|anugerah|juara|terbaik|peringkat|posisi|urutan|predikat|pemenang|nominasi|prestasi|piagam|trofi|piala|teratas|runner|the best|yang\s+(?:pertama|kedua|ketiga)|harapan\s+(?:I{1,3}|[1-3])\b/i;

const PLACED = /^\s+(?:di|dari|asal)\s+$/i;
// "Kabupaten A bersama Kabupaten B meraih": two winners, as with "dan"
const JOINER = /^\s*(?:,|,?\s+(?:dan|serta|bersama(?:\s+dengan)?))\s*$/;

/** Marked names joined to names[i] by commas and "dan" ("A, B dan C meraih"), left to right. */
function coordinated(names: FoundName[], i: number, s: string): FoundName[] {
  const chain: FoundName[] = [];
  let next = names[i]?.start ?? 0;
  let placeJoined = false;
  for (let j = i - 1; j >= 0; j--) {
    const before = names[j];
    const located = before != null && LOCATED.test(s.slice(0, before.start));
    const link = before ? s.slice(before.end, next) : '';
    // "Desa A di Kabupaten X dan Desa B …": a place after a name belongs to it
    if (located && !placeJoined && JOINER.test(link)) {
      placeJoined = true;
      next = before?.start ?? 0;
      continue;
    }
    const joined = placeJoined ? PLACED.test(link) : JOINER.test(link);
    if (!before?.marked || located || !joined) {
      break;
    }
    chain.unshift(before);
    next = before.start;
    placeJoined = false;
  }
  // "terbaik zona Nusa Tenggara, Maluku, Papua dan Kabupaten X meraih": a zone, not winners
  const head = chain[0];
  const lead = head ? s.slice(Math.max(0, head.start - 40), head.start) : '';
  return head && !/\bzona\s+[^,]*,\s*$/i.test(lead) ? chain : [];
}

// "masing-masing", "secara berturut-turut": the ranks that follow go to the names in order
const RESPECTIVELY = /\b(?:masing-masing|berturut-turut|berurutan)\b/i;

const GIVERS_JOINED = /\b(?:dari|oleh)\s+[^,.;]{1,60}?\s+(?:dan|serta|bersama)\s+$/i;
// "dari Pemerintah Aceh dan …": Aceh's provincial government, read as a name without its word
const GIVEN_BY = /\bdari\s+Pemerintah\s+$/i;

const NOMINEE_NEXT = new RegExp(`^\\s*${NOMINEE_PLACE}`, 'i');

// "… Paritrana Award 2025 yang diserahkan Sekda DIY, setelah …": the one who handed it over
const HANDED_BY =
  /\b(?:diserahkan|diberikan|diserahterimakan)\s+(?:langsung\s+)?(?:oleh\s+)?(?:\p{Lu}[\p{L}.]*\s+){0,3}$/u;

function windowEnd(s: string, from: number, names: FoundName[]): number {
  const boundary = clauseBoundary(s.slice(from));
  return Math.min(boundary < 0 ? s.length : from + boundary, nextNameAfter(s, from, names));
}

// "menerima penghargaan Pembina K3, UHC Award kategori Utama, dan juara 1 Paritrana Award 2024":
// the next item of a list of awards the name won, no next name's clause
const AWARD_OF_LIST =
  /^[,;]\s+(?:(?:dan|serta)\s+(?:juara|terbaik|peringkat)\s+\S+\s+Paritrana\b|(?:dan\s+|serta\s+)?(?:\p{Lu}[\p{L}\d-]*\s+){1,3}Awards?\b)/u;

function clauseBoundary(after: string): number {
  const found = after.search(
    /[,;]\s+(?:(?:dan|serta|dengan|sedangkan|lalu|disusul|kemudian)\s+)?(?:(?![Jj]uara\s|[Tt]erbaik\s|[Pp]eringkat\s|(?:Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu)\s*\()\p{Lu}|(?:[Jj]uara|[Tt]erbaik|[Pp]eringkat)\s+\S+\s+(?!Kategori\b|Tingkat\b|Nasional\b|NASIONAL\b)\p{Lu})|\.\s|["”]|,\s*(?:sedangkan|sementara|adapun)\s+(?:juara|peringkat|terbaik|posisi|urutan)\s/u,
  );
  // (", Juara II Kategori A" is the name's own rank, written in capitals; ", juara 2 Kota B" leads
  // the next name; ", Kamis (7/8/2025)," is the day of the ceremony; ", sedangkan peringkat tiga
  // diraih …" another place's clause)
  if (found < 0 || !AWARD_OF_LIST.test(after.slice(found))) {
    return found;
  }
  const rest = clauseBoundary(after.slice(found + 1));
  return rest < 0 ? -1 : found + 1 + rest;
}

function nextNameAfter(s: string, from: number, names: FoundName[]): number {
  // a place after "tingkat"/"di" does not end the clause: "… tingkat Provinsi Banten sebagai terbaik 1"
  // ("menerima penghargaan dari BPJS Ketenagakerjaan dan Pemprov X sebagai terbaik kedua": the
  // second giver does not end it either)
  return (
    names.find(
      (n) =>
        n.start >= from &&
        !LOCATED.test(s.slice(0, n.start)) &&
        !GIVEN_BY.test(s.slice(0, n.start)) &&
        !HANDED_BY.test(s.slice(0, n.start)) &&
        !GIVERS_JOINED.test(s.slice(from, n.start)),
    )?.start ?? s.length
  );
}

const IN_KECAMATAN =
  /\b(?:di|dari|asal)\s+(?:Kecamatan|Kec\.|Distrik|Kapanewon)\s+\p{Lu}[\p{L} ]*,\s*$/u;
// (or a colon: "Paritrana Award 2025 Sulteng: Juara 1 Kota Palu", a heading before its list)
// (not the award's own name after the rank: "Kabupaten X, juara 1 Paritrana Award 2025 …")
const NEXT_LEADS =
  /^[,:]\s*(?:[Jj]uara|[Tt]erbaik|[Pp]eringkat)\s+\S+\s+(?!(?:Paritrana|PARITRANA|Award|Penghargaan|Anugerah|Tingkat|Kategori|Nasional|NASIONAL)\b)\p{Lu}/u;
// a rank followed by its own year ("juara 3 pada 2022", "terbaik pertama pada Paritrana Award
// 2023") or its own category
const OWN_YEAR =
  /^\s+(?:(?:pada|di|dalam|tahun)\s+(?:tahun\s+)?(?:(?:ajang\s+)?Paritrana(?:\s+Awards?)?\s+)?)20[12]\d\b/i;
// ", sedangkan pada 2024 harus puas di": a clause opened by its own year, before its rank
const YEAR_BEFORE_RANK =
  /[,;]\s*(?:(?:dan|sedangkan|sementara|lalu|kemudian|namun)\s+)?(?:pada\s+)?(?:(?:Paritrana\s+Awards?|edisi|tahun)\s+)?20[12]\d\b[^,.;]{0,60}$/i;
// "juara I Paritrana Award 2022": a rank followed by the edition it was won at
const AWARD_YEAR_NEXT = /^\s+Paritrana(?:\s+Awards?)?\s+(?:tahun\s+)?(20[12]\d)\b/i;
const OWN_SCOPE = new RegExp(
  `${OWN_YEAR.source}|^\\s+kategori\\b|^\\s+(?:di\\s+)?tingkat\\s+(?:provinsi|nasional)\\b`,
  'i',
);

/** The capitalized words a case-blind place match starts with ("Kabupaten Bogor berhasil" → …). */
function properPart(place: string | undefined): string | null {
  const words = /^\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)*/u.exec(place ?? '');
  return words ? words[0] : null;
}

const CERTIFICATE_NEXT = new RegExp(`^\\s*${NOMINEE_CERTIFICATE}\\b`, 'i');
const BUSINESS_APPOSITION =
  /^,\s+(?:usaha|produsen|perajin|pengrajin|pabrik|industri|rumah\s+produksi|pelaku\s+usaha|sentra|kedai|warung|toko|home\s+industry|umkm|ukm|koperasi|perusahaan|hotel|kelompok|lembaga|bengkel)\b/i;

// "usahanya, X": a business of the person the story is about, named after it
const OWN_BUSINESS_HEAD = '\\b(?:usaha|warung|kedai|toko|bisnis|lapak)nya\\s*,\\s*';
const OWN_BUSINESS_BEFORE = new RegExp(`${OWN_BUSINESS_HEAD}$`, 'i');
const OWN_BUSINESS = new RegExp(`${OWN_BUSINESS_HEAD}(?=(?-i:\\p{Lu}))`, 'iu');

// a place of its own right after a name: "… di posisi kedua", "yang di urutan ketiga"
const PLACED_AFTER =
  /^\s*(?:yang\s+)?(?:masing-masing\s+)?(?:berada\s+)?(?:di|pada)\s+(?:posisi|urutan|peringkat)\s+(?:(?:juara|terbaik)\s+)?(?:ke-?\s*)?(?:\d|[IV]+\b|kedua|ketiga|keempat|kelima)/i;

const TOWN_THEN_WON =
  /^(\s+di\s+(\p{Lu}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*){0,2}))(?=\s+yang\s+(?:juga\s+|berhasil\s+)?(?:meraih|menjadi|dinobatkan|menyabet)\b)/u;
const PLACED_BUSINESS =
  /^\s+(?:milik|di\s+(?:Desa|Kelurahan|Kampung|Gampong|Nagari|Dusun|Jalan|Jl\.?))\s/u;

// (or a category that leads the sentence: "Untuk kategori UMK, Bawang Goreng X, usaha milik …")
// (or an adverbial lead-in: "Atas komitmen tersebut Polimab meraih …", "Berkat itu …")
const SENTENCE_CONNECTIVE =
  /^(?:Sedangkan|Sementara(?:\s+itu)?|Adapun|Lalu|Kemudian|Selanjutnya|Selain\s+itu|Di\s+sisi\s+lain|Begitu\s+(?:pula|juga)|Demikian\s+(?:pula|juga)|(?:Untuk|Di|Pada|Dalam)\s+kategori\s+[^,.;]{2,60},|(?:Atas|Berkat|Karena|Dengan)\s+(?:\p{Ll}+\s+){1,3}(?:itu|ini|tersebut)|Tahun\s+ini|Kali\s+ini)\s*,?\s+(?=\p{Lu})/u;

/** Names that are the subject of a win verb or rank: "Kota X berhasil meraih juara 1". */
export function findSubjects(s: string): WinnerCandidate[] {
  const out: WinnerCandidate[] = [];
  const names = scanNames(s);
  // "Sedangkan Kopi Tiga Lereng, usaha kopi rumahan …": a connective before the sentence's name
  const first = nameAt(s, SENTENCE_CONNECTIVE.exec(s)?.[0].length ?? 0, true);
  if (first && !names.some((n) => n.start < first.end)) {
    names.unshift(first);
  }
  // ("membuat usahanya, Coto Daeng Nurung, terpilih …": a business named after "usahanya,")
  const owned = OWN_BUSINESS.exec(s);
  const ownedName = owned ? nameAt(s, owned.index + owned[0].length, true) : null;
  if (ownedName && !names.some((n) => n.start < ownedName.end && ownedName.start < n.end)) {
    names.push(ownedName);
    names.sort((a, b) => a.start - b.start);
  }
  // names inside a description set off after a winner ("PT A, perusahaan di Kabupaten B, meraih")
  let describedUntil = -1;
  names.forEach((name, i) => {
    if (name.start < describedUntil) {
      return;
    }
    const after = s.slice(name.end);
    let m = (name.marked ? AFTER_NAME : AFTER_PLAIN_NAME).exec(after);
    let skip = 0;
    let place = properPart(m?.[1]);
    const org = orgMarker(name.text) != null;
    const located = VILLAGE_NAME.test(name.text) || org;
    const official = OFFICIAL.test(name.text);
    // "Keripik Pisang Mak Nur, usaha milik Ibu N di Desa D, meraih …": a business the sentence
    // opens with and describes is the subject, even with no marker
    // (so is one the sentence opens with and places: "Kopi Sindoro Lestari milik Slamet di Desa
    // Tlahab, Kecamatan Kledung, meraih …")
    // (or one set off after "usahanya,": "membuat usahanya, Coto Daeng Nurung, terpilih sebagai
    // juara II")
    const business =
      !name.marked &&
      ((name.start === first?.start &&
        (BUSINESS_APPOSITION.test(after) ||
          (PLACED_BUSINESS.test(after) && name.text.split(' ').length >= 2))) ||
        (OWN_BUSINESS_BEFORE.test(s.slice(0, name.start)) && /^,/.test(after)));
    const modifier =
      m || (!name.marked && !business) ? null : readModifier(after, located || business, official);
    if (modifier) {
      skip = modifier.length;
      m = AFTER_NAME.exec(after.slice(skip));
      place = properPart(m?.[1]) ?? modifier.place;
    }
    // ("Kabar baik juga datang dari PT X di Sentolo yang meraih juara I": a company after "dari",
    // its town and a relative clause that says it won, is the winner, not a place)
    const townThenWon = org ? TOWN_THEN_WON.exec(after) : null;
    if (!m && townThenWon) {
      skip = (townThenWon[1] ?? '').length;
      m = AFTER_NAME.exec(after.slice(skip));
      place = townThenWon[2] ?? place;
    }
    // ("… milik Fatimah di Kecamatan Sungailiat, Kabupaten Bangka, meraih …", "Wali Nagari X,
    // Kecamatan Y, Kabupaten Z, mengangkat piagam …": the regency after a kecamatan or a village
    // places what comes before it)
    const placedBefore =
      (LOCATED.test(s.slice(0, name.start)) ||
        IN_KECAMATAN.test(s.slice(0, name.start)) ||
        (/^(?:Kabupaten|Kab\.?|Kota)\s/.test(name.text) &&
          PLACE_OF_VILLAGE.test(s.slice(0, name.start)))) &&
      townThenWon == null;
    if (!m || placedBefore || isPlace(name, names[i - 1], s)) {
      return;
    }
    // "Pemerintah Kabupaten X melalui Dinas Tenaga Kerja memperoleh …": the agency is the way
    // its government won, not a winner of its own
    if (GOVERNMENT_AGENCY.test(name.text) && /\bmelalui\s+$/i.test(s.slice(0, name.start))) {
      return;
    }
    // "Kota A, juara 2 Kota B": a rank after a comma leads the next name; "Kabupaten C melalui
    // PT D meraih": the company wins, the regency is its home
    if (NEXT_LEADS.test(after.slice(skip)) || THROUGH_ORG.test(m[0])) {
      return;
    }
    const clauseStart = Math.max(s.lastIndexOf(',', name.start), s.lastIndexOf(';', name.start), 0);
    const clause = s.slice(clauseStart, name.end + skip + m[0].length);
    // "Tidak ada pemerintah daerah X yang meraih …": no one won
    // ("mengungguli Kotim di posisi kedua": a rival beaten to a place it still won)
    const placed = PLACED_AFTER.test(after)
      ? clause.replace(/\b(?:mengungguli|mengalahkan|menyisihkan)\b/gi, '')
      : clause;
    if (NOT_A_WIN.test(placed) || /\b(?:tidak|tak|belum)\s+ada\b/i.test(clause)) {
      return;
    }
    const verbEnd = name.end + skip + m[0].length;
    // "… menerima sertifikat nominasi": a nominee's certificate is no win ("hanya tercatat sebagai
    // salah satu nominasi": nor a place among the nominees)
    if (CERTIFICATE_NEXT.test(s.slice(verbEnd)) || NOMINEE_NEXT.test(s.slice(verbEnd))) {
      return;
    }
    describedUntil = name.end + skip;
    // "Penghargaan ini … bagi X setelah sebelumnya meraihnya": the award may come first
    // ("Setelah itu Kota A dan Kabupaten B menyusul.": the places after a winner need no object)
    if (
      !WON_WHAT.test(s.slice(verbEnd - 12)) &&
      !/paritrana|penghargaan|award/i.test(s.slice(0, name.start)) &&
      !/menyusul$/i.test(m[0])
    ) {
      return;
    }
    const end = windowEnd(s, verbEnd, names);
    // a rank inside the phrase skipped ("X, yang tahun lalu meraih juara 2, kini …") is not X's now
    const rank = rankIn(s, name.end + skip, end);
    if (!name.marked && name.text.split(' ').length < 2 && !rank) {
      return;
    }
    // "Kota Balikpapan, yang sebelumnya juara I tingkat provinsi, meraih peringkat kedua
    // nasional": the place the name's own aside tells and the win the clause after it tells are
    // two results, each read in its own part (its level too)
    const aside = OWN_ASIDE.exec(after)?.[0];
    const asideEnd = aside ? name.end + aside.length : -1;
    if (aside && rank && rank.start < asideEnd && PLACE_WON.test(aside)) {
      const mainRank = WON_AFTER_ASIDE.test(s.slice(asideEnd)) ? rankIn(s, asideEnd, end) : null;
      if (mainRank) {
        out.push({ name, rank, place, scope: { start: name.end + 1, end: asideEnd } });
        out.push({ name, rank: mainRank, place, scope: { start: asideEnd, end } });
        return;
      }
    }
    // "X meraih juara 1 kategori A dan juara 2 kategori B", "juara 3 pada 2022 dan juara 2 pada
    // 2023": one award per category or year
    const found = findRanks(s.slice(name.end, end));
    // ("X meraih juara I Paritrana Award 2022 dan juara I Paritrana Award 2023": each rank names
    // its own edition, when two or more do and their years differ)
    const editionOf = (r: { end: number }) =>
      AWARD_YEAR_NEXT.exec(s.slice(name.end + r.end))?.[1] ?? null;
    const editions = found.map(editionOf);
    const named = editions.filter((y) => y != null);
    const ownEditions = named.length >= 2 && new Set(named).size >= 2;
    // ("Kulon Progo menempati juara I, sedangkan pada 2024 harus puas di posisi kedua": a later
    // clause dates its own rank before it)
    const datedBefore =
      found.length >= 2 &&
      found
        .slice(1)
        .every((r, k) =>
          YEAR_BEFORE_RANK.test(s.slice(name.end + (found[k]?.end ?? 0), name.end + r.start)),
        );
    const perCategory =
      found.some((r) => OWN_YEAR.test(s.slice(name.end + r.end))) || datedBefore
        ? found
        : ownEditions
          ? found.filter((_, k) => editions[k] != null)
          : found.filter((r) => OWN_SCOPE.test(s.slice(name.end + r.end)));
    if (perCategory.length > 1 && !RESPECTIVELY.test(m[0])) {
      // (a clause dated before its rank starts where its year is said)
      const startOf = (k: number): number => {
        const r = perCategory[k];
        if (!r || k === 0 || !datedBefore) {
          return name.end + (r?.start ?? 0);
        }
        const gapFrom = name.end + (perCategory[k - 1]?.end ?? 0);
        const gap = YEAR_BEFORE_RANK.exec(s.slice(gapFrom, name.end + r.start));
        return gap ? gapFrom + gap.index : name.end + r.start;
      };
      perCategory.forEach((r, k) => {
        const from = startOf(k);
        const to = k + 1 < perCategory.length ? startOf(k + 1) : end;
        out.push({
          name,
          rank: { ...r, start: name.end + r.start, end: name.end + r.end },
          place,
          scope: { start: from, end: to },
        });
      });
      return;
    }
    const group = [...coordinated(names, i, s), name];
    // "A, B dan C masing-masing meraih juara I, II dan III": ranks in order
    // (the verb may end in the rank's head: "masing-masing di posisi dua dan tiga")
    // (or with no word for it, when the series follows the verb: "Dua hotel, A dan B, menjadi
    // terbaik pertama dan kedua", "Desa C dan Desa D meraih yang kedua dan ketiga")
    // ("A dan B sama-sama membawa pulang penghargaan kategori desa, masing-masing sebagai juara
    // I dan II": the word may stand later, before the series)
    // (read only for a group, or after "masing-masing": most subjects stand alone)
    const series =
      group.length >= 2 || RESPECTIVELY.test(m[0]) ? rankSeries(s.slice(name.end + skip)) : null;
    const inOrder =
      series != null &&
      (RESPECTIVELY.test(m[0]) ||
        (series.index >= 0 &&
          (series.index <= m[0].length + 2 ||
            series.ranks.length === group.length ||
            RESPECTIVELY.test(s.slice(name.end + skip, name.end + skip + series.index)))));
    const ranks = inOrder && series ? series.ranks : [];
    // "… meraih juara III Paritrana Award 2025, sama dengan capaian pada Paritrana Award 2024":
    // the same place won at the edition named after it, an award of its own
    const again = group.length === 1 && rank ? SAME_AGAIN.exec(s.slice(rank.end, end)) : null;
    const againAt = again && rank ? rank.end + again.index + again[0].search(/\S/) : null;
    group.forEach((n, k) => {
      const r = rank && ranks.length === group.length ? { ...rank, rank: ranks[k] ?? null } : rank;
      out.push({
        name: n,
        rank: r,
        place: n === name ? place : null,
        // (read, like each of several results, from its rank on)
        scope:
          againAt != null && rank ? { start: rank.start, end: againAt } : { start: n.start, end },
      });
    });
    if (again && rank && againAt != null) {
      out.push({
        name,
        rank: { ...rank, start: againAt, end: againAt },
        place,
        scope: { start: againAt, end: rank.end + again.index + again[0].length },
      });
    }
  });
  return out;
}

// the win verb after a name's own aside ("X, yang sebelumnya juara I …, kini meraih …")
const WON_AFTER_ASIDE = new RegExp(
  `^\\s*(?:(?:kini|lalu|kemudian|akhirnya|justru|juga|berhasil|sukses)\\s+)*(?:${WIN_VERB})`,
  'i',
);

// the same place won again at another edition ("sama dengan capaian pada 2024", "seperti yang
// diraih pada 2023", "prestasi serupa pernah diraih pada 2023")
const SAME_AGAIN =
  /[,;]\s*(?:sama\s+(?:dengan|seperti)\s+(?:capaian|raihan|prestasi)(?:nya)?|seperti\s+yang\s+(?:diraih|diraihnya|dicapai)|prestasi\s+serupa\s+(?:juga\s+)?(?:pernah\s+)?(?:diraih|dicapai))\s+(?:pada\s+)?(?:(?:ajang\s+)?Paritrana(?:\s+Awards?)?\s+)?(?:tahun\s+)?20[12]\d\b/i;
