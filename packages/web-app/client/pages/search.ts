// Cari: every filter in the hash URL (shareable), one page of results, Excel/CSV of exactly them.
import { html, useState, type VNode } from '/app/vendor/htm-preact.js';
import { api, queryString, type Query } from '../api.ts';
import { currentLang, fmtDate, statusLabel, t, winnerTypeLabel } from '../i18n.ts';
import type { AwardRecord, Page } from '../types.ts';
import {
  ConflictBadges,
  Loading,
  Notice,
  StatusChip,
  errorText,
  pct,
  recordHref,
  useLoad,
} from '../ui.ts';

/** The filters the page keeps in its URL, in the API's parameter names. */
const Fields = [
  'q',
  'province',
  'year',
  'ceremonyYear',
  'level',
  'winnerType',
  'status',
  'hasConflicts',
  'page',
] as const;
const Statuses = ['new', 'confirmed', 'corrected', 'rejected'];
const WinnerTypes = [
  'pemerintah-daerah',
  'provinsi',
  'kabupaten',
  'kota',
  'desa',
  'badan_usaha',
  'umkm',
];

/** The API query for the URL's filters (several review states repeat `status`). */
export function filtersFrom(query: URLSearchParams): Query {
  const q: Query = {};
  for (const f of Fields) {
    if (f === 'status') {
      const all = query.getAll('status').filter(Boolean);
      if (all.length > 0) {
        q.status = all;
      }
    } else {
      const v = query.get(f);
      if (v) {
        q[f] = v;
      }
    }
  }
  return q;
}

