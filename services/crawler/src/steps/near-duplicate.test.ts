import { describe, expect, it } from 'vitest';
import { readFixture } from '../../../../test/support/news-server.ts';
import {
  NearDuplicateThreshold,
  hammingDistance,
  isNearDuplicate,
  nearestDuplicate,
  simhash,
} from './near-duplicate.ts';

const release = (await readFixture('texts/siaran-pers.txt')).toString('utf8');
const other = (await readFixture('texts/berita-lain.txt')).toString('utf8');

// what outlets do to one press release before publishing it
const copies: Record<string, string> = {
  dateline: `LEMBAH HIJAU, Kabar Daerah - ${release}`,
  typos: release.replace('ketenagakerjaan', 'ketenagakerjan').replace('kembali', 'kembal'),
  addedSentence: release.replace(
    'Senin pagi.',
    'Senin pagi. Acara berlangsung meriah dan khidmat.',
  ),
  footer: `${release}\n\nIkuti berita terbaru kami di media sosial.`,
  reflowed: release.replace(/\n\n/g, ' ').toUpperCase(),
};

describe('simhash', () => {
  it('makes a stable 64-bit fingerprint as 16 hex digits', () => {
    expect(simhash(release)).toMatch(/^[0-9a-f]{16}$/);
    expect(simhash(release)).toBe(simhash(release));
    expect(simhash('')).toBe('0000000000000000');
  });

  it.each(Object.keys(copies))('keeps a copy with a %s within the threshold', (name) => {
    const distance = hammingDistance(simhash(release), simhash(copies[name] as string));
    expect(distance).toBeLessThanOrEqual(NearDuplicateThreshold);
  });

  it('keeps a different story about the same award outside the threshold', () => {
    expect(isNearDuplicate(simhash(release), simhash(other))).toBe(false);
    expect(hammingDistance(simhash(release), simhash(other))).toBeGreaterThan(
      NearDuplicateThreshold + 4,
    );
  });
});

describe('hammingDistance and nearestDuplicate', () => {
  it('counts differing bits', () => {
    expect(hammingDistance('0000000000000000', 'ffffffffffffffff')).toBe(64);
    expect(hammingDistance('00000000000000f0', '0000000000000010')).toBe(3);
  });

  it('finds the closest earlier copy and ignores unrelated stories', () => {
    const stored = [
      { id: 'lain', fingerprint: simhash(other) },
      { id: 'asli', fingerprint: simhash(release) },
    ];
    expect(nearestDuplicate(simhash(copies.dateline as string), stored)?.candidate.id).toBe('asli');
    expect(nearestDuplicate(simhash('Harga cabai naik di pasar induk kota.'), stored)).toBeNull();
  });
});
