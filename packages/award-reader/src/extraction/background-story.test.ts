import { describe, expect, it } from 'vitest';
import { isBackgroundStory } from './background-story.ts';
import { splitSentences } from './split-sentences.ts';

const launch =
  'SLEMAN - Pemkab Sleman meluncurkan program perlindungan bagi 900 pengemudi ojek, Senin (3/3/2025). ' +
  'Iuran para pengemudi selama setahun ditanggung oleh anggaran daerah. ' +
  'Bupati menyebut program ini lanjutan komitmen yang membuat Kabupaten Sleman meraih juara 1 Paritrana Award 2024.';

describe('isBackgroundStory', () => {
  it('reads a story whose headline and lead are about something else', () => {
    expect(isBackgroundStory(splitSentences(launch), 'Sleman Luncurkan Perlindungan Ojek')).toBe(
      true,
    );
  });

  it('keeps a story whose headline speaks of the award', () => {
    expect(
      isBackgroundStory(splitSentences(launch), 'Sleman Juara Paritrana Luncurkan Program'),
    ).toBe(false);
  });

  it('keeps a story that keeps speaking of the award', () => {
    const text = `${launch} Paritrana Award 2024 dinilai ketat. Paritrana Award juga menilai desa.`;
    expect(isBackgroundStory(splitSentences(text), null)).toBe(false);
  });

  it('keeps an advert whose long unpunctuated line before the prose names the prize', () => {
    const text =
      'SELAMAT DAN SUKSES Kepada Pemerintah Kota Metro atas diraihnya Juara III Paritrana Award 2025 Tingkat Provinsi Lampung\n\n' +
      'Semoga terus menjadi pelopor perlindungan pekerja rentan di seluruh kota kita tercinta.\n\n' +
      'Iklan ini dipasang oleh pihak ketiga dan redaksi tidak bertanggung jawab atas isinya.';
    expect(isBackgroundStory(splitSentences(text), null)).toBe(false);
  });

  it('keeps a story that tells of the handover', () => {
    const text = `${launch} Penghargaan itu diserahkan Gubernur di Yogyakarta pekan lalu.`;
    expect(isBackgroundStory(splitSentences(text), null)).toBe(false);
  });
});
