import type { AwardDraft, AwardSource } from '@pw/domain';

/** A regency award draft (Bojonegoro, Jawa Timur, 2024) with overrides. */
export function testDraft(over: Partial<AwardDraft> = {}): AwardDraft {
  return {
    editionYear: 2024,
    level: 'provinsi',
    province: 'Jawa Timur',
    category: 'Pemerintah Kabupaten/Kota',
    winner: 'Pemkab Bojonegoro',
    winnerCanonical: 'Kabupaten Bojonegoro',
    winnerType: 'kabupaten',
    regionCode: '35.22',
    regionParent: null,
    rank: 1,
    ceremonyDate: null,
    historical: false,
    evidence: 'Pemkab Bojonegoro meraih Paritrana Award 2024.',
    confidence: 0.9,
    ...over,
  };
}

/** One outlet's source for testDraft, with overrides. */
export function testSource(articleId: string, over: Partial<AwardSource> = {}): AwardSource {
  return {
    articleId,
    url: `https://${articleId}.contoh.id/berita`,
    outlet: `${articleId}.contoh.id`,
    publishedAt: null,
    evidence: 'Pemkab Bojonegoro meraih Paritrana Award 2024.',
    extractorVersion: 'test',
    confidence: 0.9,
    historical: false,
    rank: null,
    category: null,
    clusterId: null,
    recordedAt: new Date(),
    ...over,
  };
}
