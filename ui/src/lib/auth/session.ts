// The signed-in session: tokens in memory only, refreshed shortly before they expire (refresh tokens rotate on
// every use, so concurrent refreshes share one request), revoked on sign-out.
import { CALLBACK_PATH, CLIENT_ID, authorizeUrl, redirectUri, takeCallback } from './pkce';

interface TokenResponse {
  access_token: string;
  refresh_token?: string;
  id_token?: string;
  expires_in: number;
}

interface Tokens {
  accessToken: string;
  refreshToken: string | undefined;
  idToken: string | undefined;
  expiresAt: number;
}

const REFRESH_MARGIN_MS = 60_000;

let tokens: Tokens | null = null;
let refreshing: Promise<Tokens | null> | null = null;
let refreshTimer: ReturnType<typeof setTimeout> | undefined;
const listeners = new Set<() => void>();

export class SessionEndedError extends Error {
  constructor() {
    super('Your session has ended; please sign in again.');
  }
}

function notify(): void {
  listeners.forEach((listener) => listener());
}

export function onSessionChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function isSignedIn(): boolean {
  return tokens !== null;
}

async function tokenRequest(fields: Record<string, string>): Promise<Tokens> {
  const response = await fetch('/oauth2/token', {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ client_id: CLIENT_ID, ...fields }),
  });
  if (!response.ok) {
    throw new SessionEndedError();
  }
  const body = (await response.json()) as TokenResponse;
  return {
    accessToken: body.access_token,
    refreshToken: body.refresh_token,
    idToken: body.id_token ?? tokens?.idToken,
    expiresAt: Date.now() + body.expires_in * 1000,
  };
}

function store(next: Tokens | null): void {
  tokens = next;
  clearTimeout(refreshTimer);
  if (next?.refreshToken) {
    const delay = Math.max(next.expiresAt - Date.now() - REFRESH_MARGIN_MS, 5_000);
    refreshTimer = setTimeout(() => void refresh().catch(() => undefined), delay);
  }
  notify();
}

/** Exchanges a new refresh token for fresh tokens; one request at a time, whoever asks. */
export function refresh(): Promise<Tokens | null> {
  const current = tokens;
  if (!current?.refreshToken) {
    store(null);
    return Promise.resolve(null);
  }
  refreshing ??= tokenRequest({ grant_type: 'refresh_token', refresh_token: current.refreshToken })
    .then((next) => {
      store(next);
      return next;
    })
    .catch(() => {
      store(null);
      return null;
    })
    .finally(() => {
      refreshing = null;
    });
  return refreshing;
}

/** The current access token, refreshed first when it is about to expire; null when signed out. */
export async function accessToken(): Promise<string | null> {
  if (refreshing) {
    return (await refreshing)?.accessToken ?? null;
  }
  if (tokens && tokens.expiresAt - Date.now() < REFRESH_MARGIN_MS) {
    return (await refresh())?.accessToken ?? null;
  }
  return tokens?.accessToken ?? null;
}

export async function signIn(returnTo = window.location.pathname + window.location.search): Promise<void> {
  window.location.assign(await authorizeUrl(returnTo === CALLBACK_PATH ? '/' : returnTo));
}

/** Finishes the redirect back from the issuer; answers the path the user wanted. */
export async function completeSignIn(search: string): Promise<string> {
  const { code, verifier, returnTo } = takeCallback(search);
  store(
    await tokenRequest({
      grant_type: 'authorization_code',
      code,
      redirect_uri: redirectUri(),
      code_verifier: verifier,
    }),
  );
  return returnTo;
}

export async function signOut(): Promise<void> {
  const current = tokens;
  // Forget the tokens without telling listeners: they would start a new sign-in while this one ends.
  tokens = null;
  clearTimeout(refreshTimer);
  if (current?.refreshToken) {
    await fetch('/oauth2/revoke', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        client_id: CLIENT_ID,
        token: current.refreshToken,
        token_type_hint: 'refresh_token',
      }),
    }).catch(() => undefined);
  }
  const params = new URLSearchParams({ post_logout_redirect_uri: `${window.location.origin}/` });
  if (current?.idToken) {
    params.set('id_token_hint', current.idToken);
  }
  window.location.assign(`/connect/logout?${params.toString()}`);
}
