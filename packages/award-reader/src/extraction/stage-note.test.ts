import { describe, expect, it } from 'vitest';
import { splitBracketedStageNotes, splitStageNote } from './stage-note.ts';

describe("splitStageNote: a national line's note of its provincial stage (written for this test)", () => {
  it('writes the line and its note as two statements', () => {
    expect(
      splitStageNote('Kabupaten Jember (Terbaik II nasional) — juara I tingkat Jawa Timur'),
    ).toBe('Kabupaten Jember (Terbaik II nasional); Kabupaten Jember juara I tingkat Jawa Timur');
    expect(
      splitStageNote(
        'PT Sawit Lestari Abadi (Terbaik I) – sebelumnya juara II tingkat Provinsi Riau.',
      ),
    ).toBe(
      'PT Sawit Lestari Abadi (Terbaik I) tingkat nasional; PT Sawit Lestari Abadi juara II tingkat Provinsi Riau',
    );
  });

  it('leaves a line whose note is its only place, a note of no province, and two names as written', () => {
    const only = 'PT Sawit Lestari Abadi (Pekanbaru) — juara I tingkat Riau';
    expect(splitStageNote(only)).toBe(only);
    const town = 'Kabupaten Jember (Terbaik II) — juara I tingkat kecamatan';
    expect(splitStageNote(town)).toBe(town);
    const two = 'Kabupaten Jember dan Kota Batu (Terbaik II) — juara I tingkat Jawa Timur';
    expect(splitStageNote(two)).toBe(two);
  });
});

describe("splitBracketedStageNotes: a winner's provincial place in brackets (written for this test)", () => {
  it('takes the notes out and writes each after the sentence, the other place the national one', () => {
    expect(
      splitBracketedStageNotes(
        'Terbaik I Kabupaten Sleman (juara I DIY), Terbaik II Kota Batu (juara II tingkat Jawa Timur).',
      ),
    ).toBe(
      'Terbaik I Kabupaten Sleman tingkat nasional, Terbaik II Kota Batu tingkat nasional; Kabupaten Sleman juara I tingkat DIY; Kota Batu juara II tingkat Jawa Timur',
    );
    expect(
      splitBracketedStageNotes(
        'Terbaik I nasional diraih Desa Pagerharjo, Kabupaten Kulon Progo (juara I tingkat DIY).',
      ),
    ).toBe(
      'Terbaik I nasional diraih Desa Pagerharjo, Kabupaten Kulon Progo; Desa Pagerharjo juara I tingkat DIY',
    );
  });

  it("leaves a bracket that is no province's place as written", () => {
    const s = 'Terbaik I diraih PT Sinar Jaya (juara I kategori besar).';
    expect(splitBracketedStageNotes(s)).toBe(s);
  });
});
