// Cakupan: what the store knows per province × edition × level, which provinces are overdue this
// season, and outlets that reported awards but are not sources yet (admins add them in one step).
import { html, useState, type VNode } from '/app/vendor/htm-preact.js';
import { api, enc, queryString, type User } from '../api.ts';
import { currentLang, t } from '../i18n.ts';
import { Loading, Notice, errorText, useLoad } from '../ui.ts';

interface Cell {
  province: string;
  edition: number;
  level: 'provinsi' | 'nasional';
  records: number;
  review: Record<'new' | 'confirmed' | 'rejected' | 'corrected', number>;
  sources: number;
  outlets: string[];
  ceremonyReports: number;
  state: 'winners' | 'ceremony-only' | 'empty';
}
interface Matrix {
  editions: number[];
  provinces: string[];
  cells: Cell[];
  national: Array<{
    category: string;
    edition: number;
    records: number;
    sources: number;
    outlets: string[];
  }>;
}
interface Season {
  year: number;
  missing: Array<{ province: string; overdueSince: string; searchLinks: string[] }>;
}
interface Suggestion {
  outlet: string;
  reports: number;
  province: string | null;
}

// this page's own English; the shared words come from i18n.ts
const en: Record<string, string> = {
  Cakupan: 'Coverage',
  'Tingkat provinsi': 'Provincial level',
  'Tingkat nasional': 'National level',
  'Tingkat nasional per kategori': 'National level by category',
  'pemenang tercatat': 'winners recorded',
  'menunggu tinjauan': 'waiting for review',
  'upacara diberitakan tanpa nama pemenang': 'ceremony reported, no winner named',
  'tidak ada laporan': 'nothing reported',
  'Terlambat musim ini': 'Overdue this season',
  'Tidak ada provinsi yang terlambat dari jendela upacara biasanya.':
    'No province is past its usual ceremony window.',
  'terlambat sejak': 'overdue since',
  'Cari di Google News': 'Search Google News',
  'Media yang disarankan': 'Suggested outlets',
  'Media yang memberitakan Paritrana tetapi belum menjadi sumber.':
    'Outlets that reported the award but are not sources yet.',
  'Tidak ada media baru yang disarankan.': 'No new outlets to suggest.',
  laporan: 'reports',
  Tambahkan: 'Add',
  'Ditambahkan sebagai sumber': 'Added as a source',
  'tanpa umpan; perlu ditemukan': 'no feed; needs discovery',
  Edisi: 'Editions',
  Provinsi: 'Province',
  Kategori: 'Category',
  catatan: 'records',
  media: 'outlets',
};
const tt = (s: string): string => (currentLang() === 'en' ? (en[s] ?? t(s)) : s);

const thisYear = new Date().getFullYear();

function cellText(c: Cell | undefined): string {
  if (!c || c.state === 'empty') {
    return '·';
  }
  if (c.state === 'ceremony-only') {
    return 'u';
  }
  return `${c.records - c.review.rejected}${c.review.new > 0 ? '*' : ''}`;
}

function cellTitle(c: Cell | undefined): string {
  if (!c || c.state === 'empty') {
    return tt('tidak ada laporan');
  }
  if (c.state === 'ceremony-only') {
    return `${tt('upacara diberitakan tanpa nama pemenang')} (${c.ceremonyReports})`;
  }
  return `${c.records - c.review.rejected} ${tt('pemenang tercatat')}, ${c.review.new} ${tt(
    'menunggu tinjauan',
  )}; ${c.sources} ${tt('laporan')} · ${c.outlets.length} ${tt('media')}`;
}

