import { findBareRegion } from '../gazetteer/find-region.ts';
import { orgMarker } from '../gazetteer/resolve-org.ts';
import { eitherFirstCase } from './word-lists.ts';

// Nouns that introduce a small business by its trade: "usaha bawang goreng X", "produsen kerupuk Y".
const TRADE = [
  'usaha',
  'produsen',
  'perajin',
  'pengrajin',
  'pembuat',
  'penjual',
  'toko',
  'kedai',
  'warung',
  'gerai',
  'katering',
  'rumah makan',
  'industri rumahan',
]
  .map(eitherFirstCase)
  .join('|');
// Size and sector words: "badan usaha besar", "usaha kecil dan mikro" name categories, not trades
const NOT_A_TRADE = new Set(
  'besar menengah kecil mikro sektor jasa skala dan serta atau yang di dari asal milik penerima peraih pemenang juara terbaik peserta nominasi'.split(
    ' ',
  ),
);
// "usaha kuliner di Kecamatan X": a place, whatever its name
const PLACE_WORD =
  /^(?:Kecamatan|Kec\.|Kelurahan|Desa|Kabupaten|Kab\.|Kota|Provinsi|Jalan|Jl\.|Pasar)$/;
const DESCRIBED = new RegExp(
  `(?<![\\p{L}])(?<!(?:[Bb]adan|[Pp]elaku|[Kk]ategori|[Ss]ektor|[Pp]ara)\\s)(?:${TRADE})((?:\\s+[a-z][a-z-]*){1,3})\\s+(?=\\p{Lu})`,
  'gu',
);

// "perusahaan ekspedisi Kirim Cepat 46": a company named after its trade
const COMPANY = new RegExp(
  `(?<![\\p{L}])(?<!(?:[Bb]adan|[Kk]ategori|[Ss]ektor|[Pp]ara)\\s)[Pp]erusahaan((?:\\s+[a-z][a-z-]*){1,3})\\s+(?=\\p{Lu})`,
  'gu',
);

/**
 * Writes a small business named after its trade as a marked name: "usaha bawang goreng Kaili
 * Rasa dari Palu" → "UMKM Kaili Rasa dari Palu", so it reads like "UMKM Kaili Rasa"; a company
 * so named ("perusahaan ekspedisi Kirim Cepat 46") reads like "PT Kirim Cepat 46".
 */
export function markSmallBusinesses(text: string): string {
  return markAs(markAs(text, DESCRIBED, 'UMKM '), COMPANY, 'PT ');
}

function markAs(text: string, described: RegExp, marker: string): string {
  return text.replace(described, (whole: string, trade: string, at: number) => {
    const words = trade.trim().split(/\s+/);
    const next = text.slice(at + whole.length).split(/\s+/);
    // "PT X" names itself; "toko oleh-oleh Bandung" is a shop in a place, not a shop's name
    if (
      words.some((w) => NOT_A_TRADE.has(w)) ||
      orgMarker(next.slice(0, 3).join(' ')) ||
      PLACE_WORD.test(next[0] ?? '') ||
      // "produsen pupuk NPK yang …": a product's short name, not the business's
      (/^\p{Lu}{2,4}$/u.test(next[0] ?? '') && /^\p{Ll}/u.test(next[1] ?? '')) ||
      // ("Perusahaan meraih Juara I …": a rank, not the company's name)
      /^(?:Paritrana|Award|Anugerah|Penghargaan|BPJS|Juara|Terbaik|Peringkat|Harapan|Kategori)/.test(
        next[0] ?? '',
      ) ||
      findBareRegion((next[0] ?? '').replace(/[^\p{L}]+$/u, '')) ||
      findBareRegion(
        next
          .slice(0, 2)
          .join(' ')
          .replace(/[^\p{L}]+$/u, ''),
      )
    ) {
      return whole;
    }
    return marker;
  });
}
