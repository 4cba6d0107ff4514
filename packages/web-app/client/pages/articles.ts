// Artikel: failed and rejected articles with reasons in plain words, retry, and Kirim tautan.
import { html, useEffect, useState, type VNode } from '/app/vendor/htm-preact.js';
import { api, enc, type User } from '../api.ts';
import { fmtDateTime, reasonLabel, t } from '../i18n.ts';
import { Loading, Notice, errorText, useLoad } from '../ui.ts';

interface Outcome {
  stage: string;
  code: string;
  message: string;
  at: string;
}

interface ArticleSummary {
  id: string;
  url: string;
  outlet: string;
  title: string | null;
  stage: string;
  stageChangedAt: string;
  failure: Outcome | null;
  rejection: Outcome | null;
  awardKeys: string[];
}

interface Tracked extends ArticleSummary {
  awards?: Array<{ key: string; shortId?: string; winner: string }>;
}

const Steps = [
  ['fetched', 'Diambil'],
  ['classified', 'Diklasifikasi'],
  ['recorded', 'Diekstrak'],
] as const;
const order = ['discovered', 'fetched', 'classified', 'recorded'];

/** Where a submitted link is: each step done, current, or where it stopped and why. */
function Progress({ a }: { a: Tracked }): VNode {
  const stopped = a.failure ?? a.rejection;
  const reached = stopped
    ? order.indexOf(
        stopped.stage === 'fetch'
          ? 'discovered'
          : stopped.stage === 'classify'
            ? 'fetched'
            : stopped.stage === 'extract'
              ? 'classified'
              : 'discovered',
      )
    : order.indexOf(a.stage);
  return html`<div class="progress" data-testid="submission">
    <p><a href=${a.url} target="_blank" rel="noopener noreferrer">${a.title ?? a.url}</a></p>
    <ol class="steps">
      ${Steps.map(([, label], i) => {
        const done = reached >= i + 1;
        const failedHere = stopped !== null && reached === i;
        const state = done ? 'done' : failedHere ? 'failed' : 'waiting';
        return html`<li class=${`step step-${state}`}>
          <span>${t(label)}</span>:${' '}
          ${done ? t('Selesai') : failedHere ? html`<strong>${a.failure ? t('Gagal') : t('Ditolak')}</strong> — ${reasonLabel(stopped.code)}` : t('Menunggu')}
        </li>`;
      })}
    </ol>
    ${
      a.awards && a.awards.length > 0
        ? html`<ul>
            ${a.awards.map((w) => html`<li><a href=${`#/catatan/${encodeURIComponent(w.shortId ?? w.key)}`}>${w.winner}</a></li>`)}
          </ul>`
        : null
    }
  </div>`;
}

function SubmitLink(): VNode {
  const [url, setUrl] = useState('');
  const [id, setId] = useState<string | null>(null);
  const [tracked, setTracked] = useState<Tracked | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!id) {
      return;
    }
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = () => {
      api.get<Tracked>(`/web/submissions/${enc(id)}`).then(
        (a) => {
          if (!live) {
            return;
          }
          setTracked(a);
          if (!['recorded', 'rejected', 'failed'].includes(a.stage)) {
            timer = setTimeout(poll, 1000);
          }
        },
        (err: unknown) => live && setError(errorText(err)),
      );
    };
    poll();
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [id]);
  const submit = (e: Event) => {
    e.preventDefault();
    setError(null);
    setTracked(null);
    api.post<{ articleId: string }>('/web/submissions', { url: url.trim() }).then(
      (r) => setId(r.articleId),
      (err: unknown) => setError(errorText(err)),
    );
  };
  return html`<section class="card" aria-labelledby="submit-title">
    <h2 id="submit-title">${t('Kirim tautan')}</h2>
    <form class="row" onSubmit=${submit}>
      <label class="grow"
        >${t('Alamat artikel')}
        <input
          name="url"
          type="url"
          required
          placeholder="https://…"
          value=${url}
          onInput=${(e: Event) => setUrl((e.target as HTMLInputElement).value)}
        />
      </label>
      <button type="submit" class="primary">${t('Kirim')}</button>
    </form>
    <${Notice} text=${error} kind="error" />
    ${id && !tracked ? html`<p role="status">${t('Menunggu pemrosesan…')}</p>` : null}
    ${tracked ? html`<div role="status" aria-live="polite"><${Progress} a=${tracked} /></div>` : null}
  </section>`;
}

export function ArticlesPage({ user, query }: { user: User; query: URLSearchParams }): VNode {
  const stage = query.get('tahap') === 'ditolak' ? 'rejected' : 'failed';
  const load = useLoad(
    () =>
      api.get<{ counts: Record<string, number>; items: ArticleSummary[] }>('/articles', {
        stage,
        limit: 100,
      }),
    [stage],
  );
  const [message, setMessage] = useState<{ text: string; kind: 'info' | 'error' } | null>(null);
  const retry = (a: ArticleSummary) =>
    api.post(`/web/articles/${enc(a.id)}/retry`).then(
      () => {
        setMessage({ text: `${t('Dijadwalkan.')} ${a.title ?? a.url}`, kind: 'info' });
        load.reload();
      },
      (err: unknown) => setMessage({ text: errorText(err), kind: 'error' }),
    );
  const counts = load.data?.counts ?? {};
  return html`<section>
    <h1>${t('Artikel')}</h1>
    <${SubmitLink} />
    <div class="tabs" role="group">
      <a class="button" aria-current=${stage === 'failed' ? 'page' : undefined} href="#/artikel"
        >${t('Gagal')} (${counts.failed ?? 0})</a
      >
      <a
        class="button"
        aria-current=${stage === 'rejected' ? 'page' : undefined}
        href="#/artikel?tahap=ditolak"
        >${t('Ditolak')} (${counts.rejected ?? 0})</a
      >
    </div>
    <${Notice} text=${message?.text ?? null} kind=${message?.kind ?? 'info'} />
    ${load.loading && !load.data ? html`<${Loading} />` : null}
    ${load.error ? html`<${Notice} text=${errorText(load.error)} kind="error" />` : null}
    ${load.data && load.data.items.length === 0 ? html`<p class="muted">${t('Tidak ada.')}</p>` : null}
    <ul class="ledger" data-testid="ledger">
      ${(load.data?.items ?? []).map((a) => {
        const o = a.failure ?? a.rejection;
        return html`<li class="card">
          <div>
            <a href=${a.url} target="_blank" rel="noopener noreferrer">${a.title ?? a.url}</a>
            <span class="muted">${' '}· ${a.outlet} · ${fmtDateTime(a.stageChangedAt)}</span>
          </div>
          <div>
            <strong>${reasonLabel(o?.code)}</strong>
            <span class="muted small"
              >${' '}(${t('Tahap')}: ${o?.stage ?? '–'}${o?.message ? ` — ${o.message}` : ''})</span
            >
          </div>
          ${
            stage === 'failed' && user.role !== 'reader'
              ? html`<div>
                  <button type="button" onClick=${() => retry(a)}>${t('Coba lagi')}</button>
                </div>`
              : null
          }
        </li>`;
      })}
    </ul>
  </section>`;
}