export function SearchPage({ query }: { query: URLSearchParams }): VNode {
  const filters = filtersFrom(query);
  const key = query.toString();
  const result = useLoad(
    () => api.get<Page<AwardRecord>>('/awards', { ...filters, limit: 50 }),
    [key],
  );
  const [form, setForm] = useState<Record<string, string | string[]>>(() => ({
    q: query.get('q') ?? '',
    province: query.get('province') ?? '',
    year: query.get('year') ?? '',
    ceremonyYear: query.get('ceremonyYear') ?? '',
    level: query.get('level') ?? '',
    winnerType: query.get('winnerType') ?? '',
    status: query.getAll('status'),
    hasConflicts: query.get('hasConflicts') ?? '',
  }));
  const [copied, setCopied] = useState(false);
  const set = (name: string) => (e: Event) => {
    const el = e.target as HTMLInputElement;
    setForm({ ...form, [name]: el.type === 'checkbox' ? (el.checked ? 'true' : '') : el.value });
  };
  const toggleStatus = (s: string) => (e: Event) => {
    const on = (e.target as HTMLInputElement).checked;
    const cur = (form.status as string[]) ?? [];
    setForm({ ...form, status: on ? [...cur, s] : cur.filter((x) => x !== s) });
  };
  const submit = (e: Event) => {
    e.preventDefault();
    const q: Query = {};
    for (const [k, v] of Object.entries(form)) {
      q[k] = Array.isArray(v) ? v : v.trim();
    }
    location.hash = `#/cari${queryString(q)}`;
  };
  const page = Number(query.get('page') ?? '1');
  const goPage = (n: number) => {
    const next = new URLSearchParams(query);
    next.set('page', String(n));
    location.hash = `#/cari?${next.toString()}`;
  };
  const { page: _page, ...exportFilters } = filters;
  const exportLang = currentLang() === 'en' ? { lang: 'en' } : {};
  const data = result.data;
  const total = data?.total ?? 0;

  return html`<section>
    <h1>${t('Cari')}</h1>
    <form class="search card" onSubmit=${submit} role="search">
      <div class="grid-3">
        <label
          >${t('Nama pemenang')}<input name="q" type="search" value=${form.q} onInput=${set('q')}
        /></label>
        <label
          >${t('Provinsi (nama atau singkatan, mis. Jatim)')}<input
            name="province"
            value=${form.province}
            onInput=${set('province')}
        /></label>
        <label
          >${t('Edisi')}<input
            name="year"
            inputmode="numeric"
            pattern="[0-9]{4}"
            value=${form.year}
            onInput=${set('year')}
        /></label>
        <label
          >${t('Tahun upacara')}<input
            name="ceremonyYear"
            inputmode="numeric"
            pattern="[0-9]{4}"
            value=${form.ceremonyYear}
            onInput=${set('ceremonyYear')}
        /></label>
        <label
          >${t('Tingkat')}
          <select name="level" value=${form.level} onChange=${set('level')}>
            <option value="">${t('Semua')}</option>
            <option value="provinsi">${t('provinsi')}</option>
            <option value="nasional">${t('nasional')}</option>
          </select>
        </label>
        <label
          >${t('Jenis pemenang')}
          <select name="winnerType" value=${form.winnerType} onChange=${set('winnerType')}>
            <option value="">${t('Semua')}</option>
            ${WinnerTypes.map((w) => html`<option value=${w}>${w === 'pemerintah-daerah' ? t('Pemerintah daerah') : winnerTypeLabel(w)}</option>`)}
          </select>
        </label>
      </div>
      <fieldset class="statuses">
        <legend>${t('Status tinjauan')}</legend>
        ${Statuses.map((s) => html`<label class="inline"><input type="checkbox" name="status" value=${s} checked=${(form.status as string[]).includes(s)} onChange=${toggleStatus(s)} /> ${statusLabel(s)}</label>`)}
        <label class="inline"
          ><input
            type="checkbox"
            name="hasConflicts"
            checked=${form.hasConflicts === 'true'}
            onChange=${set('hasConflicts')}
          />
          ${t('Hanya yang ada perbedaan')}</label
        >
      </fieldset>
      <div class="row">
        <button type="submit" class="primary">${t('Cari')}</button>
        <button
          type="button"
          onClick=${() => {
            void navigator.clipboard?.writeText(location.href).then(
              () => setCopied(true),
              () => undefined,
            );
          }}
        >
          ${t('Salin tautan pencarian')}
        </button>
        ${copied ? html`<span role="status">${t('Tautan disalin.')}</span>` : null}
      </div>
    </form>
    <div class="row result-head">
      <p role="status" data-testid="result-count">${data ? `${total} ${t('hasil')}` : ''}</p>
      <span class="downloads">
        <a
          class="button"
          data-testid="export-xlsx"
          href=${`/awards/export${queryString({ ...exportFilters, format: 'xlsx', ...exportLang })}`}
          download
          >${t('Unduh Excel')}</a
        >
        <a
          class="button"
          data-testid="export-csv"
          href=${`/awards/export${queryString({ ...exportFilters, format: 'csv', ...exportLang })}`}
          download
          >${t('Unduh CSV')}</a
        >
        <a
          class="button"
          href=${`/awards/export${queryString({ ...exportFilters, format: 'csv', sep: ';', ...exportLang })}`}
          download
          >${t('CSV dengan titik koma')}</a
        >
      </span>
    </div>
    ${result.loading && !data ? html`<${Loading} />` : null}
    ${result.error ? html`<${Notice} text=${errorText(result.error)} kind="error" />` : null}
    ${data && data.items.length === 0 ? html`<p>${t('Tidak ada hasil.')}</p>` : null}
    ${
      data && data.items.length > 0
        ? html`<div class="table-wrap">
              <table class="results" data-testid="results">
                <thead>
                  <tr>
                    <th scope="col">${t('Pemenang')}</th>
                    <th scope="col">${t('Edisi')}</th>
                    <th scope="col">${t('Tingkat')}</th>
                    <th scope="col">${t('Provinsi')}</th>
                    <th scope="col">${t('Kategori')}</th>
                    <th scope="col">${t('Peringkat')}</th>
                    <th scope="col">${t('Media')}</th>
                    <th scope="col">${t('Keyakinan')}</th>
                    <th scope="col">${t('Status')}</th>
                    <th scope="col">${t('Tanggal')}</th>
                  </tr>
                </thead>
                <tbody>
                  ${data.items.map(
                    (r) =>
                      html`<tr>
                        <td>
                          <a href=${recordHref(r)}>${r.winner}</a><${ConflictBadges} record=${r} />
                        </td>
                        <td>${r.editionYear ?? '–'}</td>
                        <td>${t(r.level)}</td>
                        <td>${r.province ?? '–'}</td>
                        <td>${r.category ?? '–'}</td>
                        <td>${r.rank ?? '–'}</td>
                        <td>${r.outletCount}</td>
                        <td>${pct(r.confidence)}</td>
                        <td><${StatusChip} status=${r.review.status} /></td>
                        <td>${fmtDate(r.firstSeenAt)}</td>
                      </tr>`,
                  )}
                </tbody>
              </table>
            </div>
            <nav class="row pager" aria-label=${t('Halaman')}>
              <button type="button" disabled=${page <= 1} onClick=${() => goPage(page - 1)}>
                ${t('Sebelumnya')}
              </button>
              <span>${t('Halaman')} ${page} / ${Math.max(1, Math.ceil(total / 50))}</span>
              <button
                type="button"
                disabled=${page * 50 >= total}
                onClick=${() => goPage(page + 1)}
              >
                ${t('Berikutnya')}
              </button>
            </nav>`
        : null
    }
  </section>`;
}
