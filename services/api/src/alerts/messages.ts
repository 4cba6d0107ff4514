import type { AwardRecord } from '@pw/domain';
import type { AlertType } from './settings.ts';

/** One alert, in words, before it is shaped for a channel. */
export interface AlertMessage {
  id: string;
  type: AlertType;
  at: Date;
  /** One line: what happened. */
  title: string;
  /** The details, one fact a line. */
  lines: string[];
  /** Where to look in the app. */
  link: string;
  /** The province it concerns, for subscriptions by province; null: none known. */
  province: string | null;
  /** The raw event, for the generic webhook. */
  data: Record<string, unknown>;
}

const actionWords: Record<string, string> = {
  confirm: 'mengonfirmasi',
  reject: 'menolak',
  correct: 'mengoreksi',
  merge: 'menggabungkan',
  'merge-in': 'menerima gabungan ke',
  undo: 'membatalkan langkah pada',
};

const fieldWords: Record<string, string> = {
  rank: 'peringkat',
  editionYear: 'tahun edisi',
  level: 'tingkat',
  category: 'kategori',
};

/** A whole number the Indonesian way: 1.204. */
export const angka = (n: number): string => n.toLocaleString('id-ID');

/** The app's page of a record. */
export const recordLink = (publicUrl: string, key: string): string =>
  `${publicUrl}/#/catatan/${encodeURIComponent(key)}`;

/** The facts of a record, one a line. */
export function recordLines(
  r: Pick<AwardRecord, 'editionYear' | 'level' | 'province' | 'category' | 'rank' | 'sources'>,
): string[] {
  const outlets = [...new Set(r.sources.map((s) => s.outlet).filter(Boolean))];
  return [
    `Paritrana Award ${r.editionYear ?? '(tahun belum diketahui)'} · tingkat ${r.level}`,
    ...(r.province ? [`Provinsi: ${r.province}`] : []),
    ...(r.category ? [`Kategori: ${r.category}`] : []),
    ...(r.rank ? [`Peringkat: juara ${r.rank}`] : []),
    `Sumber: ${angka(r.sources.length)} artikel${outlets.length ? ` (${outlets.slice(0, 5).join(', ')})` : ''}`,
  ];
}

/** A new record waiting for review. */
export function awardCreatedMessage(
  e: { id: string; at: Date; data: Record<string, unknown> },
  r: AwardRecord,
  publicUrl: string,
): AlertMessage {
  return {
    id: e.id,
    type: 'award.created',
    at: e.at,
    title: `Penghargaan baru menunggu tinjauan: ${r.winner}`,
    lines: recordLines(r),
    link: recordLink(publicUrl, r.key),
    province: r.province,
    data: e.data,
  };
}

/** Outlets disagree about a record. */
export function awardConflictMessage(
  e: { id: string; at: Date; data: Record<string, unknown> },
  r: AwardRecord,
  publicUrl: string,
): AlertMessage {
  const lines = r.conflicts.map(
    (c) =>
      `${fieldWords[c.field] ?? c.field}: ${c.values.map((v) => `${v.value} (${angka(v.articleIds.length)} artikel)`).join(' lawan ')}`,
  );
  return {
    id: e.id,
    type: 'award.conflict',
    at: e.at,
    title: `Sumber berbeda pendapat tentang ${r.winner}`,
    lines: [...lines, ...recordLines(r).slice(0, 1)],
    link: recordLink(publicUrl, r.key),
    province: r.province,
    data: e.data,
  };
}

/** A source that stopped answering: failing (at once) or broken (for long). */
export function sourceBrokenMessage(
  e: { id: string; at: Date; type?: string; subject: string; data: Record<string, unknown> },
  province: string | null,
  publicUrl: string,
): AlertMessage {
  const failing = e.type === 'source.failing';
  const err: { code?: unknown; message?: unknown } | null =
    typeof e.data.lastError === 'object' ? e.data.lastError : null;
  const code = typeof err?.code === 'string' ? err.code : 'tidak diketahui';
  const message = typeof err?.message === 'string' ? err.message : '';
  return {
    id: e.id,
    type: failing ? 'source.failing' : 'source.broken',
    at: e.at,
    title: failing ? `Sumber mulai gagal: ${e.subject}` : `Sumber gagal dibaca: ${e.subject}`,
    lines: [
      `Galat terakhir: ${code}${message ? ` – ${message}` : ''}`,
      ...(typeof e.data.consecutiveErrors === 'number'
        ? [`Gagal ${angka(e.data.consecutiveErrors)} kali berturut-turut.`]
        : []),
      failing
        ? 'Sumber ini masih dicoba; periksa alamat umpan atau jaringannya.'
        : 'Sumber ini kini jarang dicoba sampai pulih.',
    ],
    link: `${publicUrl}/#/dasbor`,
    province,
    data: e.data,
  };
}

/** A province whose usual ceremony window passed this year with no report seen. */
export function coverageMissingMessage(
  e: { id: string; at: Date; subject: string; data: Record<string, unknown> },
  publicUrl: string,
): AlertMessage {
  const province = typeof e.data.province === 'string' ? e.data.province : e.subject;
  const year = typeof e.data.year === 'number' ? String(e.data.year) : '';
  const after = typeof e.data.overdueSince === 'string' ? e.data.overdueSince : null;
  const links = Array.isArray(e.data.searchLinks)
    ? e.data.searchLinks.filter((l): l is string => typeof l === 'string').slice(0, 3)
    : [];
  return {
    id: e.id,
    type: 'coverage.expected-missing',
    at: e.at,
    title: `Belum ada berita Paritrana Award ${year} dari ${province}`.replace('  ', ' '),
    lines: [
      after
        ? `Menurut tahun-tahun sebelumnya, upacaranya biasa sudah berlangsung sebelum ${after}.`
        : 'Masa upacara yang biasa sudah lewat.',
      'Periksa sumber berita provinsi ini, atau cari beritanya secara manual:',
      ...links,
    ],
    link: `${publicUrl}/#/dasbor`,
    province,
    data: e.data,
  };
}

