import { describe, expect, it } from 'vitest';
import { frontLegalForm } from './legal-form.ts';

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
