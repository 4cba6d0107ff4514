import { describe, expect, it } from 'vitest';
import { frontLegalForm, shortLegalForm } from './legal-form.ts';

describe('frontLegalForm', () => {
  it('moves a trailing legal form to the front', () => {
    expect(frontLegalForm('Maju Sentosa, PT kembali meraih juara.')).toBe(
      'PT Maju Sentosa kembali meraih juara.',
    );
    expect(frontLegalForm('Sinar Jaya Abadi, Tbk, PT Raih Paritrana')).toBe(
      'PT Sinar Jaya Abadi Tbk Raih Paritrana',
    );
    expect(frontLegalForm('Juara satu adalah Batik Ayu, CV.')).toBe(
      'Juara satu adalah CV Batik Ayu.',
    );
  });

  it('leaves a list whose next item starts with a legal form', () => {
    const s = 'Juara diraih Bank Lestari, PT Maju Sentosa dan CV Ayu.';
    expect(frontLegalForm(s)).toBe(s);
  });
});

describe('shortLegalForm', () => {
  it('writes a legal form spelled out before its short form short', () => {
    expect(
      shortLegalForm('Usaha Dagang (UD) Makmur Jaya, pengepul ikan asal Juwana, meraih juara I'),
    ).toBe('UD Makmur Jaya, pengepul ikan asal Juwana, meraih juara I');
    expect(shortLegalForm('Perseroan Terbatas (PT) Sinar Laut meraih')).toBe(
      'PT Sinar Laut meraih',
    );
    // a cooperative keeps its words (they mark it, and its short form is remembered)
    expect(shortLegalForm('Koperasi Unit Desa (KUD) Tani Makmur meraih')).toBe(
      'Koperasi Unit Desa (KUD) Tani Makmur meraih',
    );
    // initials that do not make the short form are no spelled-out form
    expect(shortLegalForm('Bank Nagari (PT) Padang')).toBe('Bank Nagari (PT) Padang');
  });
});
