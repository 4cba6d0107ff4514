import { describe, expect, it } from 'vitest';
import { candidateFeatures, type CandidateView } from './candidate-features.ts';

function view(sentence: string, name: string, over: Partial<CandidateView> = {}): CandidateView {
  const start = sentence.indexOf(name);
  return {
    sentence,
    nameStart: start,
    nameEnd: start + name.length,
    source: 'span',
    bullet: null,
    rank: null,
    rankLabel: false,
    winnerType: 'kabupaten',
    regionCode: true,
    historical: false,
    header: false,
    listMode: false,
    afterCue: false,
    headline: false,
    sentenceIndex: 4,
    candidatesInSentence: 1,
    ...over,
  };
}

describe('candidateFeatures', () => {
  it('finds the win verb by its stem on either side', () => {
    const f = candidateFeatures(
      view('Kategori desa dijuarai oleh Desa Sukamaju.', 'Desa Sukamaju'),
    );
    expect(f['L:juara']).toBe(1);
    expect(f['win:Lnear']).toBe(1);
    const g = candidateFeatures(
      view('Kabupaten Sigi berhasil menyabet juara II.', 'Kabupaten Sigi'),
    );
    expect(g['R:sabet']).toBe(1);
  });

  it("says whether the name's own verb is a win or something else", () => {
    const pred = (sentence: string, name: string) =>
      Object.keys(candidateFeatures(view(sentence, name))).filter((k) => k.startsWith('pred:'));
    expect(pred('Kota Lestari menyumbang 300 peserta baru.', 'Kota Lestari')).toEqual([
      'pred:other',
    ]);
    expect(pred('Kota Lestari juga turut hadir.', 'Kota Lestari')).toEqual(['pred:other']);
    expect(pred('Kota Lestari kembali meraih penghargaan.', 'Kota Lestari')).toEqual(['pred:win']);
    expect(pred('Kota Lestari ditetapkan sebagai juara.', 'Kota Lestari')).toEqual(['pred:win']);
    expect(pred('Kota Lestari membawa pulang trofi.', 'Kota Lestari')).toEqual(['pred:win']);
    // no verb of its own: a list item
    expect(pred('Mereka adalah Kota Lestari dan Kota Jati.', 'Kota Lestari')).toEqual([]);
  });

  it('marks targets, candidacy and hosts', () => {
    const target = candidateFeatures(
      view('Kabupaten Sigi masuk 12 besar dan ditargetkan meraih juara 1.', 'Kabupaten Sigi'),
    );
    expect(target['cue:candidacy']).toBe(1);
    expect(target['cue:future']).toBe(1);
    const host = candidateFeatures(
      view('Pemprov Jambi selaku tuan rumah menyiapkan gedung.', 'Pemprov Jambi'),
    );
    expect(host['cue:host']).toBe(1);
  });

  it('gives candidates the rules did not find their own copy of each feature', () => {
    const s = 'Kota Palu meraih juara I.';
    expect(
      candidateFeatures(view(s, 'Kota Palu', { source: 'rule' }))['x:src:rule'],
    ).toBeUndefined();
    expect(
      candidateFeatures(view(s, 'Kota Palu', { source: 'slot', bullet: 'o' }))['x:bullet:glyph'],
    ).toBe(1);
  });

  it('marks a name the winner beat and another name for the one before', () => {
    const beat = 'Kota Lestari meraih juara 1 setelah mengungguli Kota Jati.';
    expect(candidateFeatures(view(beat, 'Kota Jati'))['cue:beaten']).toBe(1);
    const aka = 'Posisi ketiga ditempati PT Bank Lestari Tbk atau Bank Jati.';
    expect(candidateFeatures(view(aka, 'Bank Jati'))['cue:also-known']).toBe(1);
    expect(candidateFeatures(view(beat, 'Kota Lestari'))['cue:beaten']).toBeUndefined();
  });
});
