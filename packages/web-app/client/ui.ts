// Small pieces every page uses: record facts, conflict badges, status chips, messages.
import { html, useEffect, useRef, useState, type VNode } from '/app/vendor/htm-preact.js';
import { ApiError } from './api.ts';
import { fieldLabel, statusLabel, t, winnerTypeLabel } from './i18n.ts';
import { recordId, type AwardRecord, type Conflict } from './types.ts';

/** "Peringkat: 1 menurut a.com, 2 menurut b.com" for one conflict. */
export function conflictText(c: Conflict, r: Pick<AwardRecord, 'sources'>): string {
  const outletOf = new Map(r.sources.map((s) => [s.articleId, s.outlet]));
  const parts = c.values.map((v) => {
    const outlets = [...new Set(v.articleIds.map((id) => outletOf.get(id) ?? id))];
    const value = c.field === 'level' ? t(String(v.value)) : String(v.value);
    return `${value} ${t('menurut')} ${outlets.join(', ')}`;
  });
  return `${fieldLabel(c.field)}: ${parts.join(', ')}`;
}

export function ConflictBadges({ record }: { record: AwardRecord }): VNode | null {
  if (record.conflicts.length === 0) {
    return null;
  }
  return html`<ul class="conflicts">
    ${record.conflicts.map(
      (c) =>
        html`<li class="badge badge-conflict" data-testid="conflict">
          ${conflictText(c, record)}
        </li>`,
    )}
  </ul>`;
}

export function StatusChip({ status }: { status: string }): VNode {
  return html`<span class=${`chip chip-${status}`}>${statusLabel(status)}</span>`;
}

export const pct = (x: number): string => `${Math.round(x * 100)}%`;

/** The facts of a record as a definition list. */
export function RecordFacts({ record: r }: { record: AwardRecord }): VNode {
  const row = (label: string, value: unknown) =>
    html`<div>
      <dt>${t(label)}</dt>
      <dd>${value ?? '–'}</dd>
    </div>`;
  return html`<dl class="facts">
    ${row('Kategori', r.category)} ${row('Peringkat', r.rank)} ${row('Edisi', r.editionYear)}
    ${row('Tingkat', t(r.level))} ${row('Provinsi', r.province)}
    ${row('Jenis pemenang', winnerTypeLabel(r.winnerType))} ${row('Keyakinan', pct(r.confidence))}
    ${row('Media', r.outletCount)} ${row('Berita', r.clusterCount)}
  </dl>`;
}

export function recordHref(r: Pick<AwardRecord, 'key'> & { shortId?: string }): string {
  return `#/catatan/${encodeURIComponent(recordId(r))}`;
}

/** A human sentence for an API error. */
export function errorText(err: unknown): string {
  if (err instanceof ApiError) {
    if (err.status === 403) {
      return t('Anda tidak berhak melakukan ini.');
    }
    if (err.status === 409 && err.code === 'conflict') {
      return `${t('Catatan ini baru saja diubah orang lain. Muat ulang.')} ${err.message}`;
    }
    return `${t('Terjadi kesalahan')}: ${err.message}`;
  }
  return `${t('Terjadi kesalahan')}: ${err instanceof Error ? err.message : String(err)}`;
}

/** A status line that screen readers announce. */
export function Notice({ text, kind = 'info' }: { text: string | null; kind?: 'info' | 'error' }) {
  if (!text) {
    return null;
  }
  return html`<p class=${`notice notice-${kind}`} role=${kind === 'error' ? 'alert' : 'status'}>
    ${text}
  </p>`;
}

/** Loads data for a page; `reload` fetches again. */
export function useLoad<T>(load: () => Promise<T>, deps: readonly unknown[]) {
  const [state, setState] = useState<{ data: T | null; error: unknown; loading: boolean }>({
    data: null,
    error: null,
    loading: true,
  });
  const [tick, setTick] = useState(0);
  useEffect(() => {
    let live = true;
    setState((s) => ({ ...s, loading: true }));
    load().then(
      (data) => live && setState({ data, error: null, loading: false }),
      (error: unknown) => live && setState({ data: null, error, loading: false }),
    );
    return () => {
      live = false;
    };
  }, [...deps, tick]);
  return { ...state, reload: () => setTick((n) => n + 1) };
}

export function Loading(): VNode {
  return html`<p class="loading" role="status">${t('Memuat…')}</p>`;
}

/**
 * Calls `onKey` for each key pressed outside a form field (and without Ctrl, Alt or Meta); it
 * returns whether it used the key. The window listener is added once and always calls the `onKey`
 * of the latest render, so a key pressed right after another (j then c) sees the state the first
 * one left: a listener re-added by an effect still held the state before, until the browser
 * painted, and c confirmed the card j had just left.
 */
export function useShortcuts(
  onKey: (key: string) => boolean,
  ignoredTags: RegExp = /^(INPUT|TEXTAREA|SELECT)$/,
): void {
  const latest = useRef(onKey);
  latest.current = onKey;
  useEffect(() => {
    const listener = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement;
      if (e.ctrlKey || e.metaKey || e.altKey || ignoredTags.test(target.tagName)) {
        return;
      }
      if (latest.current(e.key)) {
        e.preventDefault();
      }
    };
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);
}

/** Tells the shell that data changed (the review count in the menu refreshes). */
export const announceChange = (): void => {
  window.dispatchEvent(new Event('pw:changed'));
};
