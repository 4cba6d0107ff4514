import { describe, expect, it } from 'vitest';
import { readFixture } from '../../../../test/support/news-server.ts';
import { extractArticle } from './extract-article.ts';
import { parseIndonesianDate, parseMachineDate } from './published-date.ts';

const page = async (name: string) => (await readFixture(`pages/${name}`)).toString('utf8');
const url = 'https://warta-contoh.test/berita/2025/07/pemkab-contoh-raih-penghargaan?utm_source=x';

describe('extractArticle on a well-marked page', () => {
  it('reads the metadata', async () => {
    const article = extractArticle(await page('article.html'), url);
    expect(article).toMatchObject({
      title: 'Pemkab Contoh Raih Penghargaan Jaminan Sosial',
      publishedAt: new Date('2025-07-29T07:05:00Z'),
      author: 'Siti Rahmawati',
      siteName: 'Warta Contoh',
      lang: 'id-id',
      canonicalUrl: 'https://warta-contoh.test/berita/2025/07/pemkab-contoh-raih-penghargaan',
      ampUrl: 'https://warta-contoh.test/berita/2025/07/pemkab-contoh-raih-penghargaan/amp',
    });
  });

  it('keeps the story and drops navigation, ads, scripts, share widgets and "Baca juga" blocks', async () => {
    const { text } = extractArticle(await page('article.html'), url);
    expect(text.split('\n\n')).toEqual([
      'KOTA CONTOH - Pemerintah Kabupaten Contoh meraih penghargaan atas komitmennya melindungi pekerja rentan melalui program jaminan sosial ketenagakerjaan.',
      'Penghargaan diserahkan langsung oleh Wakil Presiden di Jakarta pada Selasa siang.',
      'Bupati Contoh menyampaikan terima kasih kepada seluruh perangkat desa yang telah mendaftarkan warganya.',
      'Sebanyak dua belas ribu pekerja bukan penerima upah kini terlindungi oleh program tersebut.',
    ]);
  });
});

