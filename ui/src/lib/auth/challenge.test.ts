// @vitest-environment node
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { challengeOf, randomString } from './pkce';

describe('challengeOf', () => {
  it('is the unpadded base64url SHA-256 of the verifier (S256), as an independent implementation computes it', async () => {
    const verifier = randomString();
    expect(verifier).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await challengeOf(verifier)).toBe(createHash('sha256').update(verifier).digest('base64url'));
  });
});