/** A reviewer's step on a record. */
export function reviewMessage(
  e: { id: string; at: Date; actor: string; action: string; key: string; note: string | null },
  r: AwardRecord | null,
  publicUrl: string,
): AlertMessage {
  const who = r?.winner ?? e.key;
  return {
    id: e.id,
    type: 'review.decided',
    at: e.at,
    title: `${e.actor} ${actionWords[e.action] ?? e.action} ${who}`,
    lines: [...(r ? recordLines(r).slice(0, 2) : []), ...(e.note ? [`Catatan: ${e.note}`] : [])],
    link: recordLink(publicUrl, e.key),
    province: r?.province ?? null,
    data: { key: e.key, action: e.action, actor: e.actor, note: e.note },
  };
}

const escapeHtml = (s: string) =>
  s
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');

/** Plain text: title, lines, link. */
export function plainText(m: AlertMessage): string {
  return [m.title, '', ...m.lines, '', `Buka: ${m.link}`].join('\n');
}

/** Telegram sendMessage body (HTML parse mode; at most 4096 characters). */
export function telegramBody(m: AlertMessage, chatId: string) {
  const text = [
    `<b>${escapeHtml(m.title)}</b>`,
    ...m.lines.map(escapeHtml),
    `<a href="${escapeHtml(m.link)}">Buka di Paritrana Watch</a>`,
  ].join('\n');
  return {
    chat_id: chatId,
    text: text.slice(0, 4096),
    parse_mode: 'HTML',
    link_preview_options: { is_disabled: true },
  };
}

const slackEscape = (s: string) =>
  s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/** Slack incoming webhook: `text` for notifications, blocks for the message. */
export function slackBody(m: AlertMessage) {
  return {
    text: `${m.title} – ${m.link}`,
    blocks: [
      { type: 'header', text: { type: 'plain_text', text: m.title.slice(0, 150), emoji: false } },
      {
        type: 'section',
        text: { type: 'mrkdwn', text: (m.lines.map(slackEscape).join('\n') || ' ').slice(0, 3000) },
      },
      {
        type: 'actions',
        elements: [
          {
            type: 'button',
            text: { type: 'plain_text', text: 'Buka di Paritrana Watch' },
            url: m.link,
          },
        ],
      },
    ],
  };
}

/** Microsoft Teams incoming webhook (Workflows): one Adaptive Card. */
export function teamsBody(m: AlertMessage) {
  return {
    type: 'message',
    attachments: [
      {
        contentType: 'application/vnd.microsoft.card.adaptive',
        contentUrl: null,
        content: {
          $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
          type: 'AdaptiveCard',
          version: '1.4',
          body: [
            { type: 'TextBlock', text: m.title, weight: 'Bolder', size: 'Medium', wrap: true },
            ...m.lines.map((l) => ({ type: 'TextBlock', text: l, wrap: true, spacing: 'Small' })),
          ],
          actions: [{ type: 'Action.OpenUrl', title: 'Buka di Paritrana Watch', url: m.link }],
        },
      },
    ],
  };
}

const discordColour: Record<AlertType, number> = {
  'award.created': 0x2e7d32,
  'award.conflict': 0xf9a825,
  'source.failing': 0xef6c00,
  'source.broken': 0xc62828,
  'coverage.expected-missing': 0x6a1b9a,
  'review.decided': 0x1565c0,
  digest: 0x455a64,
};

/** Discord webhook: an embed; no mentions, whatever the text says. */
export function discordBody(m: AlertMessage) {
  return {
    content: m.title.slice(0, 2000),
    embeds: [
      {
        title: m.title.slice(0, 256),
        description: m.lines.join('\n').slice(0, 4096),
        url: m.link,
        color: discordColour[m.type],
        timestamp: m.at.toISOString(),
      },
    ],
    allowed_mentions: { parse: [] },
  };
}

/** The generic signed webhook: the event as it was, plus words for chat tools. */
export function webhookBody(m: AlertMessage) {
  return {
    id: m.id,
    type: m.type,
    at: m.at,
    title: m.title,
    text: plainText(m),
    link: m.link,
    data: m.data,
  };
}

/** An email: subject, plain text and HTML. */
export function emailContent(m: AlertMessage) {
  return {
    subject: `[Paritrana Watch] ${m.title}`,
    text: `${plainText(m)}\n\n-- \nPesan otomatis dari Paritrana Watch.\n`,
    html: [
      `<h2 style="font-family:sans-serif">${escapeHtml(m.title)}</h2>`,
      `<ul style="font-family:sans-serif">${m.lines.map((l) => `<li>${escapeHtml(l)}</li>`).join('')}</ul>`,
      `<p style="font-family:sans-serif"><a href="${escapeHtml(m.link)}">Buka di Paritrana Watch</a></p>`,
      '<p style="font-family:sans-serif;color:#666;font-size:12px">Pesan otomatis dari Paritrana Watch.</p>',
    ].join('\n'),
  };
}
