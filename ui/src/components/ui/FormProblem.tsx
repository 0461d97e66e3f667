import { ApiProblem, messageOf } from '@/api/problem';

export interface FormProblemProps {
  error: unknown;
  /** Fields whose errors are already shown beside their inputs. */
  shownFields?: string[];
  /** Codes whose message is already shown beside an input (see fieldError's codes). */
  shownCodes?: string[];
}

/** What the server said about a form, beyond the field errors shown inline; its stable code for support. */
export function FormProblem({ error, shownFields = [], shownCodes = [] }: FormProblemProps) {
  if (!error) return null;
  const problem = error instanceof ApiProblem ? error : undefined;
  if (problem?.code && problem.fieldErrors.length === 0 && shownCodes.includes(problem.code)) return null;
  const allInline = problem !== undefined && problem.fieldErrors.length > 0
    && problem.fieldErrors.every((e) => e.field !== undefined && shownFields.includes(e.field));
  const text = allInline ? 'Please correct the fields marked above.' : messageOf(error);
  return (
    <p role="alert" className="rounded-md border border-danger/40 bg-danger-soft px-3 py-2 text-sm text-ink">
      {text}
      {problem?.code && <span className="ml-2 text-xs text-muted">({problem.code})</span>}
    </p>
  );
}

/**
 * The server's message for one field of a form, if it named that field; or its whole message when the problem names
 * no field and its code is one of {@code codes} (a rule about this field, such as a taken name).
 */
export function fieldError(error: unknown, field: string, codes: string[] = []): string | undefined {
  if (!(error instanceof ApiProblem)) return undefined;
  if (error.fieldErrors.length === 0 && error.code && codes.includes(error.code)) return error.message;
  const messages = error.fieldErrors.filter((e) => e.field === field).map((e) => e.message ?? '');
  return messages.length > 0 ? messages.join('; ') : undefined;
}
