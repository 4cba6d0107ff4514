import { describe, expect, it } from 'vitest';
import { splitStageNote } from './stage-note.ts';

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
