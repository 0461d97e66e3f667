// RFC 9457 problem details as an Error the screens can show: a human message, with the stable code for support.
import type { components } from './schema';

export type Problem = components['schemas']['Problem'];

const FALLBACK_MESSAGES: Record<number, string> = {
  401: 'Your session has ended; please sign in again.',
  403: 'You are not allowed to do this.',
  404: 'This could not be found.',
  409: 'Someone changed this meanwhile.',
  413: 'That is too large to send.',
  429: 'Too many requests; please wait a moment.',
  503: 'The service is busy or catching up; please try again.',
};

export class ApiProblem extends Error {
  readonly status: number;
  readonly code: string | undefined;
  readonly fieldErrors: { field?: string; message?: string }[];

  constructor(status: number, problem: Partial<Problem> | undefined) {
    super(problem?.detail ?? problem?.title ?? FALLBACK_MESSAGES[status] ?? `The request failed (${status}).`);
    this.name = 'ApiProblem';
    this.status = status;
    this.code = problem?.code;
    this.fieldErrors = problem?.errors ?? [];
  }
}

export function isConflict(error: unknown): error is ApiProblem {
  return error instanceof ApiProblem && error.status === 409 && error.code === 'version-conflict';
}

/** A human sentence for any error a screen may meet. */
export function messageOf(error: unknown): string {
  if (error instanceof ApiProblem) {
    const fields = error.fieldErrors
      .filter((e) => e.message)
      .map((e) => (e.field ? `${e.field}: ${e.message ?? ''}` : (e.message ?? '')));
    return fields.length > 0 ? `${error.message} (${fields.join('; ')})` : error.message;
  }
  if (error instanceof TypeError) {
    return 'AutoCRM cannot be reached; check your connection.';
  }
  return error instanceof Error ? error.message : 'Something went wrong.';
}
