// The app shell: session, menu with the review count, language switch and hash routes.
import { html, render, useEffect, useState, type VNode } from '/app/vendor/htm-preact.js';
import { api, currentUser, signOut, whenSignedOut, type User } from './api.ts';
import { currentLang, setLang, t } from './i18n.ts';
import { ArticlesPage } from './pages/articles.ts';
import { CoveragePage } from './pages/coverage.ts';
import { DashboardPage } from './pages/dashboard.ts';
import { QueuePage } from './pages/queue.ts';
import { RecordPage } from './pages/record.ts';
import { SearchPage } from './pages/search.ts';
import { SignInPage } from './pages/sign-in.ts';
import { SourcesPage } from './pages/sources.ts';
import { TodayPage } from './pages/today.ts';

/** The current hash route: path segments and query. */
export interface Route {
  path: string[];
  query: URLSearchParams;
}

function parseHash(): Route {
  const raw = location.hash.replace(/^#\/?/, '');
  const [p = '', q = ''] = raw.split('?');
  return {
    path: p.split('/').filter(Boolean).map(decodeURIComponent),
    query: new URLSearchParams(q),
  };
}

const menu: Array<[string, string]> = [
  ['antrian', 'Antrian'],
  ['cari', 'Cari'],
  ['hari-ini', 'Hari ini'],
  ['dasbor', 'Dasbor'],
  ['cakupan', 'Cakupan'],
  ['artikel', 'Artikel'],
  ['sumber', 'Sumber'],
];

function Shell({
  user,
  route,
  onSignOut,
  children,
}: {
  user: User;
  route: Route;
  onSignOut: () => void;
  children: VNode;
}): VNode {
  const [pending, setPending] = useState<number | null>(null);
  useEffect(() => {
    const refresh = () => {
      api.get<{ total: number }>('/reviews/pending', { limit: 1 }).then(
        (r) => setPending(r.total),
        () => setPending(null),
      );
    };
    refresh();
    window.addEventListener('pw:changed', refresh);
    return () => window.removeEventListener('pw:changed', refresh);
  }, [route.path[0]]);
  const here = route.path[0] ?? 'antrian';
  const roleWord = { reader: 'pembaca', reviewer: 'peninjau', admin: 'admin' }[user.role];
  return html`<a
      class="skip"
      href="#main"
      onClick=${(e: Event) => {
        e.preventDefault();
        document.getElementById('main')?.focus();
      }}
      >${t('Lewati ke isi')}</a
    >
    <header class="top">
      <a class="brand" href="#/antrian">Paritrana Watch</a>
      <nav aria-label=${t('Menu utama')}>
        <ul>
          ${menu.map(
            ([slug, label]) =>
              html`<li>
                <a href=${`#/${slug}`} aria-current=${here === slug ? 'page' : undefined}>
                  ${t(label)}
                  ${
                    slug === 'antrian' && pending !== null
                      ? html` <span
                          class="count"
                          data-testid="queue-count"
                          aria-label=${`${pending} ${t('catatan menunggu tinjauan')}`}
                          >${pending}</span
                        >`
                      : null
                  }
                </a>
              </li>`,
          )}
        </ul>
      </nav>
      <div class="who">
        <span class="user" title=${t(roleWord)}>${user.username} · ${t(roleWord)}</span>
        <button
          type="button"
          class="link"
          onClick=${() => {
            setLang(currentLang() === 'id' ? 'en' : 'id');
            window.dispatchEvent(new Event('pw:lang'));
          }}
          lang=${currentLang() === 'id' ? 'en' : 'id'}
        >
          ${currentLang() === 'id' ? 'English' : 'Bahasa Indonesia'}
        </button>
        <button type="button" class="link" onClick=${onSignOut}>${t('Keluar')}</button>
      </div>
    </header>
    <main id="main" tabindex="-1">${children}</main>`;
}

function pageFor(route: Route, user: User): VNode {
  const [first, second] = route.path;
  switch (first) {
    case 'catatan':
      return html`<${RecordPage} id=${second ?? ''} user=${user} query=${route.query} />`;
    case 'cari':
      return html`<${SearchPage} key=${route.query.toString()} query=${route.query} />`;
    case 'hari-ini':
      return html`<${TodayPage} />`;
    case 'dasbor':
      return html`<${DashboardPage} query=${route.query} />`;
    case 'cakupan':
      return html`<${CoveragePage} user=${user} />`;
    case 'artikel':
      return html`<${ArticlesPage} user=${user} query=${route.query} />`;
    case 'sumber':
      return html`<${SourcesPage} user=${user} />`;
    default:
      return html`<${QueuePage} user=${user} />`;
  }
}

function App(): VNode {
  const [user, setUser] = useState<User | null | undefined>(undefined);
  const [route, setRoute] = useState<Route>(parseHash());
  const [, setLangTick] = useState(0);
  useEffect(() => {
    const onHash = () => setRoute(parseHash());
    const onLang = () => setLangTick((n) => n + 1);
    window.addEventListener('hashchange', onHash);
    window.addEventListener('pw:lang', onLang);
    whenSignedOut(() => setUser(null));
    currentUser().then(setUser, () => setUser(null));
    return () => {
      window.removeEventListener('hashchange', onHash);
      window.removeEventListener('pw:lang', onLang);
    };
  }, []);
  useEffect(() => {
    const title = route.path[0] ? route.path[0].replace('-', ' ') : 'antrian';
    document.title = `${title.charAt(0).toUpperCase()}${title.slice(1)} · Paritrana Watch`;
  }, [route]);

  if (user === undefined) {
    return html`<p class="loading" role="status">${t('Memuat…')}</p>`;
  }
  if (user === null) {
    return html`<${SignInPage}
      onSignedIn=${(u: User) => {
        setUser(u);
        if (route.path[0] === 'masuk') {
          location.hash = '#/antrian';
        }
      }}
    />`;
  }
  return html`<${Shell}
    user=${user}
    route=${route}
    onSignOut=${() => {
      signOut().then(
        () => setUser(null),
        () => setUser(null),
      );
      location.hash = '#/masuk';
    }}
    >${pageFor(route, user)}<//
  >`;
}

const root = document.getElementById('app');
if (root) {
  root.textContent = '';
  render(html`<${App} />`, root);
}
