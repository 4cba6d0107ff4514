// The record page: evidence in the article, sources, conflicts, history, and the review actions.
import { html, useEffect, useState, type VNode } from '/app/vendor/htm-preact.js';
import { ApiError, api, enc, type User } from '../api.ts';
import { fieldLabel, fmtDate, fmtDateTime, statusLabel, t } from '../i18n.ts';
import { recordId, type AuditEntry, type AwardRecord, type Page } from '../types.ts';
import {
  ConflictBadges,
  Loading,
  Notice,
  RecordFacts,
  StatusChip,
  announceChange,
  errorText,
  recordHref,
  useLoad,
  useShortcuts,
} from '../ui.ts';
import { CorrectForm } from './correct-form.ts';

type Panel = 'none' | 'koreksi' | 'tolak' | 'gabungkan';

interface ArticleView {
  id: string;
  url: string;
  outlet: string;
  title: string | null;
  text: string | null;
  publishedAt: string | null;
  hasCopy: boolean;
}

/** The article text with the evidence sentence marked (whitespace-insensitive match). */
function Highlighted({ text, evidence }: { text: string; evidence: string }): VNode {
  const words = evidence
    .trim()
    .split(/\s+/)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const m = words.length > 0 ? new RegExp(words.join('\\s+')).exec(text) : null;
  if (!m) {
    return html`<div class="article-text">
      <p class="muted">${t('Kalimat bukti tidak ditemukan dalam teks.')}</p>
      ${text}
    </div>`;
  }
  return html`<div class="article-text">
    ${text.slice(0, m.index)}<mark data-testid="evidence">${m[0]}</mark
    >${text.slice(m.index + m[0].length)}
  </div>`;
}

function Evidence({ record }: { record: AwardRecord }): VNode {
  const [index, setIndex] = useState(0);
  const [copy, setCopy] = useState(false);
  const source = record.sources[index] ?? record.sources[0];
  const article = useLoad(
    () =>
      source
        ? api.get<ArticleView>(`/web/articles/${enc(source.articleId)}`)
        : Promise.resolve(null),
    [source?.articleId],
  );
  if (!source) {
    return html`<p />`;
  }
  return html`<section aria-labelledby="evidence-title">
    <h2 id="evidence-title">${t('Kalimat bukti')}</h2>
    ${
      record.sources.length > 1
        ? html`<label class="inline"
            >${t('Artikel sumber')}
            <select
              value=${String(index)}
              onChange=${(e: Event) => {
                setIndex(Number((e.target as HTMLSelectElement).value));
                setCopy(false);
              }}
            >
              ${record.sources.map((s, i) => html`<option value=${String(i)}>${s.outlet} · ${fmtDate(s.publishedAt ?? s.recordedAt)}</option>`)}
            </select></label
          >`
        : null
    }
    <blockquote class="evidence">${source.evidence}</blockquote>
    <details open>
      <summary>${t('Teks artikel')}${article.data?.title ? `: ${article.data.title}` : ''}</summary>
      ${article.loading ? html`<${Loading} />` : null}
      ${
        article.data?.text
          ? html`<${Highlighted} text=${article.data.text} evidence=${source.evidence} />`
          : !article.loading
            ? html`<p class="muted">${t('Teks artikel tidak tersimpan.')}</p>`
            : null
      }
    </details>
    ${
      article.data?.hasCopy
        ? html`<p>
              <button
                type="button"
                class="link"
                aria-expanded=${copy}
                onClick=${() => setCopy(!copy)}
              >
                ${t('Salinan tersimpan')}
              </button>
            </p>
            ${copy ? html`<iframe class="stored-copy" title=${`${t('Salinan tersimpan')}: ${source.outlet}`} sandbox="" src=${`/web/articles/${enc(source.articleId)}/copy`}></iframe>` : null}`
        : null
    }
  </section>`;
}

