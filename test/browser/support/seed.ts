// A small, made-up data set for the browser tests and the screenshots (our own example texts).
import { ObjectId, type Db, Binary } from 'mongodb';
import { gzipSync } from 'node:zlib';
import { writeFileSync } from 'node:fs';
import type { AwardDraft } from '@pw/domain';
import {
  Collection,
  createArticleRepository,
  createAwardRepository,
  createReviewRepository,
  createUserRepository,
  type HotStore,
} from '@pw/storage';
import { Accounts } from './browser.ts';

interface Story {
  outlet: string;
  title: string;
  text: string;
  evidence: string;
  publishedAt: Date;
  rank?: number | null;
}

interface Award {
  draft: Partial<AwardDraft> & Pick<AwardDraft, 'winner' | 'winnerCanonical' | 'winnerType'>;
  stories: Story[];
}

const day = (d: string) => new Date(`${d}T09:00:00+07:00`);

const bojonegoro1 =
  'Pemkab Bojonegoro meraih juara 1 Paritrana Award 2024 kategori Pemerintah Kabupaten/Kota tingkat Provinsi Jawa Timur.';
const bojonegoro2 =
  'Kabupaten Bojonegoro berada di peringkat 2 Paritrana Award 2024 tingkat Jawa Timur untuk kategori Pemerintah Kabupaten/Kota.';

/** The awards of the demo data set; the first one has a rank conflict between two outlets. */
export const DemoAwards: Award[] = [
  {
    draft: {
      winner: 'Pemkab Bojonegoro',
      winnerCanonical: 'Kabupaten Bojonegoro',
      winnerType: 'kabupaten',
      province: 'Jawa Timur',
      regionCode: '35.22',
      rank: 1,
    },
    stories: [
      {
        outlet: 'kabarjagad.com',
        title: 'Bojonegoro Juara 1 Paritrana Award Jatim 2024',
        evidence: bojonegoro1,
        text: `BOJONEGORO – Perlindungan pekerja rentan kembali membawa nama baik daerah. ${bojonegoro1} Piala diserahkan Gubernur Jawa Timur kepada Bupati Bojonegoro di Surabaya, Selasa pagi.\n\nMenurut Kepala Dinas Tenaga Kerja, lebih dari 40 ribu pekerja informal kini terdaftar sebagai peserta BPJS Ketenagakerjaan berkat program desa.`,
        publishedAt: day('2026-11-24'),
        rank: 1,
      },
      {
        outlet: 'radarbojonegoro.com',
        title: 'Bojonegoro Raih Penghargaan Paritrana',
        evidence: bojonegoro2,
        text: `Pemerintah daerah terus memperluas kepesertaan jaminan sosial ketenagakerjaan. ${bojonegoro2} Bupati menyebut capaian ini hasil kerja bersama perangkat desa.`,
        publishedAt: day('2026-11-25'),
        rank: 2,
      },
    ],
  },
  {
    draft: {
      winner: 'Pemkot Surabaya',
      winnerCanonical: 'Kota Surabaya',
      winnerType: 'kota',
      province: 'Jawa Timur',
      regionCode: '35.78',
      rank: 2,
    },
    stories: [
      {
        outlet: 'suarasurabaya.net',
        title: 'Surabaya Peringkat Dua Paritrana Award',
        evidence:
          'Pemkot Surabaya meraih peringkat 2 Paritrana Award 2024 tingkat Provinsi Jawa Timur.',
        text: 'SURABAYA – Pemkot Surabaya meraih peringkat 2 Paritrana Award 2024 tingkat Provinsi Jawa Timur. Wali Kota menerima piala di Gedung Negara Grahadi.',
        publishedAt: day('2026-11-24'),
      },
    ],
  },
  {
    draft: {
      winner: 'PT Semen Gresik',
      winnerCanonical: 'PT Semen Gresik',
      winnerType: 'badan_usaha',
      province: 'Jawa Timur',
      regionCode: null,
      category: 'Badan Usaha Besar',
      rank: 1,
    },
    stories: [
      {
        outlet: 'gresiksatu.com',
        title: 'Semen Gresik Terbaik Kategori Badan Usaha',
        evidence:
          'PT Semen Gresik meraih juara 1 Paritrana Award 2024 kategori Badan Usaha Besar tingkat Jawa Timur.',
        text: 'GRESIK – PT Semen Gresik meraih juara 1 Paritrana Award 2024 kategori Badan Usaha Besar tingkat Jawa Timur. Perusahaan mendaftarkan seluruh pekerja kontraknya.',
        publishedAt: day('2026-11-23'),
      },
    ],
  },
  {
    draft: {
      winner: 'Semen Indonesia (Persero)',
      winnerCanonical: 'Semen Indonesia',
      winnerType: 'badan_usaha',
      province: 'Jawa Timur',
      regionCode: null,
      category: 'Badan Usaha Besar',
      rank: 1,
    },
    stories: [
      {
        outlet: 'jatimnews.id',
        title: 'Pabrik Semen di Gresik Sabet Paritrana',
        evidence:
          'Semen Indonesia (Persero) pabrik Gresik menjadi juara 1 Paritrana Award 2024 kategori Badan Usaha Besar.',
        text: 'Semen Indonesia (Persero) pabrik Gresik menjadi juara 1 Paritrana Award 2024 kategori Badan Usaha Besar. Penghargaan diterima direktur SDM.',
        publishedAt: day('2026-11-25'),
      },
    ],
  },
  {
    draft: {
      winner: 'Pemkab Sleman',
      winnerCanonical: 'Kabupaten Sleman',
      winnerType: 'kabupaten',
      province: 'Daerah Istimewa Yogyakarta',
      regionCode: '34.04',
      editionYear: 2023,
      rank: 1,
    },
    stories: [
      {
        outlet: 'jogjaterkini.id',
        title: 'Sleman Juara Paritrana DIY',
        evidence:
          'Pemkab Sleman meraih juara 1 Paritrana Award 2023 tingkat Daerah Istimewa Yogyakarta.',
        text: 'SLEMAN – Pemkab Sleman meraih juara 1 Paritrana Award 2023 tingkat Daerah Istimewa Yogyakarta. Sebanyak 86 desa ikut program perlindungan pekerja rentan.',
        publishedAt: day('2026-11-20'),
      },
    ],
  },
  {
    draft: {
      winner: 'Pemkab Bandung',
      winnerCanonical: 'Kabupaten Bandung',
      winnerType: 'kabupaten',
      province: 'Jawa Barat',
      regionCode: '32.04',
      rank: 3,
    },
    stories: [
      {
        outlet: 'pikiranbandung.com',
        title: 'Kabupaten Bandung Peringkat Tiga',
        evidence:
          'Kabupaten Bandung meraih peringkat 3 Paritrana Award 2024 tingkat Provinsi Jawa Barat.',
        text: 'SOREANG – Kabupaten Bandung meraih peringkat 3 Paritrana Award 2024 tingkat Provinsi Jawa Barat. Bupati berterima kasih kepada para kepala desa.',
        publishedAt: day('2026-11-22'),
      },
    ],
  },
  {
    draft: {
      winner: 'Pemprov Jawa Tengah',
      winnerCanonical: 'Provinsi Jawa Tengah',
      winnerType: 'provinsi',
      province: 'Jawa Tengah',
      regionCode: '33',
      level: 'nasional',
      category: 'Pemerintah Provinsi',
      rank: 1,
    },
    stories: [
      {
        outlet: 'semarangpos.id',
        title: 'Jateng Juara Nasional Paritrana Award',
        evidence:
          'Pemprov Jawa Tengah meraih juara 1 Paritrana Award 2024 tingkat nasional kategori Pemerintah Provinsi.',
        text: 'JAKARTA – Pemprov Jawa Tengah meraih juara 1 Paritrana Award 2024 tingkat nasional kategori Pemerintah Provinsi. Piala diserahkan Wakil Presiden di Istana Wapres.',
        publishedAt: day('2026-11-26'),
      },
    ],
  },
];

