import { describe, expect, it } from 'vitest';
import { readFixture } from '../../../../test/support/news-server.ts';
import {
  NearDuplicateThreshold,
  hammingDistance,
  isNearDuplicate,
  nearestDuplicate,
  sameStory,
  simhash,
  sketchBands,
  storyBody,
  storySketch,
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

// a release written from a template, as regional governments send them, and what outlets make of it
const rilis = (place: string, rank: string, date: string) =>
  [
    `Pemerintah ${place} berhasil meraih ${rank} dalam ajang penghargaan perlindungan pekerja tingkat provinsi. Piagam diserahkan kepada wakil bupati dalam upacara di pendopo gubernur pada ${date}.`,
    'Capaian ini disebut sebagai buah kerja seluruh perangkat daerah yang mendorong warga mendaftar sebagai peserta jaminan sosial.',
    'Pemerintah daerah menanggung iuran bagi nelayan, buruh tani, dan pedagang kecil melalui anggaran tahun berjalan.',
    'Ke depan, desa-desa diminta menyisihkan dana untuk melindungi perangkat desa dan kader posyandu.',
    'Acara ditutup dengan ramah tamah bersama para kepala daerah dan pimpinan instansi vertikal.',
  ].join('\n\n');
const asli = rilis('Kabupaten Lembah Hijau', 'juara kedua', 'Selasa (12/8/2025)');
const editedCopies: Record<string, string> = {
  'changed verb and a shorter tail': asli
    .replace('berhasil meraih', 'sukses menyabet')
    .split('\n\n')
    .slice(0, 3)
    .join('\n\n'),
  'dateline and its own boilerplate': `LEMBAH HIJAU, Warta Kita - ${asli.replace(
    '\n\nPemerintah daerah',
    '\n\nBaca juga: Jalan desa di Lembah Hijau mulus kembali\n\nPemerintah daerah',
  )}\n\nEditor: Rina Wulandari\nIkuti kami di media sosial`,
  'a typo and an added sentence': asli
    .replace('perangkat daerah', 'perangkat dearah')
    .replace('pendopo gubernur', 'pendopo gubernur yang dipadati undangan'),
  'all capitals': asli.toUpperCase(),
  'an opening sentence of its own': `Kabar gembira datang dari pesisir selatan. ${asli}`,
};

describe('storySketch and sameStory', () => {
  it('strips a dateline and the lines an outlet adds', () => {
    const body = storyBody(editedCopies['dateline and its own boilerplate'] as string);
    expect(body.startsWith('Pemerintah Kabupaten Lembah Hijau')).toBe(true);
    expect(body).not.toMatch(/Baca juga|Editor|Ikuti/);
  });

  it.each(Object.keys(editedCopies))('takes a copy with a %s for the same story', (name) => {
    const a = storySketch(asli);
    const b = storySketch(editedCopies[name] as string);
    expect(sameStory(a, b)).not.toBeNull();
    // and LSH finds it: the two share a band
    const shared = sketchBands(a.sig).filter((band) => sketchBands(b.sig).includes(band));
    expect(shared.length).toBeGreaterThan(0);
  });

  it.each([
    ['another regency', rilis('Kota Batu Putih', 'juara kedua', 'Selasa (12/8/2025)')],
    ['another rank and date', rilis('Kabupaten Lembah Hijau', 'juara pertama', 'Rabu (13/8/2025)')],
    ['another date only', rilis('Kabupaten Lembah Hijau', 'juara kedua', 'Selasa (19/8/2025)')],
  ])('keeps a story from the same template about %s apart', (_name, text) => {
    expect(sameStory(storySketch(asli), storySketch(text))).toBeNull();
  });

  it('keeps a different story apart', () => {
    expect(sameStory(storySketch(release), storySketch(other))).toBeNull();
    expect(sameStory(storySketch(release), storySketch(copies.dateline as string))).not.toBeNull();
  });
});
