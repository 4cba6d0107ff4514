import { describe, expect, it } from 'vitest';
import type { AwardMention } from '../types.ts';
import { withoutCorrectedClaims } from './corrections.ts';

// (written for these tests)
const award = (winner: string, rank: number | null, text: string, start: number): AwardMention => ({
  winner,
  winnerCanonical: winner,
  aliases: [],
  winnerType: 'kabupaten',
  regionCode: null,
  regionParent: null,
  level: 'provinsi',
  province: 'Jawa Tengah',
  category: null,
  rank,
  rankLabel: null,
  editionYear: 2025,
  ceremonyDate: null,
  historical: false,
  evidence: { text, start, end: start + text.length },
  presenter: null,
  recipient: null,
  confidence: 1,
});

describe('withoutCorrectedClaims', () => {
  const first = 'Tono: kab demak juara 1 paritrana jateng';
  const fix = 'Sari: eh bukan mas, yg juara 1 kab kudus, demak juara 2';
  const text = `${first}\n${fix}`;
  const at = first.length + 1;

  it('takes back a claim a later message corrects: its winner placed again, its place given to another', () => {
    const claims = [
      award('Kabupaten Demak', 1, first, 0),
      award('Kabupaten Kudus', 1, fix, at),
      award('Kabupaten Demak', 2, fix, at),
    ];
    expect(withoutCorrectedClaims(claims, text).map((a) => [a.winner, a.rank])).toEqual([
      ['Kabupaten Kudus', 1],
      ['Kabupaten Demak', 2],
    ]);
  });

  it("takes back the claim an outlet's note repeats, and keeps a text with no correction", () => {
    const story = 'Juara pertama diraih PT Sinar Baru.';
    const note = '*Ralat: pada versi sebelumnya tertulis PT Sinar Baru meraih juara kedua.';
    const claims = [
      award('Sinar Baru', 1, story, 0),
      award('Sinar Baru', 2, note, story.length + 1),
    ];
    expect(withoutCorrectedClaims(claims, `${story}\n${note}`).map((a) => a.rank)).toEqual([1]);
    const plain = [award('Kabupaten Demak', 1, first, 0), award('Kabupaten Demak', 2, first, 0)];
    expect(withoutCorrectedClaims(plain, first)).toHaveLength(2);
  });

  it('takes nothing back for a story that tells of a mistake, nor for a correction without a place', () => {
    const story = 'Sebuah salah ketik admin membuat warga bersorak: "kab demak juara 1".';
    const claims = [award('Kabupaten Demak', 1, story, 0), award('Kabupaten Kudus', 1, story, 0)];
    expect(withoutCorrectedClaims(claims, story)).toHaveLength(2);
    const noPlace = [
      award('Kabupaten Demak', 1, first, 0),
      award('Kabupaten Demak', null, fix, at),
    ];
    expect(withoutCorrectedClaims(noPlace, text)).toHaveLength(2);
  });
});

describe("withoutCorrectedClaims: an outlet's note in other words (written for this test)", () => {
  it('takes back "Dalam versi sebelumnya artikel ini, tertulis …" and "redaksi menulis …"', () => {
    const story = 'Juara pertama diraih Kabupaten Blora.';
    const note =
      'Ralat: Dalam versi sebelumnya artikel ini, tertulis Kabupaten Rembang meraih juara pertama.';
    const claims = [
      award('Kabupaten Blora', 1, story, 0),
      award('Kabupaten Rembang', 1, note, story.length + 1),
    ];
    expect(withoutCorrectedClaims(claims, `${story}\n${note}`).map((a) => a.winner)).toEqual([
      'Kabupaten Blora',
    ]);
    const wrote =
      'Ralat. Dalam berita kemarin, redaksi menulis Kabupaten Rembang menerima penghargaan itu.';
    const again = [
      award('Kabupaten Blora', 1, story, 0),
      award('Kabupaten Rembang', null, wrote, story.length + 1),
    ];
    expect(withoutCorrectedClaims(again, `${story}\n${wrote}`).map((a) => a.winner)).toEqual([
      'Kabupaten Blora',
    ]);
  });
});
