import { describe, expect, it } from 'vitest';
import { splitApposedStageNote, splitBracketedStageNotes, splitStageNote } from './stage-note.ts';

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
    const t = 'Terbaik I: PT Sinar Jaya (Kantor Pusat, juara I provinsi).';
    expect(splitBracketedStageNotes(t)).toBe(t);
  });

  it('reads a note that names the province first ("Jawa Tengah, juara I provinsi")', () => {
    expect(
      splitBracketedStageNotes('Terbaik II: CV Gerabah Kasongan (Bali, juara I provinsi)'),
    ).toBe(
      'Terbaik II: CV Gerabah Kasongan tingkat nasional; CV Gerabah Kasongan juara I tingkat Bali',
    );
  });
});

describe("splitApposedStageNote: a winner's provincial place set off after its name (written for this test)", () => {
  it('writes the place and the note as two statements, the sentence the national one', () => {
    expect(
      splitApposedStageNote('Terbaik II diraih Kota Pariaman, juara I tingkat Sumatera Barat.'),
    ).toBe(
      'Terbaik II diraih Kota Pariaman tingkat nasional; Kota Pariaman juara I tingkat Sumatera Barat.',
    );
  });

  it("gives a village's note to the village, not the regency that places it", () => {
    expect(
      splitApposedStageNote(
        'Terbaik III diraih Desa Pujon Kidul, Kabupaten Malang, juara I tingkat Jawa Timur.',
      ),
    ).toBe(
      'Terbaik III diraih Desa Pujon Kidul, Kabupaten Malang tingkat nasional; Desa Pujon Kidul juara I tingkat Jawa Timur.',
    );
  });

  it('leaves a note with no place before the name, or no province, as written', () => {
    const alone = 'Kota Pariaman, juara I tingkat Sumatera Barat.';
    expect(splitApposedStageNote(alone)).toBe(alone);
    const notProvince = 'Terbaik II diraih Kota Pariaman, juara I tingkat nasional.';
    expect(splitApposedStageNote(notProvince)).toBe(notProvince);
  });
});
