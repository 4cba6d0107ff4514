// Antrian: new and conflicted records, newest first, with keyboard shortcuts for triage.
import { html, useEffect, useState, type VNode } from '/app/vendor/htm-preact.js';
import { api, enc, type User } from '../api.ts';
import { fmtDate, t } from '../i18n.ts';
import { recordId, type AwardRecord, type Page } from '../types.ts';
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

const PageSize = 100;

/**
 * The newest records waiting for review. The API lists the queue oldest first, so this reads its
 * last page (and the one before when the last is short) and turns them round.
 */
async function newestPending(): Promise<Page<AwardRecord>> {
  const first = await api.get<Page<AwardRecord>>('/reviews/pending', { limit: PageSize });
  const last = Math.ceil(first.total / PageSize);
  if (last <= 1) {
    return first;
  }
  const pages = await Promise.all(
    [last - 1, last].map((page) =>
      page === 1
        ? Promise.resolve(first)
        : api.get<Page<AwardRecord>>('/reviews/pending', { limit: PageSize, page }),
    ),
  );
  const items = pages.flatMap((p) => p.items).slice(-PageSize);
  return { items, total: pages[1]?.total ?? first.total };
}

export function QueuePage({ user: _user }: { user: User }): VNode {
  const { data, error, loading, reload } = useLoad(newestPending, []);
  const [selected, setSelected] = useState(0);
  const [message, setMessage] = useState<{ text: string; kind: 'info' | 'error' } | null>(null);
  const [help, setHelp] = useState(false);

  const items = [...(data?.items ?? [])].sort((a, b) => b.firstSeenAt.localeCompare(a.firstSeenAt));

  const confirm = (r: AwardRecord) => {
    api.post(`/reviews/${enc(recordId(r))}`, { action: 'confirm' }).then(
      () => {
        setMessage({ text: `${t('Tersimpan.')} ${r.winner}: ${t('dikonfirmasi')}`, kind: 'info' });
        announceChange();
        reload();
      },
      (err: unknown) => setMessage({ text: errorText(err), kind: 'error' }),
    );
  };

  useShortcuts((key) => {
    const current = items[selected];
    if (key === 'j' || key === 'ArrowDown') {
      setSelected((i) => Math.min(i + 1, Math.max(items.length - 1, 0)));
    } else if (key === 'k' || key === 'ArrowUp') {
      setSelected((i) => Math.max(i - 1, 0));
    } else if (key === 'Enter' && current) {
      location.hash = recordHref(current);
    } else if (key === 'c' && current) {
      confirm(current);
    } else if (key === 'x' && current) {
      location.hash = `${recordHref(current)}?aksi=tolak`;
    } else if (key === '?') {
      setHelp((h) => !h);
    } else {
      return false;
    }
    return true;
  }, /^(INPUT|TEXTAREA|SELECT|BUTTON)$/);

  useEffect(() => {
    document
      .querySelector<HTMLElement>(`[data-index="${selected}"]`)
      ?.scrollIntoView?.({ block: 'nearest' });
  }, [selected]);

  return html`<section>
    <h1>${t('Antrian')} ${data ? html`<span class="muted">(${data.total})</span>` : null}</h1>
    <p class="hint">
      <button type="button" class="link" aria-expanded=${help} onClick=${() => setHelp(!help)}>
        ${t('Pintasan papan ketik')}
      </button>
      ${help ? html`<span> — <kbd>j</kbd>/<kbd>k</kbd>, <kbd>Enter</kbd>, <kbd>c</kbd>, <kbd>x</kbd>, <kbd>?</kbd>: ${t('j / k: pindah kartu · Enter: buka · c: konfirmasi · x: tolak · ?: bantuan')}</span>` : null}
    </p>
    <${Notice} text=${message?.text ?? null} kind=${message?.kind ?? 'info'} />
    ${loading && !data ? html`<${Loading} />` : null}
    ${error ? html`<${Notice} text=${errorText(error)} kind="error" />` : null}
    ${data && items.length === 0 ? html`<p>${t('Tidak ada catatan yang menunggu tinjauan.')}</p>` : null}
    <ol class="cards" aria-label=${t('Antrian')}>
      ${items.map(
        (r, i) =>
          html`<li
            class=${`card record-card${i === selected ? ' selected' : ''}`}
            data-index=${i}
            data-testid="queue-card"
            onClick=${() => setSelected(i)}
          >
            <div class="card-head">
              <h2><a href=${recordHref(r)}>${r.winner}</a></h2>
              <${StatusChip} status=${r.review.status} />
            </div>
            <${RecordFacts} record=${r} />
            <${ConflictBadges} record=${r} />
            <div class="card-foot">
              <span class="muted"
                >${fmtDate(r.firstSeenAt)}${r.shortId ? ` · ${r.shortId}` : ''}</span
              >
              <span class="actions">
                <button type="button" onClick=${() => confirm(r)}>${t('Konfirmasi')}</button>
                <a class="button" href=${recordHref(r)}>${t('Buka')}</a>
              </span>
            </div>
          </li>`,
      )}
    </ol>
  </section>`;
}
