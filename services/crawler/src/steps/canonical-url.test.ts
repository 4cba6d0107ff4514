import { describe, expect, it } from 'vitest';
import { canonicalUrl } from './canonical-url.ts';

describe('canonicalUrl', () => {
  it('lower-cases the host but keeps www and the path as they are', () => {
    expect(canonicalUrl('HTTPS://WWW.Warta-Contoh.TEST/Berita/Satu')).toBe(
      'https://www.warta-contoh.test/Berita/Satu',
    );
  });

  it('drops fragments and tracking parameters and sorts the rest', () => {
    expect(
      canonicalUrl(
        'https://warta.test/berita?utm_source=fb&page=2&fbclid=x&id=9&gclid=y&ref=home&utm_medium=s#komentar',
      ),
    ).toBe('https://warta.test/berita?id=9&page=2');
    expect(canonicalUrl('https://warta.test/a?')).toBe('https://warta.test/a');
  });

  it.each([
    ['https://warta.test/berita/satu/amp', 'https://warta.test/berita/satu'],
    ['https://warta.test/berita/satu/amp/', 'https://warta.test/berita/satu'],
    ['https://warta.test/amp/berita/satu', 'https://warta.test/berita/satu'],
    ['https://amp.warta.test/berita/satu', 'https://warta.test/berita/satu'],
    ['https://warta.test/berita/satu?amp=1', 'https://warta.test/berita/satu'],
    ['https://warta.test/berita/satu.amp.html', 'https://warta.test/berita/satu.html'],
  ])('folds the AMP form %s into the plain page', (amp, plain) => {
    expect(canonicalUrl(amp)).toBe(plain);
  });

  it('keeps words that merely contain amp', () => {
    expect(canonicalUrl('https://warta.test/lampung/kampung-amp')).toBe(
      'https://warta.test/lampung/kampung-amp',
    );
    expect(canonicalUrl('https://amp.test/x')).toBe('https://amp.test/x');
  });

  it('prefers the declared rel=canonical, relative or on another site', () => {
    expect(canonicalUrl('https://m.warta.test/a?utm_source=x', 'https://warta.test/a')).toBe(
      'https://warta.test/a',
    );
    expect(canonicalUrl('https://warta.test/a/amp', '/berita/a')).toBe(
      'https://warta.test/berita/a',
    );
    expect(canonicalUrl('https://mirror.test/a', 'https://asli.test/a#top')).toBe(
      'https://asli.test/a',
    );
    expect(canonicalUrl('https://warta.test/a', 'javascript:void(0)')).toBe('https://warta.test/a');
    expect(canonicalUrl('https://warta.test/a', '')).toBe('https://warta.test/a');
  });

  it('returns a non-http link unchanged', () => {
    expect(canonicalUrl(' mailto:redaksi@warta.test ')).toBe('mailto:redaksi@warta.test');
  });
});