const page = (s: Story) =>
  `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>${s.title}</title></head><body><h1>${s.title}</h1>${s.text
    .split('\n\n')
    .map((p) => `<p>${p}</p>`)
    .join('')}<script>document.body.append('script ran')</script></body></html>`;

/** Inserts a kept article (with its stored page) straight into the document store. */
async function keepArticle(db: Db, s: Story, awardKeys: string[] = []): Promise<string> {
  const id = new ObjectId().toHexString();
  const url = `https://${s.outlet}/berita/${id.slice(-6)}`;
  await db.collection(Collection.Articles).insertOne({
    _id: id as never,
    url,
    feedUrl: null,
    sourceId: null,
    outlet: s.outlet,
    title: s.title,
    text: s.text,
    htmlLang: 'id',
    publishedAt: s.publishedAt,
    author: null,
    clusterId: null,
    fingerprint: null,
    stage: 'recorded',
    stageChangedAt: s.publishedAt,
    discoveredAt: s.publishedAt,
    attempts: 1,
    classification: null,
    awardKeys,
    rejection: null,
    failure: null,
  });
  await db.collection(Collection.Pages).insertOne({
    _id: id as never,
    body: new Binary(gzipSync(Buffer.from(page(s)))),
    contentType: 'text/html; charset=utf-8',
    at: s.publishedAt,
  });
  return id;
}

