import { describe, expect, it } from 'vitest';
import { authorizeUrl, challengeOf, SignInError, takeCallback } from './pkce';

describe('PKCE sign-in', () => {
  it('asks for a code with the challenge and accepts only the callback of its own state', async () => {
    const url = new URL(await authorizeUrl('/tickets/42'), 'http://localhost');
    expect(url.pathname).toBe('/oauth2/authorize');
    expect(url.searchParams.get('client_id')).toBe('autocrm-web');
    expect(url.searchParams.get('code_challenge_method')).toBe('S256');
    expect(url.searchParams.get('redirect_uri')).toBe(`${window.location.origin}/auth/callback`);
    const state = url.searchParams.get('state') ?? '';
    const result = takeCallback(`?code=abc&state=${state}`);
    expect(result.code).toBe('abc');
    expect(result.returnTo).toBe('/tickets/42');
    expect(await challengeOf(result.verifier)).toBe(url.searchParams.get('code_challenge'));
  });

  it('refuses a callback whose state does not match, and a replayed one', async () => {
    await authorizeUrl('/');
    expect(() => takeCallback('?code=abc&state=forged')).toThrow(SignInError);
    expect(() => takeCallback('?code=abc&state=forged')).toThrow('stale');
  });
});
