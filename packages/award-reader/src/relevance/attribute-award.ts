import { findBareRegion } from '../gazetteer/resolve-name.ts';
import { AwardAnaphora, OtherAwardNames, ParitranaNames } from './award-names.ts';
import { phraseRegex } from './phrase-regex.ts';
import type { Sentence } from './split-sentences.ts';

/** Which award a sentence is about. */
export const AwardRef = { Paritrana: 'paritrana', Other: 'other', None: 'none' } as const;
export type AwardRef = (typeof AwardRef)[keyof typeof AwardRef];

/** How far (sentences) an award named earlier, or later, still explains an unnamed sentence. */
export const Carry = { back: 3, ahead: 2 } as const;
/** The same, in a story about Paritrana alone: named in the lead (or named late, pointing back at
 * the award the story told of), no other award named. */
export const FocusedCarry = { back: 7, ahead: 4 } as const;

const paritrana = phraseRegex(ParitranaNames);
const other = phraseRegex(OtherAwardNames);
const anaphora = phraseRegex(AwardAnaphora);

// "berbeda dari Paritrana Award", "penerima Paritrana Award, namun kali ini penilaiannya berbeda",
// "Di luar Paritrana, Jatim tahun ini menerima UHC Award": Paritrana named only to set another
// award apart from it
const CONTRAST =
  /berbeda (?:dari|dengan) (?:ajang |penghargaan )?(?:paritrana|jaminan sosial)|paritrana[^.]*\bnamun\b[^.]*\bberbeda\b|\b(?:di luar|selain) (?:ajang |penghargaan )?paritrana\b(?:\s+award)?(?:\s+20\d\d)?\s*,/;

// "BPJS Ketenagakerjaan bersama Pemprov X memberikan penghargaan kepada …", "Pemerintah Provinsi
// X bersama BPJS Ketenagakerjaan menyerahkan penghargaan …": an award the agency gives with a
// provincial government, a governor, Kemenko PMK or the Vice President is this one, whatever the
// article calls it ("award jamsostek", "Trofi diserahkan Gubernur … didampingi … BPJS
// Ketenagakerjaan"; a branch office's own compliance award has no such giver)
const GIVEN_JOINTLY =
  /^(?=.*\b(?:penghargaan|anugerah|award|trofi)\b)(?=.*\b(?:bpjs\s+ketenagakerjaan|bpjamsostek|bp\s+jamsostek)\b)(?=.*\b(?:pemprov|pemerintah\s+provinsi|gubernur|kemenko\s+pmk|menko\s+pmk|menteri\s+koordinator\s+bidang\s+pembangunan\s+manusia|wakil\s+presiden|wapres)\b)/;

// the health insurer's side of social security
const HEALTH = /\bbpjs\s+kesehatan\b|\bjaminan\s+kesehatan\b|\bbidang\s+kesehatan\b|\bjkn\b/;

const QUOTED_OTHER = /\b(?:penghargaan|anugerah)\s+["“'‘][^"”'’]{3,60}["”'’]/;

/** The award each sentence names itself, or null. */
export function namedAward(lower: string): AwardRef | null {
  // "Futsal Paritrana Cup": an event named after the award; "Sanggar Tari Paritrana", "nama
  // Paritrana": a group or a word that bears the name
  if (
    /paritrana\s+(?:cup|run|fun\s*run|futsal|league|expo|festival|fest)\b/.test(lower) ||
    (/\b(?:sanggar|grup|group|band|kelompok\s+tani|klub|nama)\s+(?:\S+\s+)?paritrana\b/.test(
      lower,
    ) &&
      !/paritrana\s+award/.test(lower))
  ) {
    return AwardRef.Other;
  }
  // 'memberikan penghargaan "Mitra Tertib Jamsostek 2025"': an award named in quotes, not this one
  if (QUOTED_OTHER.test(lower) && !/paritrana/.test(lower)) {
    return AwardRef.Other;
  }
  if (paritrana.test(lower)) {
    // "penghargaan jaminan sosial … dari BPJS Kesehatan": the generic name of another award
    const generic = !/paritrana/.test(lower);
    return CONTRAST.test(lower) || (generic && (other.test(lower) || HEALTH.test(lower)))
      ? AwardRef.Other
      : AwardRef.Paritrana;
  }
  if (other.test(lower)) {
    return AwardRef.Other;
  }
  return GIVEN_JOINTLY.test(lower) ? AwardRef.Paritrana : null;
}

