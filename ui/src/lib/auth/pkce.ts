// Authorization code + PKCE against AutoCRM's embedded issuer (public client "autocrm-web").
// Only the one-time verifier and state survive the redirect (sessionStorage); tokens stay in memory.

export const CLIENT_ID = 'autocrm-web';
export const CALLBACK_PATH = '/auth/callback';
const PENDING_KEY = 'autocrm.signin';

interface PendingSignIn {
  verifier: string;
  state: string;
  returnTo: string;
}

export function base64Url(bytes: ArrayBuffer | Uint8Array): string {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  return btoa(String.fromCharCode(...view))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

export function randomString(): string {
  return base64Url(crypto.getRandomValues(new Uint8Array(32)));
}

export async function challengeOf(verifier: string): Promise<string> {
  return base64Url(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier)));
}

export function redirectUri(): string {
  return window.location.origin + CALLBACK_PATH;
}

/** Builds the authorize URL and remembers the verifier, state and where to come back to. */
export async function authorizeUrl(returnTo: string): Promise<string> {
  const pending: PendingSignIn = { verifier: randomString(), state: randomString(), returnTo };
  sessionStorage.setItem(PENDING_KEY, JSON.stringify(pending));
  const params = new URLSearchParams({
    response_type: 'code',
    client_id: CLIENT_ID,
    redirect_uri: redirectUri(),
    scope: 'openid profile',
    state: pending.state,
    code_challenge: await challengeOf(pending.verifier),
    code_challenge_method: 'S256',
  });
  return `/oauth2/authorize?${params.toString()}`;
}

export class SignInError extends Error {}

/** Checks the callback's state against the pending sign-in and answers the code, verifier and return path. */
export function takeCallback(search: string): { code: string; verifier: string; returnTo: string } {
  const query = new URLSearchParams(search);
  const raw = sessionStorage.getItem(PENDING_KEY);
  sessionStorage.removeItem(PENDING_KEY);
  const error = query.get('error');
  if (error) {
    throw new SignInError(`Sign-in was not completed (${error}).`);
  }
  const pending = raw ? (JSON.parse(raw) as PendingSignIn) : null;
  const code = query.get('code');
  if (!pending || query.get('state') !== pending.state || !code) {
    throw new SignInError('This sign-in link is stale; please sign in again.');
  }
  return { code, verifier: pending.verifier, returnTo: pending.returnTo };
}