describe('extractArticle on a bare page', () => {
  it('falls back to h1, the dateline text and the byline', async () => {
    const article = extractArticle(await page('article-datetext.html'), 'https://kabar.test/a');
    expect(article.title).toBe('Kota Teladan Juara Kategori Kota');
    expect(article.publishedAt).toEqual(new Date('2025-07-29T07:05:00Z'));
    expect(article.author).toBe('Andi Pratama');
    expect(article.lang).toBe('id');
    expect(article.siteName).toBeNull();
    expect(article.canonicalUrl).toBeNull();
    expect(article.text).toContain('dinobatkan sebagai juara kategori kota');
    expect(article.text).toContain('sektor informal.');
    expect(article.text).not.toContain('Politik');
  });

  it('takes the <title> when there is no og:title or h1, and a <time datetime>', () => {
    const html =
      '<title>Judul Saja</title><p>Isi berita yang cukup panjang untuk dibaca oleh mesin kami.</p><time datetime="2025-07-28T10:00:00+08:00">kemarin</time>';
    const article = extractArticle(html, 'https://a.test/');
    expect(article.title).toBe('Judul Saja');
    expect(article.publishedAt).toEqual(new Date('2025-07-28T02:00:00Z'));
  });

  it('strips the outlet name from a <title> fallback', () => {
    const html =
      '<meta property="og:site_name" content="Kabar Kota"><title>Warga Terima Santunan | Kabar Kota</title>';
    expect(extractArticle(html, 'https://a.test/').title).toBe('Warga Terima Santunan');
  });

  it('skips a teaser box that shares the article-body class', () => {
    const story = '<p>Isi berita utama yang cukup panjang untuk dipilih sebagai badan artikel.</p>';
    const html = `<div class="post-content">Teaser pendek</div><div class="post-content">${story.repeat(4)}</div>`;
    const { text } = extractArticle(html, 'https://a.test/');
    expect(text).not.toContain('Teaser');
    expect(text.split('\n\n')).toHaveLength(4);
  });

  it('reads meta tags by property, name or itemprop, whatever their case, the first one winning', () => {
    const html = `<html><head>
      <meta name="DC.date.issued" content="2024-11-20T10:00:00+07:00">
      <meta itemprop="datePublished" content="2024-11-21T10:00:00+07:00">
      <meta name="AUTHOR" content="Sari Dewi"><meta name="author" content="Bukan Ini">
      <meta property="og:title"></head><body><h1>Judul dari H1</h1>
      <p>Isi berita yang cukup panjang untuk dibaca sebagai badan artikel oleh pembaca.</p></body></html>`;
    const article = extractArticle(html, 'https://a.test/');
    // og:published_time and itemprop come before dc.date.issued in the order of trust
    expect(article.publishedAt).toEqual(new Date('2024-11-21T03:00:00Z'));
    expect(article.author).toBe('Sari Dewi');
    // a meta without content is no title
    expect(article.title).toBe('Judul dari H1');
  });

  it('reads a JSON-LD @graph and text split by <br>', () => {
    const html = `<script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","datePublished":"2025-07-01 09:00","author":[{"name":"Budi"}],"publisher":{"name":"Kabar Graph"}}]}</script>
      <div class="isi">Baris pertama berita.<br>Baca juga: Berita lain<br>Baris kedua berita.</div>`;
    const article = extractArticle(html, 'https://a.test/');
    expect(article.publishedAt).toEqual(new Date('2025-07-01T02:00:00Z'));
    expect(article.author).toBe('Budi');
    expect(article.siteName).toBe('Kabar Graph');
    expect(article.text).toBe('Baris pertama berita.\nBaris kedua berita.');
  });

  it('keeps a layout wrapper whose class merely mentions a sidebar', () => {
    const story = '<p>Paragraf berita yang panjang sekali tentang penghargaan daerah.</p>'.repeat(
      8,
    );
    const html = `<div class="container with-sidebar"><div class="kolom">${story}</div><div class="sidebar"><p>Terpopuler</p></div></div>`;
    const { text } = extractArticle(html, 'https://a.test/');
    expect(text.split('\n\n')).toHaveLength(8);
  });

  it.each([
    '',
    '<<<>>>',
    '<html><body><p>tidak ditutup <div><span>',
    '<script type="application/ld+json">{bukan json</script><h1>Judul',
    '\u0000\u0001binary',
  ])('does not crash on broken HTML %j', (html) => {
    expect(() => extractArticle(html, 'https://a.test/')).not.toThrow();
  });
});

describe('published-date parsing', () => {
  it.each([
    ['Selasa, 29 Juli 2025 14:05 WIB', '2025-07-29T07:05:00Z'],
    ['29 Jul 2025, 14.05 WITA', '2025-07-29T06:05:00Z'],
    ['Kamis, 3 Agustus 2023 | 09:30 WIT', '2023-08-03T00:30:00Z'],
    ['29/07/2025', '2025-07-28T17:00:00Z'],
    ['29/07/2025 14:05', '2025-07-29T07:05:00Z'],
  ])('reads %s', (text, iso) => {
    expect(parseIndonesianDate(text)).toEqual(new Date(iso));
  });

  it('refuses impossible and far-future dates', () => {
    expect(parseIndonesianDate('31/13/2025')).toBeNull();
    expect(parseIndonesianDate('1 Januari 2999')).toBeNull();
    expect(parseIndonesianDate('tanpa tanggal')).toBeNull();
  });

  it('reads machine dates, taking a missing zone as WIB', () => {
    expect(parseMachineDate('2025-07-29T14:05:00+07:00')).toEqual(new Date('2025-07-29T07:05:00Z'));
    expect(parseMachineDate('2025-07-29 14:05:00')).toEqual(new Date('2025-07-29T07:05:00Z'));
    expect(parseMachineDate('Tue, 29 Jul 2025 07:05:00 GMT')).toEqual(
      new Date('2025-07-29T07:05:00Z'),
    );
    expect(parseMachineDate('bukan tanggal')).toBeNull();
  });
});
