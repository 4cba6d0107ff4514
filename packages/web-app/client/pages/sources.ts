// Sumber: each source's health in plain words; admins add (feed discovery), poll, enable, disable.
import { html, useState, type VNode } from '/app/vendor/htm-preact.js';
import { api, enc, type User } from '../api.ts';
import { fmtDateTime, reasonLabel, t } from '../i18n.ts';
import { Loading, Notice, errorText, useLoad } from '../ui.ts';

interface Health {
  status: string;
  lastPolledAt: string | null;
  lastSuccessAt?: string | null;
  lastNewItemAt: string | null;
  lastError: { code: string; message: string; at: string } | null;
  consecutiveErrors: number;
  itemsSeen: number;
  cause?: string | null;
}

interface SourceItem {
  id: string;
  name?: string;
  outlet?: string | null;
  url?: string | null;
  kind?: string;
  enabled?: boolean;
  removed?: boolean;
  health: Health | null;
}

interface Discovery {
  base: string;
  feeds: Array<{
    url: string;
    kind: 'rss' | 'atom' | 'sitemap';
    title: string | null;
    items: number;
  }>;
  failed: Array<{ url: string; reason: string }>;
}

const statusWords: Record<string, string> = {
  ok: 'baik',
  failing: 'bermasalah',
  broken: 'rusak',
  silent: 'sepi',
  'never-polled': 'belum pernah diperiksa',
};

/** The cause of a source's trouble in plain words, e.g. "situs tidak ditemukan (DNS)". */
function cause(h: Health | null): string {
  if (!h?.lastError) {
    return '';
  }
  const words = reasonLabel(h.lastError.code);
  return words === h.lastError.code ? `${words}: ${h.lastError.message}` : words;
}

function AddSource({ onAdded }: { onAdded: () => void }): VNode {
  const [site, setSite] = useState('');
  const [found, setFound] = useState<Discovery | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; kind: 'info' | 'error' } | null>(null);
  const discover = (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setFound(null);
    setMessage(null);
    api.post<Discovery>('/web/sources/discover', { site: site.trim() }).then(
      (d) => {
        setBusy(false);
        setFound(d);
      },
      (err: unknown) => {
        setBusy(false);
        setMessage({ text: errorText(err), kind: 'error' });
      },
    );
  };
  const choose = (feed: Discovery['feeds'][number]) => {
    const host = new URL(found?.base ?? feed.url).hostname.replace(/^www\./, '');
    const id = host.replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
    api
      .put(`/sources/${enc(id)}`, {
        name: feed.title ?? host,
        outlet: host,
        province: null,
        kind: feed.kind,
        url: feed.url,
        pollIntervalMinutes: 60,
        enabled: true,
        feedStatus: 'known',
      })
      .then(
        () => {
          setMessage({ text: `${t('Sumber ditambahkan.')} ${host}`, kind: 'info' });
          setFound(null);
          setSite('');
          onAdded();
        },
        (err: unknown) => setMessage({ text: errorText(err), kind: 'error' }),
      );
  };
  return html`<section class="card" aria-labelledby="add-title">
    <h2 id="add-title">${t('Tambah sumber')}</h2>
    <form class="row" onSubmit=${discover}>
      <label class="grow"
        >${t('Alamat situs')}
        <input
          name="site"
          type="text"
          inputmode="url"
          placeholder="contoh: kabarjagad.com"
          required
          value=${site}
          onInput=${(e: Event) => setSite((e.target as HTMLInputElement).value)}
        />
      </label>
      <button type="submit" class="primary" disabled=${busy}>${t('Cari umpan')}</button>
    </form>
    ${busy ? html`<${Loading} />` : null}
    <${Notice} text=${message?.text ?? null} kind=${message?.kind ?? 'info'} />
    ${
      found
        ? html`<h3>${t('Umpan ditemukan')}</h3>
            ${found.feeds.length === 0 ? html`<p>${t('Tidak ada umpan yang ditemukan.')}</p>` : null}
            <ul class="feeds">
              ${found.feeds.map(
                (f) =>
                  html`<li>
                    <strong>${f.title ?? f.url}</strong>
                    <span class="muted">· ${f.kind} · ${f.items} item · ${f.url}</span>
                    <button type="button" onClick=${() => choose(f)}>${t('Pilih')}</button>
                  </li>`,
              )}
            </ul>
            ${
              found.failed.length > 0
                ? html`<details>
                    <summary>${t('Gagal')} (${found.failed.length})</summary>
                    <ul>
                      ${found.failed.map((f) => html`<li>${f.url}: ${reasonLabel(f.reason)}</li>`)}
                    </ul>
                  </details>`
                : null
            }`
        : null
    }
  </section>`;
}

