// Dasbor: records per edition and level, the 38 provinces as a tile grid, corroboration and backlog.
import { html, useEffect, useRef, type VNode } from '/app/vendor/htm-preact.js';
import type { Chart as ChartType, ChartConfiguration } from 'chart.js';
import { api, queryString } from '../api.ts';
import { t } from '../i18n.ts';
import { ProvinceTiles } from '../provinces.ts';
import { Loading, Notice, errorText, useLoad } from '../ui.ts';

interface Dashboard {
  editions: number[];
  edition: number | null;
  perEdition: Array<{ editionYear: number; provinsi: number; nasional: number }>;
  provinces: Record<string, number>;
  weekly: Array<{ week: string; records: number; corroborated: number; backlog: number }>;
}

type ChartCtor = new (canvas: HTMLCanvasElement, config: ChartConfiguration) => ChartType;

/** One chart from Chart.js (served by the app as /app/vendor/chart.umd.min.js). */
function ChartBox({ label, config }: { label: string; config: ChartConfiguration }): VNode {
  const canvas = useRef<HTMLCanvasElement | null>(null);
  useEffect(() => {
    const Chart = (globalThis as { Chart?: ChartCtor }).Chart;
    if (!canvas.current || !Chart) {
      return;
    }
    const chart = new Chart(canvas.current, {
      ...config,
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        ...config.options,
      },
    });
    return () => chart.destroy();
  }, [JSON.stringify(config.data)]);
  return html`<div class="chart">
    <canvas ref=${canvas} role="img" aria-label=${label}></canvas>
  </div>`;
}

const Green = ['#e8efe9', '#b7dcc4', '#7cc29a', '#3f9d6b', '#0b5d3b'];

export function DashboardPage({ query }: { query: URLSearchParams }): VNode {
  const wanted = query.get('edisi');
  const load = useLoad(
    () => api.get<Dashboard>('/web/dashboard', { edition: wanted ?? undefined }),
    [wanted],
  );
  const d = load.data;
  if (!d) {
    return html`<section>
      <h1>${t('Dasbor')}</h1>
      ${load.error ? html`<${Notice} text=${errorText(load.error)} kind="error" />` : html`<${Loading} />`}
    </section>`;
  }
  const max = Math.max(1, ...Object.values(d.provinces));
  const shade = (n: number) =>
    n === 0 ? Green[0] : Green[Math.min(4, 1 + Math.floor(((n - 1) / max) * 4))];
  const years = d.perEdition.map((x) => String(x.editionYear));
  const weeks = d.weekly.map((w) => w.week);

  return html`<section class="dashboard">
    <h1>${t('Dasbor')}</h1>
    <div class="dash-grid">
      <section class="card tiles-card">
        <div class="row">
          <h2>${t('Pemenang per provinsi')}</h2>
          <label class="inline"
            >${t('Edisi')}
            <select
              value=${String(d.edition ?? '')}
              onChange=${(e: Event) => {
                location.hash = `#/dasbor${queryString({ edisi: (e.target as HTMLSelectElement).value })}`;
              }}
            >
              ${d.editions.map((y) => html`<option value=${String(y)}>${y}</option>`)}
            </select>
          </label>
        </div>
        <p class="muted small">${t('klik provinsi untuk mencari')}</p>
        <div class="tiles" data-testid="province-tiles">
          ${ProvinceTiles.map((p) => {
            const n = d.provinces[p.code] ?? 0;
            return html`<a
              class=${`tile${n > max / 2 ? ' dark' : ''}`}
              href=${`#/cari${queryString({ province: p.name, year: d.edition ?? undefined })}`}
              style=${{ gridColumn: String(p.col + 1), gridRow: String(p.row + 1), background: shade(n) }}
              title=${`${p.name}: ${n} ${t('catatan')}`}
            >
              <span>${p.short}</span> <strong>${n}</strong
              ><span class="visually-hidden"> — ${p.name}, ${t('catatan')}</span>
            </a>`;
          })}
        </div>
      </section>
      <section class="card">
        <h2>${t('Catatan per edisi dan tingkat')}</h2>
        <${ChartBox}
          label=${t('Catatan per edisi dan tingkat')}
          config=${{
            type: 'bar',
            data: {
              labels: years,
              datasets: [
                {
                  label: t('provinsi'),
                  data: d.perEdition.map((x) => x.provinsi),
                  backgroundColor: '#3f9d6b',
                },
                {
                  label: t('nasional'),
                  data: d.perEdition.map((x) => x.nasional),
                  backgroundColor: '#1d4e89',
                },
              ],
            },
            options: {
              scales: {
                x: { stacked: true },
                y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } },
              },
            },
          }}
        />
      </section>
      <section class="card">
        <h2>${t('Dukungan berita dari waktu ke waktu')}</h2>
        <${ChartBox}
          label=${t('Dukungan berita dari waktu ke waktu')}
          config=${{
            type: 'line',
            data: {
              labels: weeks,
              datasets: [
                {
                  label: t('Catatan per minggu'),
                  data: d.weekly.map((w) => w.records),
                  borderColor: '#1d4e89',
                  backgroundColor: '#1d4e89',
                },
                {
                  label: t('Catatan dengan 2+ media'),
                  data: d.weekly.map((w) => w.corroborated),
                  borderColor: '#3f9d6b',
                  backgroundColor: '#3f9d6b',
                },
              ],
            },
            options: { scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } },
          }}
        />
      </section>
      <section class="card">
        <h2>${t('Antrian tinjauan dari waktu ke waktu')}</h2>
        <${ChartBox}
          label=${t('Antrian tinjauan dari waktu ke waktu')}
          config=${{
            type: 'line',
            data: {
              labels: weeks,
              datasets: [
                {
                  label: t('Menunggu tinjauan'),
                  data: d.weekly.map((w) => w.backlog),
                  borderColor: '#b45309',
                  backgroundColor: '#b45309',
                  fill: false,
                },
              ],
            },
            options: { scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } },
          }}
        />
      </section>
    </div>
  </section>`;
}
