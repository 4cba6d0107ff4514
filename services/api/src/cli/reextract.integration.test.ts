import { describe, expect, it } from 'vitest';
import { readArticle, readerVersion } from '@pw/award-reader';
import { ArticleStage, awardKey } from '@pw/domain';
import {
  AuditEntry,
  Collection,
  ReviewAction,
  createAwardRepository,
  createReviewRepository,
} from '@pw/storage';
import { useServices } from '../../../../test/support/use-services.ts';
import { testDraft, testSource } from '../test-support.ts';
import { toAwardDraft } from '../../../extractor/src/to-award-draft.ts';
import { reextract } from './reextract.ts';

const text = [
  'Kabupaten Sukoharjo Raih Juara I Paritrana Award 2024 Jateng',
  '',
  'SEMARANG – Pemerintah Provinsi Jawa Tengah menyerahkan Paritrana Award 2024 tingkat Provinsi Jawa Tengah, Rabu (13/8/2025).',
  'Kabupaten Sukoharjo meraih juara I kategori pemerintah kabupaten/kota, sedangkan Kota Magelang meraih juara II.',
  'Bupati Sukoharjo mengatakan seluruh perangkat desa sudah terdaftar.',
].join('\n');

describe('pnpm cli reextract', () => {
  const services = useServices();

  it('shows what a re-read changes, applies it, keeps reviewed records and names the reader', async () => {
    const db = services.mongo.db;
    const now = new Date();
    const articleId = 'a1b2c3d4e5f60718';
    const article = {
      _id: articleId,
      url: 'https://jateng.contoh.id/sukoharjo',
      feedUrl: null,
      sourceId: null,
      outlet: 'jateng.contoh.id',
      title: null,
      text,
      htmlLang: 'id',
      publishedAt: now,
      author: null,
      clusterId: null,
      fingerprint: null,
      stage: ArticleStage.Recorded,
      stageChangedAt: now,
      discoveredAt: now,
      attempts: 1,
      classification: null,
      awardKeys: [],
      rejection: null,
      failure: null,
    };
    await db.collection(Collection.Articles).insertOne(article as never);
    const awards = createAwardRepository(db);
    const reading = readArticle({ id: articleId, text });
    const [first] = reading.awards;
    expect(first?.winnerCanonical).toBe('Kabupaten Sukoharjo');
    // what an older reader stored: Sukoharjo at the wrong rank, and two winners the text lacks
    const stale = { ...toAwardDraft(first!), rank: 3 };
    await awards.upsertWithSource(stale, testSource(articleId, { url: article.url, rank: 3 }));
    const ghost = testDraft({ winnerCanonical: 'Kabupaten Sleman', regionCode: '34.04' });
    const ghostKey = (await awards.upsertWithSource(ghost, testSource(articleId))).key;
    const kept = testDraft({ winnerCanonical: 'Kota Blitar', regionCode: '35.72' });
    const keptKey = (await awards.upsertWithSource(kept, testSource(articleId))).key;
    await createReviewRepository(db).decide(keptKey, { action: ReviewAction.Confirm, by: 'rina' });
    const env = { MONGODB_URL: services.mongoUrl, MONGODB_DB: services.dbName };

    let shown = '';
    expect(await reextract(['--dry-run'], env, (t) => (shown += t))).toBe(0);
    expect(shown).toContain('+ muncul    Kota Magelang');
    expect(shown).toContain('rank: 3 → 1');
    expect(shown).toContain('- hilang    Kabupaten Sleman');
    expect(shown).toMatch(/- hilang {4}Kota Blitar.*sudah ditinjau/);
    expect(shown).toContain('Uji coba');
    expect((await awards.get(ghostKey))?.review.status).toBe('new');

    expect(await reextract([], env, () => undefined)).toBe(0);
    const sukoharjo = await awards.get(awardKey(stale));
    expect(sukoharjo?.sources.find((s) => s.articleId === articleId)?.rank).toBe(1);
    expect(sukoharjo?.sources[0]?.extractorVersion).toBe(`award-reader+${readerVersion()}`);
    expect((await awards.get(ghostKey))?.review.status).toBe('rejected');
    const blitar = await awards.get(keptKey);
    expect(blitar?.review.status).toBe('confirmed');
    expect(blitar?.sources).toHaveLength(1);
    const magelang = await awards.find({ winner: 'Kota Magelang' });
    expect(magelang).toHaveLength(1);
    const history = (await db.collection('audit_log').find({ actor: 'reextract' }).toArray()).map(
      (d) => AuditEntry.parse(d),
    );
    // the rejection of the record left without a source is a review-log entry of its own
    expect(history.map((h) => h.action).sort()).toEqual([
      'reextract-appear',
      'reextract-change',
      'reextract-disappear',
      'reject',
    ]);
    expect(history.every((h) => h.note?.includes(readerVersion()))).toBe(true);

    // a second run finds nothing left to do
    let again = '';
    await reextract(['--dry-run'], env, (t) => (again += t));
    expect(again).toContain('0 catatan muncul, 0 berubah, 0 hilang, 1 tetap');
  });
});
