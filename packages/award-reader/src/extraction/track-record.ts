import { findBareRegion } from '../gazetteer/find-region.ts';
import { resolveName } from '../gazetteer/resolve-name.ts';
import { findEditionYears } from './edition-year.ts';
import { aboutOtherAward } from './find-winners.ts';
import { unplacedNames } from './name-context.ts';

// "Catatan Morowali di ajang ini terus menanjak: juara II (2022), juara II (2023), juara I (2024)
// dan kini juara I lagi", "Tercatat tiga kali meraih Paritrana Award …: juara II pada 2022, juara I
// pada 2023 dan juara I pada 2024": a run of places after a colon, each with its own year
// (a year in brackets, "juara II (2022)", is written "juara II pada 2022" before this step)
const ITEM =
  /\b(?:juara|terbaik|peringkat|posisi)\s+(?:ke-?)?[\p{L}\d]+\s+(?:pada|tahun|di\s+tahun)\s+(?:tahun\s+)?20[12]\d\b/giu;
// a place alone, opening an item ("Terbaik I kategori …, lalu Terbaik II …")
const PLACE =
  /(?<=^|[,;]\s*(?:(?:lalu|kemudian|dan|serta)\s+)?|^\s*)\b(?:juara|terbaik|peringkat)\s+(?:ke-?)?(?:[IV]{1,3}|\d|pertama|kedua|ketiga|satu|dua|tiga)\b/giu;
const MIN_ITEMS = 2;
// the award the run is of, named in the sentence or one of the two before ("… di ajang ini")
const AWARD = /\bparitrana\b|\bpenghargaan\s+(?:perlindungan\s+)?jaminan\s+sosial/i;
const AWARD_REACH = 2;
// how far back the one whose record it is may have been named
const WINNER_REACH = 3;

/** A name of someone the gazetteer or an organisation's marker knows. */
function whoIs(text: string, paren: string | null): string | null {
  const who = resolveName(text, paren);
  if (who && (who.regionCode != null || !['kabupaten', 'kota', 'provinsi'].includes(who.type))) {
    return text;
  }
  // ("Catatan Morowali": a bare region closing the words before the colon)
  const bare = /(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2})$/u.exec(text)?.[1];
  return bare && findBareRegion(bare) ? bare : null;
}

/** The last name a text holds that is someone, or null. */
export function lastWinnerIn(text: string): string | null {
  for (const n of unplacedNames(text).toReversed()) {
    const who = whoIs(n.text, n.paren);
    if (who) {
      return who;
    }
  }
  return null;
}

/**
 * Each place of a track record a colon opens written as its own win of the one whose record it
 * is: the one named before the colon, else the last one named in the three sentences before
 * ("… PT X … Tercatat tiga kali meraih …: juara II pada 2022, juara I pada 2023" → "…: PT X
 * meraih juara II pada 2022; PT X meraih juara I pada 2023"). A run that names anyone else is
 * left as written.
 */
export function spellTrackRecords(texts: string[]): string[] {
  return texts.map((text, i) => {
    const colon = text.indexOf(':');
    if (colon < 0) {
      return text;
    }
    const run = text.slice(colon + 1);
    // ("… peraih Paritrana Award 2022: Terbaik I … tingkat Provinsi Sumatera Barat, lalu Terbaik
    // II … di tingkat nasional": the edition named before the colon dates places without years)
    const dated = [...run.matchAll(ITEM)];
    const items =
      dated.length === 0 && findEditionYears(text.slice(0, colon)).length > 0
        ? [...run.matchAll(PLACE)]
        : dated;
    if (
      items.length < MIN_ITEMS ||
      !texts.slice(Math.max(0, i - AWARD_REACH), i + 1).some((t) => AWARD.test(t)) ||
      // ("Kabupaten X juara lomba desa: …": another award's record)
      aboutOtherAward(text) ||
      /\blomba\b/i.test(text) ||
      unplacedNames(run).some((n) => resolveName(n.text, n.paren)?.type !== 'provinsi')
    ) {
      return text;
    }
    const who =
      lastWinnerIn(text.slice(0, colon)) ??
      texts
        .slice(Math.max(0, i - WINNER_REACH), i)
        .toReversed()
        .map(lastWinnerIn)
        .find((w) => w != null);
    if (!who) {
      return text;
    }
    // (what stands between two places, a level or a stage, stays; the comma or "dan" parting
    // them becomes a clause's end)
    let out = text.slice(0, colon + 1);
    let at = colon + 1;
    for (const [k, m] of items.entries()) {
      const start = colon + 1 + m.index;
      const gap = text.slice(at, start);
      out += `${k === 0 ? gap : gap.replace(/,?\s*(?:(?:dan|serta|lalu|kemudian)\s+)?$/, '; ')}${who} meraih ${m[0]}`;
      at = start + m[0].length;
    }
    return `${out}${text.slice(at)}`;
  });
}