export function SourcesPage({ user }: { user: User }): VNode {
  const load = useLoad(
    () => api.get<{ items: SourceItem[]; byStatus: Record<string, number> }>('/sources'),
    [],
  );
  const [message, setMessage] = useState<{ text: string; kind: 'info' | 'error' } | null>(null);
  const admin = user.role === 'admin';
  const act = (p: Promise<unknown>, text: string) =>
    p.then(
      () => {
        setMessage({ text, kind: 'info' });
        load.reload();
      },
      (err: unknown) => setMessage({ text: errorText(err), kind: 'error' }),
    );
  const items = load.data?.items ?? [];
  return html`<section>
    <h1>${t('Sumber')}</h1>
    ${load.data ? html`<p class="row summary">${Object.entries(load.data.byStatus).map(([s, n]) => html`<span class=${`chip health-${s}`}>${t(statusWords[s] ?? s)}: ${n}</span>`)}</p>` : null}
    ${admin ? html`<${AddSource} onAdded=${load.reload} />` : html`<p class="muted">${t('Hanya admin yang dapat mengubah sumber.')}</p>`}
    <${Notice} text=${message?.text ?? null} kind=${message?.kind ?? 'info'} />
    ${load.loading && !load.data ? html`<${Loading} />` : null}
    ${load.error ? html`<${Notice} text=${errorText(load.error)} kind="error" />` : null}
    <div class="table-wrap">
      <table class="stack" data-testid="sources">
        <thead>
          <tr>
            <th scope="col">${t('Sumber')}</th>
            <th scope="col">${t('Kesehatan')}</th>
            <th scope="col">${t('Penyebab')}</th>
            <th scope="col">${t('Terakhir berhasil')}</th>
            <th scope="col">${t('Item terlihat')}</th>
            <th scope="col">${t('Status')}</th>
            ${admin ? html`<th scope="col"><span class="visually-hidden">${t('Tindakan tinjauan')}</span></th>` : null}
          </tr>
        </thead>
        <tbody>
          ${items.map((s) => {
            const h = s.health;
            const status = h?.status ?? 'never-polled';
            const lastOk =
              h?.lastSuccessAt ?? (h && h.consecutiveErrors === 0 ? h.lastPolledAt : null);
            return html`<tr>
              <td data-label=${t('Sumber')}>
                <div>
                  <strong>${s.name ?? s.id}</strong>
                  <div class="muted small">${s.url ?? s.outlet ?? ''}</div>
                </div>
              </td>
              <td data-label=${t('Kesehatan')}>
                <span class=${`chip health-${status}`}>${t(statusWords[status] ?? status)}</span>
              </td>
              <td data-label=${t('Penyebab')}>${h?.cause ?? cause(h)}</td>
              <td data-label=${t('Terakhir berhasil')}>${fmtDateTime(lastOk)}</td>
              <td data-label=${t('Item terlihat')}>${h?.itemsSeen ?? 0}</td>
              <td data-label=${t('Status')}>
                ${s.removed ? '–' : s.enabled ? t('Aktif') : t('Nonaktif')}
              </td>
              ${
                admin
                  ? html`<td class="actions">
                      ${
                        s.removed
                          ? null
                          : html` <button
                                type="button"
                                onClick=${() => act(api.post(`/sources/${enc(s.id)}/poll`), `${t('Dijadwalkan.')} ${s.name ?? s.id}`)}
                              >
                                ${t('Periksa sekarang')}
                              </button>
                              <button
                                type="button"
                                onClick=${() => act(api.patch(`/sources/${enc(s.id)}`, { enabled: !s.enabled }), t('Tersimpan.'))}
                              >
                                ${s.enabled ? t('Nonaktifkan') : t('Aktifkan')}
                              </button>`
                      }
                    </td>`
                  : null
              }
            </tr>`;
          })}
        </tbody>
      </table>
    </div>
  </section>`;
}