/** The demo records: every award with its stories as sources. Returns key by canonical winner. */
export async function seedAwards(db: Db): Promise<Record<string, string>> {
  const awards = createAwardRepository(db);
  const keys: Record<string, string> = {};
  for (const a of DemoAwards) {
    for (const s of a.stories) {
      const articleId = await keepArticle(db, s);
      const draft: AwardDraft = {
        editionYear: 2024,
        level: 'provinsi',
        province: null,
        category: 'Pemerintah Kabupaten/Kota',
        regionCode: null,
        regionParent: null,
        rank: null,
        ceremonyDate: null,
        historical: false,
        evidence: s.evidence,
        confidence: 0.9,
        ...a.draft,
      };
      const res = await awards.upsertWithSource(draft, {
        articleId,
        url: `https://${s.outlet}/berita/${articleId.slice(-6)}`,
        outlet: s.outlet,
        publishedAt: s.publishedAt,
        evidence: s.evidence,
        extractorVersion: 'demo',
        confidence: 0.9,
        historical: false,
        rank: s.rank ?? null,
        category: null,
        clusterId: null,
        recordedAt: new Date(),
      });
      keys[a.draft.winnerCanonical] = res.key;
    }
  }
  return keys;
}

/** One account per role (see Accounts). */
export async function seedUsers(db: Db): Promise<void> {
  const users = createUserRepository(db);
  await users.add({ ...Accounts.admin, role: 'admin' });
  await users.add({ ...Accounts.reviewer, role: 'reviewer' });
  await users.add({ ...Accounts.reader, role: 'reader' });
}

/** A failed and a rejected article for the ledger page. */
export async function seedLedger(db: Db, hot: HotStore): Promise<void> {
  const articles = createArticleRepository(db, hot);
  const failed = await articles.insertIfNew({
    url: 'https://beritahilang.example/paritrana-2024',
    feedUrl: null,
    sourceId: null,
    outlet: 'beritahilang.example',
    title: 'Paritrana Award 2024 di Kalimantan Timur',
    publishedAt: null,
  });
  await articles.fail(failed.articleId, {
    stage: 'fetch',
    code: 'fetch.dns',
    message: 'getaddrinfo ENOTFOUND beritahilang.example',
  });
  const rejected = await articles.insertIfNew({
    url: 'https://kabarjagad.com/olahraga/persebaya-menang',
    feedUrl: null,
    sourceId: null,
    outlet: 'kabarjagad.com',
    title: 'Persebaya Menang 2-0',
    publishedAt: null,
  });
  await articles.reject(rejected.articleId, {
    stage: 'classify',
    code: 'classify.not-award-report',
    message: 'no award signal',
  });
}

/** A sources file with three sources and their health (one broken by DNS, one refused). */
export async function seedSources(db: Db, file: string): Promise<void> {
  const source = (id: string, name: string, url: string) => ({
    id,
    name,
    outlet: new URL(url).hostname,
    province: 'Jawa Timur',
    kind: 'rss',
    url,
    pollIntervalMinutes: 60,
    enabled: true,
    feedStatus: 'known',
  });
  writeFileSync(
    file,
    JSON.stringify({
      sources: [
        source('kabarjagad', 'Kabar Jagad', 'https://kabarjagad.com/feed/'),
        source('radarbojonegoro', 'Radar Bojonegoro', 'https://radarbojonegoro.com/rss'),
        source('beritahilang', 'Berita Hilang', 'https://beritahilang.example/feed/'),
      ],
    }),
  );
  const now = new Date();
  const state = (id: string, over: object) => ({
    _id: id,
    status: 'ok',
    etag: null,
    lastModified: null,
    bodyHash: null,
    lastPolledAt: now,
    lastNewItemAt: now,
    lastError: null,
    consecutiveErrors: 0,
    intervalMs: 3_600_000,
    itemsSeen: 0,
    lostItems: 0,
    ...over,
  });
  await db.collection(Collection.SourceStates).insertMany([
    state('kabarjagad', { itemsSeen: 412 }) as never,
    state('radarbojonegoro', {
      status: 'failing',
      consecutiveErrors: 2,
      itemsSeen: 97,
      lastError: { code: 'fetch.connect', message: 'connect ECONNREFUSED', at: now },
    }) as never,
    state('beritahilang', {
      status: 'broken',
      consecutiveErrors: 12,
      itemsSeen: 0,
      lastNewItemAt: null,
      lastError: {
        code: 'fetch.dns',
        message: 'getaddrinfo ENOTFOUND beritahilang.example',
        at: now,
      },
    }) as never,
  ]);
}

/**
 * For the screenshots: spreads the records' first sightings over the past weeks (so the charts
 * have a history) and makes two review decisions (so "Hari ini" lists who did what).
 */
export async function seedHistory(db: Db, keys: Record<string, string>): Promise<void> {
  const awards = db.collection(Collection.Awards);
  const weeksAgo = [0, 0, 1, 1, 2, 3, 5];
  let i = 0;
  for (const key of Object.values(keys)) {
    const at = new Date(Date.now() - (weeksAgo[i++ % weeksAgo.length] ?? 0) * 7 * 86_400_000);
    await awards.updateOne({ key }, { $set: { firstSeenAt: at } });
  }
  const reviews = createReviewRepository(db);
  await reviews.decide(keys['Kota Surabaya']!, {
    action: 'confirm',
    by: Accounts.reviewer.username,
  });
  await reviews.decide(keys['Kabupaten Sleman']!, {
    action: 'reject',
    by: Accounts.reviewer.username,
    note: 'berita lama',
  });
}
