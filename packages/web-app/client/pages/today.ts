// Hari ini: what changed today and this week — new records, new sources, new conflicts, reviews.
import { html, useState, type VNode } from '/app/vendor/htm-preact.js';
import { api } from '../api.ts';
import { fmtDateTime, t } from '../i18n.ts';
import type { AuditEntry, AwardRecord, Conflict } from '../types.ts';
import { Loading, Notice, errorText, recordHref, useLoad } from '../ui.ts';

interface Digest {
  date: string;
  newRecords: AwardRecord[];
  newSources: Array<{
    key: string;
    winner: string;
    editionYear: number | null;
    sources: Array<{ outlet: string; url: string }>;
  }>;
  /** Provinces past their usual ceremony window with nothing seen (the season watch). */
  expectedMissing?: Array<{
    _id: string;
    subject: string;
    at: string;
    data: { province?: string; year?: number };
  }>;
  conflicts: Array<{
    _id: string;
    subject: string;
    at: string;
    data: { winner?: string; key?: string; conflicts?: Conflict[] };
  }>;
}

interface Activity {
  items: AuditEntry[];
}

/** The last `days` calendar days in WIB, newest first, as YYYY-MM-DD. */
function lastDays(days: number): string[] {
  const wib = new Date(Date.now() + 7 * 3_600_000);
  return Array.from({ length: days }, (_, i) =>
    new Date(wib.getTime() - i * 86_400_000).toISOString().slice(0, 10),
  );
}

const actionWords: Record<string, string> = {
  confirm: 'Konfirmasi',
  reject: 'Tolak',
  correct: 'Koreksi',
  merge: 'Gabungkan',
  'merge-in': 'Gabungkan',
  undo: 'Batalkan',
};

export function TodayPage(): VNode {
  const [range, setRange] = useState<'today' | 'week'>('today');
  const days = range === 'today' ? 1 : 7;
  const load = useLoad(async () => {
    const dates = lastDays(days);
    const digests = await Promise.all(dates.map((date) => api.get<Digest>('/digest', { date })));
    const since = new Date(`${dates[dates.length - 1]}T00:00:00+07:00`).toISOString();
    const activity = await api.get<Activity>('/web/activity', { since });
    return { digests, activity: activity.items };
  }, [days]);
  const d = load.data;
  const newRecords = d?.digests.flatMap((x) => x.newRecords) ?? [];
  const newSources = d?.digests.flatMap((x) => x.newSources) ?? [];
  const conflicts = d?.digests.flatMap((x) => x.conflicts) ?? [];
  const missing = d?.digests.flatMap((x) => x.expectedMissing ?? []) ?? [];
  const none = html`<p class="muted">${t('Tidak ada.')}</p>`;

  return html`<section>
    <h1>${range === 'today' ? t('Hari ini') : t('Minggu ini')}</h1>
    <div class="tabs" role="group">
      <button type="button" aria-pressed=${range === 'today'} onClick=${() => setRange('today')}>
        ${t('Hari ini')}
      </button>
      <button type="button" aria-pressed=${range === 'week'} onClick=${() => setRange('week')}>
        ${t('Minggu ini')}
      </button>
    </div>
    ${load.loading && !d ? html`<${Loading} />` : null}
    ${load.error ? html`<${Notice} text=${errorText(load.error)} kind="error" />` : null}
    ${
      d
        ? html`<div class="today-grid">
            <section class="card">
              <h2>${t('Catatan baru')} (${newRecords.length})</h2>
              ${
                newRecords.length === 0
                  ? none
                  : html`<ul>
                      ${newRecords.map((r) => html`<li><a href=${recordHref(r)}>${r.winner}</a> <span class="muted">· ${r.editionYear ?? '–'} · ${r.province ?? '–'} · ${fmtDateTime(r.firstSeenAt)}</span></li>`)}
                    </ul>`
              }
            </section>
            <section class="card">
              <h2>
                ${t('Sumber baru untuk catatan lama')}${' '}(${newSources.reduce((n, x) => n + x.sources.length, 0)})
              </h2>
              ${
                newSources.length === 0
                  ? none
                  : html`<ul>
                      ${newSources.map((x) => html`<li><a href=${`#/catatan/${encodeURIComponent(x.key)}`}>${x.winner}</a> <span class="muted">· ${x.sources.map((s) => s.outlet).join(', ')}</span></li>`)}
                    </ul>`
              }
            </section>
            <section class="card">
              <h2>${t('Perbedaan baru')} (${conflicts.length})</h2>
              ${
                conflicts.length === 0
                  ? none
                  : html`<ul>
                      ${conflicts.map((c) => html`<li><a href=${`#/catatan/${encodeURIComponent(c.data.key ?? c.subject)}`}>${c.data.winner ?? c.subject}</a> <span class="muted">· ${fmtDateTime(c.at)}</span></li>`)}
                    </ul>`
              }
            </section>
            ${
              missing.length > 0
                ? html`<section class="card">
                    <h2>${t('Belum terlihat musim ini')} (${missing.length})</h2>
                    <ul>
                      ${missing.map(
                        (m) =>
                          html`<li>
                            <a
                              href=${`#/cari?province=${encodeURIComponent(m.data.province ?? m.subject)}`}
                              >${m.data.province ?? m.subject}</a
                            >
                            <span class="muted">${' '}· ${m.data.year ?? ''}</span>
                          </li>`,
                      )}
                    </ul>
                  </section>`
                : null
            }
            <section class="card">
              <h2>${t('Tindakan tinjauan')} (${d.activity.length})</h2>
              ${
                d.activity.length === 0
                  ? none
                  : html`<ul>
                      ${d.activity.map((e) => html`<li><strong>${e.actor}</strong>: ${t(actionWords[e.action] ?? e.action)} <a href=${`#/catatan/${encodeURIComponent(e.key)}`}>${typeof e.after?.winner === 'string' ? e.after.winner : (e.key.split('|').slice(-2, -1)[0] ?? e.key)}</a> <span class="muted">· ${fmtDateTime(e.at)}</span></li>`)}
                    </ul>`
              }
            </section>
          </div>`
        : null
    }
  </section>`;
}
