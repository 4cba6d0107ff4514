import { describe, expect, it } from 'vitest';
import { findPresenter, findRecipient } from './parse-people.ts';

describe('findPresenter', () => {
  it('reads the official after "diserahkan oleh"', () => {
    expect(
      findPresenter(
        'Penghargaan diserahkan langsung oleh Wakil Gubernur Jawa Timur, Emil Dardak, di Surabaya.',
      ),
    ).toBe('Wakil Gubernur Jawa Timur, Emil Dardak');
  });

  it('reads the subject of "menyerahkan"', () => {
    expect(findPresenter('Gubernur Bali Wayan Koster menyerahkan piagam itu.')).toBe(
      'Gubernur Bali Wayan Koster',
    );
  });
});

describe('findRecipient', () => {
  it('reads the official after "diterima oleh" or "kepada"', () => {
    expect(findRecipient('Penghargaan diterima oleh Wakil Bupati Sleman, Danang Maharsa.')).toBe(
      'Wakil Bupati Sleman, Danang Maharsa',
    );
    expect(
      findRecipient('Piagam diserahkan Gubernur kepada Wali Kota Batu Nurochman di Malang.'),
    ).toBe('Wali Kota Batu Nurochman');
  });

  it('returns null when nobody is named', () => {
    expect(findRecipient('Penghargaan itu diterima dengan bangga.')).toBeNull();
  });
});
