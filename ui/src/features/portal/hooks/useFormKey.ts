// One Idempotency-Key for the lifetime of a form: a double submit, or a retry after a lost answer, opens one ticket.
import { useState } from 'react';

export function newKey(): string {
  if (typeof crypto.randomUUID === 'function') {
    return crypto.randomUUID();
  }
  // crypto.randomUUID needs a secure context; a self-hosted install may be reached over plain http.
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

export function useFormKey(): string {
  const [key] = useState(newKey);
  return key;
}