function Sources({ record }: { record: AwardRecord }): VNode {
  return html`<section aria-labelledby="sources-title">
    <h2 id="sources-title">${t('Sumber berita')} (${record.sources.length})</h2>
    <div class="table-wrap">
      <table>
        <thead>
          <tr>
            <th scope="col">${t('Media')}</th>
            <th scope="col">${t('Tanggal')}</th>
            <th scope="col">${t('Peringkat')}</th>
            <th scope="col">${t('Tautan')}</th>
          </tr>
        </thead>
        <tbody>
          ${record.sources.map(
            (s) =>
              html`<tr>
                <td>
                  ${s.outlet}${s.historical ? html` <span class="chip">${t('Catatan lama')}</span>` : null}
                </td>
                <td>${fmtDate(s.publishedAt ?? s.recordedAt)}</td>
                <td>${s.rank ?? '–'}</td>
                <td class="links">
                  <a href=${s.url} target="_blank" rel="noopener noreferrer"
                    >${t('Asli')}<span class="visually-hidden"> (${s.outlet})</span></a
                  >
                  <a href=${`/web/articles/${enc(s.articleId)}/copy`} target="_blank" rel="noopener"
                    >${t('Salinan tersimpan')}<span class="visually-hidden"> (${s.outlet})</span></a
                  >
                </td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>
  </section>`;
}

function ConflictTable({ record }: { record: AwardRecord }): VNode | null {
  if (record.conflicts.length === 0) {
    return null;
  }
  const outletOf = new Map(record.sources.map((s) => [s.articleId, s.outlet]));
  return html`<section aria-labelledby="conflicts-title">
    <h2 id="conflicts-title">${t('Perbedaan antar sumber')}</h2>
    <div class="table-wrap">
      <table data-testid="conflict-table">
        <thead>
          <tr>
            <th scope="col">${t('Bidang')}</th>
            <th scope="col">${t('Nilai')}</th>
            <th scope="col">${t('Media')}</th>
          </tr>
        </thead>
        <tbody>
          ${record.conflicts.flatMap((c) =>
            c.values.map(
              (v, i) =>
                html`<tr>
                  ${i === 0 ? html`<th scope="row" rowspan=${c.values.length}>${fieldLabel(c.field)}</th>` : null}
                  <td>${c.field === 'level' ? t(String(v.value)) : v.value}</td>
                  <td>
                    ${[...new Set(v.articleIds.map((id) => outletOf.get(id) ?? id))].join(', ')}
                  </td>
                </tr>`,
            ),
          )}
        </tbody>
      </table>
    </div>
  </section>`;
}

const actionWords: Record<string, string> = {
  confirm: 'Konfirmasi',
  reject: 'Tolak',
  correct: 'Koreksi',
  merge: 'Gabungkan',
  'merge-in': 'Gabungkan',
  undo: 'Batalkan',
};

interface Timeline extends Page<AuditEntry> {
  /** What Batalkan would take back (its seq goes with the undo, so a newer action is not undone). */
  undoable?: { seq: number; action: string; actor: string; at: string } | null;
}

/** The record's history (newest first) and what Batalkan would take back. */
function useTimeline(id: string, tick: number) {
  return useLoad(async () => {
    try {
      return await api.get<Timeline>(`/awards/${enc(id)}/history`);
    } catch (err) {
      if (err instanceof ApiError && err.status === 404) {
        return api.get<Timeline>(`/awards/${enc(id)}/audit`);
      }
      throw err;
    }
  }, [id, tick]);
}

function History({ history }: { history: ReturnType<typeof useTimeline> }): VNode {
  const items = history.data?.items ?? [];
  return html`<section aria-labelledby="history-title">
    <h2 id="history-title">${t('Riwayat')}</h2>
    ${history.loading && !history.data ? html`<${Loading} />` : null}
    ${!history.loading && items.length === 0 ? html`<p class="muted">${t('Belum ada riwayat.')}</p>` : null}
    <ol class="history" data-testid="history">
      ${items.map(
        (e) =>
          html`<li>
            <strong>${t(actionWords[e.action] ?? e.action)}</strong> ${t('oleh')} ${e.actor}
            <span class="muted">· ${fmtDateTime(e.at)}</span>
            ${e.note ? html`<div class="muted">“${e.note}”</div>` : null}
          </li>`,
      )}
    </ol>
  </section>`;
}

function MergeForm({
  record,
  onDone,
  onCancel,
}: {
  record: AwardRecord;
  onDone: (r: AwardRecord) => void;
  onCancel: () => void;
}): VNode {
  const [q, setQ] = useState('');
  const [options, setOptions] = useState<AwardRecord[]>([]);
  const [into, setInto] = useState<AwardRecord | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (q.trim().length < 2) {
      setOptions([]);
      return;
    }
    const timer = setTimeout(() => {
      api.get<Page<AwardRecord>>('/awards', { q: q.trim(), limit: 8 }).then(
        (p) => setOptions(p.items.filter((r) => r.key !== record.key)),
        () => setOptions([]),
      );
    }, 200);
    return () => clearTimeout(timer);
  }, [q]);
  const submit = (e: Event) => {
    e.preventDefault();
    if (!into) {
      return;
    }
    api
      .post<AwardRecord>(`/reviews/${enc(recordId(record))}/merge`, { into: recordId(into) })
      .then(onDone, (err: unknown) => setError(errorText(err)));
  };
  return html`<form class="panel" onSubmit=${submit} aria-labelledby="merge-title">
    <h3 id="merge-title">${t('Gabungkan ke catatan')}</h3>
    <label
      >${t('Nama pemenang')}
      <input
        type="search"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded=${options.length > 0}
        aria-controls="merge-options"
        placeholder=${t('Ketik nama pemenang…')}
        value=${q}
        autocomplete="off"
        name="merge-query"
        onInput=${(e: Event) => {
          setQ((e.target as HTMLInputElement).value);
          setInto(null);
        }}
      />
    </label>
    <ul id="merge-options" role="listbox" class="options" aria-label=${t('Gabungkan ke catatan')}>
      ${options.map(
        (r) =>
          html`<li
            role="option"
            aria-selected=${into?.key === r.key}
            tabindex="0"
            data-testid="merge-option"
            onClick=${() => setInto(r)}
            onKeyDown=${(e: KeyboardEvent) => {
              if (e.key === 'Enter' || e.key === ' ') {
                e.preventDefault();
                setInto(r);
              }
            }}
          >
            <strong>${r.winner}</strong> · ${r.editionYear ?? '–'} · ${t(r.level)} ·
            ${r.category ?? '–'} · ${r.province ?? '–'}
          </li>`,
      )}
    </ul>
    <${Notice} text=${error} kind="error" />
    <div class="row">
      <button type="submit" class="primary" disabled=${!into}>
        ${t('Gabungkan')}${into ? ` → ${into.winner}` : ''}
      </button>
      <button type="button" onClick=${onCancel}>${t('Batal')}</button>
    </div>
  </form>`;
}

function RejectForm({
  record,
  onDone,
  onCancel,
}: {
  record: AwardRecord;
  onDone: (r: AwardRecord) => void;
  onCancel: () => void;
}): VNode {
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = (e: Event) => {
    e.preventDefault();
    api
      .post<AwardRecord>(`/reviews/${enc(recordId(record))}`, {
        action: 'reject',
        note: note.trim() || undefined,
      })
      .then(onDone, (err: unknown) => setError(errorText(err)));
  };
  return html`<form class="panel" onSubmit=${submit}>
    <label
      >${t('Alasan penolakan')}
      <textarea
        name="reason"
        required
        rows="3"
        value=${note}
        onInput=${(e: Event) => setNote((e.target as HTMLTextAreaElement).value)}
      ></textarea>
    </label>
    <${Notice} text=${error} kind="error" />
    <div class="row">
      <button type="submit" class="danger">${t('Tolak')}</button>
      <button type="button" onClick=${onCancel}>${t('Batal')}</button>
    </div>
  </form>`;
}

export function RecordPage({
  id,
  user: _user,
  query,
}: {
  id: string;
  user: User;
  query?: URLSearchParams;
}): VNode {
  const [tick, setTick] = useState(0);
  const rec = useLoad(() => api.get<AwardRecord>(`/awards/${enc(id)}`), [id, tick]);
  const timeline = useTimeline(id, tick);
  const [panel, setPanel] = useState<Panel>(query?.get('aksi') === 'tolak' ? 'tolak' : 'none');
  const [message, setMessage] = useState<{ text: string; kind: 'info' | 'error' } | null>(null);
  const r = rec.data;

  const done = (text: string) => (next: AwardRecord) => {
    setPanel('none');
    setMessage({ text, kind: 'info' });
    announceChange();
    if (next && recordId(next) !== id && !next.merged) {
      location.hash = recordHref(next);
    }
    setTick((n) => n + 1);
  };
  const failed = (err: unknown) => setMessage({ text: errorText(err), kind: 'error' });

  const confirm = () => {
    if (r) {
      api
        .post<AwardRecord>(`/reviews/${enc(recordId(r))}`, { action: 'confirm' })
        .then(done(`${t('Tersimpan.')} ${statusLabel('confirmed')}`), failed);
    }
  };
  const undo = () => {
    const last = timeline.data?.undoable;
    if (r) {
      api
        .post<AwardRecord>(`/reviews/${enc(recordId(r))}/undo`, last ? { expected: last.seq } : {})
        .then(done(t('Dibatalkan.')), failed);
    }
  };

  useShortcuts((key) => {
    const map: Record<string, () => void> = {
      c: confirm,
      e: () => setPanel('koreksi'),
      x: () => setPanel('tolak'),
      m: () => setPanel('gabungkan'),
      u: undo,
      Escape: () => setPanel('none'),
    };
    const f = map[key];
    f?.();
    return f !== undefined;
  });

  if (rec.loading && !r) {
    return html`<${Loading} />`;
  }
  if (!r) {
    return html`<section>
      <h1>${t('Catatan')}</h1>
      <${Notice}
        text=${rec.error instanceof ApiError && rec.error.status === 404 ? t('Catatan tidak ditemukan.') : errorText(rec.error)}
        kind="error"
      />
    </section>`;
  }
  return html`<article class="record">
    <header class="record-head">
      <h1>${r.winner}</h1>
      <${StatusChip} status=${r.merged ? 'merged' : r.review.status} />
      ${
        r.shortId
          ? html`<span class="muted"
              >${t('Id singkat')}: <code data-testid="short-id">${r.shortId}</code></span
            >`
          : null
      }
    </header>
    <${RecordFacts} record=${r} />
    <${ConflictBadges} record=${r} />
    <${Notice} text=${message?.text ?? null} kind=${message?.kind ?? 'info'} />
    <div class="actions-bar" role="group" aria-label=${t('Tindakan tinjauan')}>
      <button type="button" class="primary" onClick=${confirm}>${t('Konfirmasi')}</button>
      <button
        type="button"
        aria-expanded=${panel === 'koreksi'}
        onClick=${() => setPanel(panel === 'koreksi' ? 'none' : 'koreksi')}
      >
        ${t('Koreksi')}
      </button>
      <button
        type="button"
        aria-expanded=${panel === 'tolak'}
        onClick=${() => setPanel(panel === 'tolak' ? 'none' : 'tolak')}
      >
        ${t('Tolak')}
      </button>
      <button
        type="button"
        aria-expanded=${panel === 'gabungkan'}
        onClick=${() => setPanel(panel === 'gabungkan' ? 'none' : 'gabungkan')}
      >
        ${t('Gabungkan')}
      </button>
      <button
        type="button"
        onClick=${undo}
        disabled=${timeline.data ? !timeline.data.undoable : false}
        title=${
          timeline.data?.undoable
            ? `${t(actionWords[timeline.data.undoable.action] ?? timeline.data.undoable.action)} ${t('oleh')} ${timeline.data.undoable.actor}`
            : undefined
        }
      >
        ${t('Batalkan')}
      </button>
      <span class="muted small shortcuts"
        >${t('c: konfirmasi · e: koreksi · x: tolak · m: gabungkan · u: batalkan')}</span
      >
    </div>
    ${panel === 'koreksi' ? html`<${CorrectForm} record=${r} onDone=${done(`${t('Tersimpan.')} ${statusLabel('corrected')}`)} onCancel=${() => setPanel('none')} />` : null}
    ${panel === 'tolak' ? html`<${RejectForm} record=${r} onDone=${done(`${t('Tersimpan.')} ${statusLabel('rejected')}`)} onCancel=${() => setPanel('none')} />` : null}
    ${panel === 'gabungkan' ? html`<${MergeForm} record=${r} onDone=${done(`${t('Tersimpan.')} ${statusLabel('merged')}`)} onCancel=${() => setPanel('none')} />` : null}
    <div class="record-grid">
      <div><${Evidence} record=${r} /></div>
      <div>
        <${Sources} record=${r} />
        <${ConflictTable} record=${r} />
        <${History} history=${timeline} />
      </div>
    </div>
  </article>`;
}