export function CoveragePage({ user }: { user: User }): VNode {
  const [from, setFrom] = useState(Math.max(2017, thisYear - 4));
  const [level, setLevel] = useState<'provinsi' | 'nasional'>('provinsi');
  const [added, setAdded] = useState<string | null>(null);
  const load = useLoad(
    async () => ({
      matrix: await api.get<Matrix>('/coverage', { editions: `${from}-${thisYear}` }),
      season: await api.get<Season>('/coverage/season'),
      suggestions: (await api.get<{ items: Suggestion[] }>('/coverage/suggestions')).items,
    }),
    [from],
  );
  const d = load.data;
  const cellOf = (m: Matrix, province: string, edition: number) =>
    m.cells.find((c) => c.province === province && c.edition === edition && c.level === level);

  const add = (outlet: string) => {
    api.post<{ source: { url: string | null } }>(`/coverage/suggestions/${enc(outlet)}`).then(
      (r) => {
        setAdded(
          `${tt('Ditambahkan sebagai sumber')}: ${outlet}${r.source.url ? '' : ` (${tt('tanpa umpan; perlu ditemukan')})`}`,
        );
        load.reload();
      },
      (err: unknown) => setAdded(errorText(err)),
    );
  };

  return html`<section>
    <h1>${tt('Cakupan')}</h1>
    <div class="tabs" role="group">
      <button
        type="button"
        aria-pressed=${level === 'provinsi'}
        onClick=${() => setLevel('provinsi')}
      >
        ${tt('Tingkat provinsi')}
      </button>
      <button
        type="button"
        aria-pressed=${level === 'nasional'}
        onClick=${() => setLevel('nasional')}
      >
        ${tt('Tingkat nasional')}
      </button>
      <label>
        ${tt('Edisi')}
        <select
          value=${String(from)}
          onChange=${(e: Event) => setFrom(Number((e.target as HTMLSelectElement).value))}
        >
          ${Array.from({ length: thisYear - 2016 }, (_, i) => 2017 + i).map(
            (y) => html`<option value=${String(y)}>${y}–${thisYear}</option>`,
          )}
        </select>
      </label>
    </div>
    <p class="muted">
      <strong>3</strong> = ${tt('pemenang tercatat')}, <strong>*</strong> =
      ${tt('menunggu tinjauan')}, <strong>u</strong> =
      ${tt('upacara diberitakan tanpa nama pemenang')}, <strong>·</strong> =
      ${tt('tidak ada laporan')}
    </p>
    ${load.loading && !d ? html`<${Loading} />` : null}
    ${load.error ? html`<${Notice} text=${errorText(load.error)} kind="error" />` : null}
    ${
      d
        ? html`<div class="card table-wrap">
              <table class="coverage" data-testid="coverage-matrix">
                <thead>
                  <tr>
                    <th scope="col">${tt('Provinsi')}</th>
                    ${d.matrix.editions.map((e) => html`<th scope="col">${e}</th>`)}
                  </tr>
                </thead>
                <tbody>
                  ${d.matrix.provinces.map(
                    (p) =>
                      html`<tr>
                        <th scope="row">${p}</th>
                        ${d.matrix.editions.map((e) => {
                          const c = cellOf(d.matrix, p, e);
                          return html`<td
                            class=${`cov-${c?.state ?? 'empty'}`}
                            title=${cellTitle(c)}
                          >
                            ${
                              c && c.state === 'winners'
                                ? html`<a
                                    href=${`#/cari${queryString({ province: p, year: e, level })}`}
                                    aria-label=${`${p} ${e}: ${cellTitle(c)}`}
                                    >${cellText(c)}</a
                                  >`
                                : html`<span aria-label=${`${p} ${e}: ${cellTitle(c)}`}
                                    >${cellText(c)}</span
                                  >`
                            }
                          </td>`;
                        })}
                      </tr>`,
                  )}
                </tbody>
              </table>
            </div>
            <section class="card">
              <h2>${tt('Tingkat nasional per kategori')}</h2>
              ${
                d.matrix.national.length === 0
                  ? html`<p class="muted">${t('Tidak ada.')}</p>`
                  : html`<ul>
                      ${d.matrix.national.map(
                        (n) =>
                          html`<li>
                            ${`${n.edition} · ${n.category}: ${n.records} ${tt('catatan')}, ${n.sources} ${tt('laporan')}, ${n.outlets.length} ${tt('media')}`}
                          </li>`,
                      )}
                    </ul>`
              }
            </section>
            <section class="card" data-testid="coverage-overdue">
              <h2>${tt('Terlambat musim ini')} (${d.season.year})</h2>
              ${
                d.season.missing.length === 0
                  ? html`<p class="muted">
                      ${tt('Tidak ada provinsi yang terlambat dari jendela upacara biasanya.')}
                    </p>`
                  : html`<ul>
                      ${d.season.missing.map(
                        (m) =>
                          html`<li>
                            ${m.province} — ${tt('terlambat sejak')} ${m.overdueSince} ·
                            <a href=${m.searchLinks[0]} target="_blank" rel="noopener noreferrer"
                              >${tt('Cari di Google News')}</a
                            >
                          </li>`,
                      )}
                    </ul>`
              }
            </section>
            <section class="card" data-testid="coverage-suggestions">
              <h2>${tt('Media yang disarankan')}</h2>
              <p class="muted">
                ${tt('Media yang memberitakan Paritrana tetapi belum menjadi sumber.')}
              </p>
              ${added ? html`<${Notice} text=${added} />` : null}
              ${
                d.suggestions.length === 0
                  ? html`<p class="muted">${tt('Tidak ada media baru yang disarankan.')}</p>`
                  : html`<ul>
                      ${d.suggestions.map(
                        (s) =>
                          html`<li>
                            ${`${s.outlet} · ${s.reports} ${tt('laporan')}${s.province ? ` · ${s.province}` : ''}`}
                            ${
                              user.role === 'admin'
                                ? html` <button type="button" onClick=${() => add(s.outlet)}>
                                    ${tt('Tambahkan')}
                                  </button>`
                                : null
                            }
                          </li>`,
                      )}
                    </ul>`
              }
            </section>`
        : null
    }
  </section>`;
}
