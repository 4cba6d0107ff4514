import { describe, expect, it } from 'vitest';
import { parseSetSource } from './set-source.ts';

const source = `# comment
### t001 | contoh.example | results
@ level=provinsi province=Jawa Barat year=2024
Judul

Kota Bekasi meraih juara I dan PT Maju Jaya juara II.
>> Kota Bekasi | rank=1
>> Maju Jaya <= PT Maju Jaya | rank=2 | aliases=Maju Jaya Bekasi,MJ

### t002 | contoh.example | nomination | unnamed=3
Kabupaten Garut masuk nominasi.
`;

describe('parseSetSource', () => {
  it('writes articles and gold lines in the scorer format', () => {
    const { articles, gold } = parseSetSource(source);
    expect(articles.map((a) => a.id)).toEqual(['t001', 't002']);
    expect(articles[0]?.text).toBe(
      'Judul\n\nKota Bekasi meraih juara I dan PT Maju Jaya juara II.',
    );
    const [bekasi, maju] = gold[0]?.awards ?? [];
    expect(bekasi).toMatchObject({
      winner_canonical: 'Kota Bekasi',
      rank: 1,
      level: 'provinsi',
      province: 'Jawa Barat',
      edition_year: 2024,
      historical: false,
      region_code: '32.75',
    });
    expect(maju).toMatchObject({ winner: 'PT Maju Jaya', aliases: ['Maju Jaya Bekasi', 'MJ'] });
    expect(gold[1]).toMatchObject({ relevant: false, awards: [], unnamed_winner_count: 3 });
  });

  it('keeps hashtag and "#1" list lines as text; only "# " lines are comments', () => {
    const { articles } = parseSetSource(
      '### t003 | contoh.example | caption\nTerima kasih.\n# catatan penyusun\n#ParitranaAward #Jabar\n#1 Kota Depok Juara I\n#\n',
    );
    expect(articles[0]?.text).toBe('Terima kasih.\n#ParitranaAward #Jabar\n#1 Kota Depok Juara I');
  });
});
