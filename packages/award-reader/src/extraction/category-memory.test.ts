import { describe, expect, it } from 'vitest';
import { createCategoryMemory } from './category-memory.ts';

describe('createCategoryMemory', () => {
  it('reads "kategori yang sama" as the category named last', () => {
    const memory = createCategoryMemory();
    memory.note('Bank Maju meraih juara 1 kategori badan usaha besar pada Paritrana Award.');
    expect(memory.same('Pada kategori yang sama, juara 2 diraih PT Karya.')).toBe(
      'Badan Usaha Besar',
    );
    expect(memory.same('Juara 2 diraih PT Karya.')).toBeNull();
  });

  it('keeps the latest category of each winner type', () => {
    const memory = createCategoryMemory();
    memory.note('Kategori UMKM menjadi yang paling ditunggu.');
    memory.note('Untuk kategori pemerintah desa, Desa Sukamaju terbaik.');
    expect(memory.ofType('umkm')).toBe('UMKM');
    expect(memory.ofType('kelurahan')).toBe('Pemerintah Desa');
    expect(memory.ofType('provinsi')).toBeNull();
  });
});
