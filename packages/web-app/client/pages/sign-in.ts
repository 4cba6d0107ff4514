// Masuk: username and password; the server sets the session cookie.
import { html, useState, type VNode } from '/app/vendor/htm-preact.js';
import { ApiError, signIn, type User } from '../api.ts';
import { currentLang, setLang, t } from '../i18n.ts';
import { Notice, errorText } from '../ui.ts';

export function SignInPage({ onSignedIn }: { onSignedIn: (u: User) => void }): VNode {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [, setTick] = useState(0);

  const submit = (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    signIn(username.trim(), password).then(onSignedIn, (err: unknown) => {
      setBusy(false);
      if (err instanceof ApiError && err.status === 401) {
        setError(t('Nama pengguna atau kata sandi salah.'));
      } else if (err instanceof ApiError && err.status === 429) {
        setError(t('Terlalu banyak percobaan. Coba lagi nanti.'));
      } else {
        setError(errorText(err));
      }
    });
  };

  return html`<main id="main" class="sign-in">
    <form class="card" onSubmit=${submit} aria-labelledby="sign-in-title">
      <h1 id="sign-in-title">Paritrana Watch</h1>
      <p>${t('Masuk untuk meninjau dan mencari catatan penghargaan Paritrana.')}</p>
      <label
        >${t('Nama pengguna')}
        <input
          name="username"
          autocomplete="username"
          required
          value=${username}
          onInput=${(e: Event) => setUsername((e.target as HTMLInputElement).value)}
        />
      </label>
      <label
        >${t('Kata sandi')}
        <input
          name="password"
          type="password"
          autocomplete="current-password"
          required
          value=${password}
          onInput=${(e: Event) => setPassword((e.target as HTMLInputElement).value)}
        />
      </label>
      <${Notice} text=${error} kind="error" />
      <button type="submit" class="primary" disabled=${busy}>${t('Masuk')}</button>
      <button
        type="button"
        class="link"
        lang=${currentLang() === 'id' ? 'en' : 'id'}
        onClick=${() => {
          setLang(currentLang() === 'id' ? 'en' : 'id');
          setTick((n) => n + 1);
        }}
      >
        ${currentLang() === 'id' ? 'English' : 'Bahasa Indonesia'}
      </button>
    </form>
  </main>`;
}