// "Paritrana Wicaksono, siswa SMA …", "Paritrana FC juara 1 turnamen futsal": the word as a
// person's or a team's name (the award is written "Paritrana Award", "Anugerah Paritrana",
// "penghargaan Paritrana", or misspelt "Paritrana Awad"; a place may follow it: "Paritrana Sulsel")
const AWARD_WRITTEN =
  /paritrana[\s-]+aw[a-z]*\b|\b(?:penghargaan|anugerah|ajang|trofi|piala)\s+paritrana\b/i;
const NAME_AFTER = /\bParitrana\s+(\p{Lu}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*){0,2})/gu;
const AWARD_COMPANIONS =
  /^(?:Aw[a-z]*|Tingkat|Provinsi|Kabupaten|Kota|Nasional|Jamsostek|BPJS|Tahun|Edisi|Kategori)$/;

/** Whether the article's "Paritrana" is only ever a person's or a team's name. */
export function onlyBearsTheName(sentences: readonly Sentence[]): boolean {
  const text = sentences.map((s) => s.text).join('\n');
  if (AWARD_WRITTEN.test(text)) {
    return false;
  }
  return [...text.matchAll(NAME_AFTER)].some((m) => {
    const words = (m[1] ?? '').split(/\s+/);
    return (
      !AWARD_COMPANIONS.test(words[0] ?? '') &&
      !words.some((_, k) => findBareRegion(words.slice(0, k + 1).join(' ')) != null)
    );
  });
}

// "Ajang itu adalah Paritrana Award …", "Penghargaan ini merupakan rangkaian Paritrana Award …",
// "menyebut piagam tersebut sebagai 'piagam Paritrana'": the award the story told of, named late
// (not "hari ini", "tahun ini": a time); and a credit for it, "Selamat untuk Pemkot X atas
// Paritrana Award 2024", which thanks a winner for the win the story told
const NAMES_BACK =
  /\b(?:penghargaan|anugerah|ajang|piagam|piala|trofi|award)\b(?:\s+[^\s.]+){0,6}?\s+(?<!\b(?:hari|tahun|saat|kali|bulan|pekan|minggu|masa)\s+)(?:ini|itu|tersebut)\b|\batas\s+(?:(?:raihan|capaian|diraihnya|keberhasilan|prestasi|penghargaan|anugerah|gelar|trofi|meraih|pada)\s+){0,3}paritrana/;

/** Gives each sentence the award it names, else the nearest award named around it. */
export function attributeAwards(sentences: readonly Sentence[]): AwardRef[] {
  const bearer = onlyBearsTheName(sentences);
  const named = sentences.map((s) => {
    const award = namedAward(s.lower);
    return bearer && award === AwardRef.Paritrana && /paritrana/.test(s.lower)
      ? AwardRef.Other
      : award;
  });
  const alone = !named.includes(AwardRef.Other);
  const lead = alone && sentences.some((s, i) => s.lead && named[i] === AwardRef.Paritrana);
  // (a late name reaches back over the whole story it closes: each sentence before it looks
  // ahead to it)
  const late =
    alone && sentences.some((s, i) => NAMES_BACK.test(s.lower) && named[i] === AwardRef.Paritrana);
  const carry = late ? { ...FocusedCarry, ahead: sentences.length } : lead ? FocusedCarry : Carry;
  return sentences.map((_, i) => named[i] ?? carried(sentences, named, i, carry) ?? AwardRef.None);
}

function carried(
  sentences: readonly Sentence[],
  named: (AwardRef | null)[],
  i: number,
  carry: { back: number; ahead: number },
) {
  // Walking back, a sentence that points at "penghargaan tersebut" keeps the chain alive for free.
  let budget = carry.back;
  for (let j = i - 1; j >= 0 && budget > 0; j -= 1) {
    if (named[j]) {
      return named[j];
    }
    if (!anaphora.test(sentences[j]?.lower ?? '')) {
      budget -= 1;
    }
  }
  for (let j = i + 1; j <= i + carry.ahead && j < sentences.length; j += 1) {
    if (named[j]) {
      return named[j];
    }
  }
  return null;
}
