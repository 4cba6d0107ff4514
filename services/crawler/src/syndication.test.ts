import { describe, expect, it } from 'vitest';
import { createLocalKeyLock } from './key-lock.ts';
import { createMemorySyndicationStore, createSyndicationIndex } from './syndication.ts';

const lead = (place: string, date: string, verb = 'berhasil meraih') =>
  `Pemerintah ${place} ${verb} juara ketiga penghargaan perlindungan pekerja tingkat provinsi. Penghargaan diserahkan gubernur di balai kota pada ${date}.`;
const tail = [
  'Bupati menyebut capaian ini hasil kerja camat, lurah, dan kepala desa yang mendata pekerja rentan.',
  'Iuran nelayan dan buruh harian ditanggung anggaran daerah sejak awal tahun.',
  'Kantor cabang jaminan sosial setempat berharap daerah lain menyusul langkah tersebut.',
  'Acara dihadiri unsur forum koordinasi pimpinan daerah dan pelaku usaha.',
];
const original = [lead('Kabupaten Sungai Jernih', 'Kamis (4/9/2025)'), ...tail].join('\n\n');
const copyA = [
  `SUNGAI JERNIH, Suara Pesisir - ${lead('Kabupaten Sungai Jernih', 'Kamis (4/9/2025)', 'sukses meraih')}`,
  ...tail.slice(0, 2),
  'Baca juga: Pasar ikan baru dibuka pekan depan',
].join('\n\n');
const copyB = [lead('Kabupaten Sungai Jernih', 'Kamis (4/9/2025)', 'sukses meraih'), tail[0]].join(
  '\n\n',
);
const sameTemplate = [lead('Kota Teluk Biru', 'Kamis (4/9/2025)'), ...tail].join('\n\n');
const sameTemplateOtherDay = [lead('Kabupaten Sungai Jernih', 'Jumat (5/9/2025)'), ...tail].join(
  '\n\n',
);

const newIndex = () => createSyndicationIndex(createMemorySyndicationStore(), createLocalKeyLock());

describe('createSyndicationIndex', () => {
  it.each([
    ['original first', [original, copyA, copyB]],
    ['copies first', [copyB, copyA, original]],
  ])('puts an original and its two edited copies in one cluster (%s)', async (_n, texts) => {
    const index = newIndex();
    const clusters = [];
    for (const [i, text] of texts.entries()) {
      clusters.push((await index.assign(`artikel-${i}`, text)).clusterId);
    }
    expect(new Set(clusters).size).toBe(1);
    expect(clusters[0]).toBe('artikel-0');
  });

  it('keeps stories from the same template apart', async () => {
    const index = newIndex();
    const a = await index.assign('asli', original);
    const b = await index.assign('lain-kota', sameTemplate);
    const c = await index.assign('lain-hari', sameTemplateOtherDay);
    expect(new Set([a.clusterId, b.clusterId, c.clusterId]).size).toBe(3);
  });

  it('joins copies assigned at the same moment into one cluster', async () => {
    const index = newIndex();
    const results = await Promise.all(
      [original, copyA, copyB, sameTemplate].map((text, i) => index.assign(`serentak-${i}`, text)),
    );
    const clusters = results.map((r) => r.clusterId);
    expect(new Set(clusters.slice(0, 3)).size).toBe(1);
    expect(clusters[3]).not.toBe(clusters[0]);
  });

  it('gives a retried article the cluster it had', async () => {
    const index = newIndex();
    await index.assign('pertama', original);
    const first = await index.assign('kedua', copyA);
    expect(await index.assign('kedua', copyA)).toEqual(first);
  });
});
