import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { isConflict, messageOf } from '@/api/problem';
import { Button } from '@/components/ui/Button';
import type { Participant } from '../api/participants';
import type { ParticipantEditor } from '../hooks/useParticipantEditor';

export interface ParticipantsPanelProps {
  participants: readonly Participant[];
  /** Without one (the ticket as it was, or a closed ticket) the list is shown only. */
  editor?: ParticipantEditor;
}

function nameOf(participant: Participant): string {
  return participant.name ?? participant.email ?? 'Erased customer';
}

function refusal(error: unknown): string {
  return isConflict(error) ? 'Someone changed this ticket meanwhile; the list shows it as it is now. Try again if still needed.' : messageOf(error);
}

/** Who gets the ticket's public replies in Cc besides the requester: each removable, and more added by address. */
export function ParticipantsPanel({ participants, editor }: ParticipantsPanelProps) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const refocus = useRef(false);
  const [email, setEmail] = useState('');
  const pending = editor?.pending ?? false;
  const failed = Boolean(editor?.error);
  const message = failed ? refusal(editor?.error) : (editor?.notice ?? '');

  // The field is disabled while a write is sent, which takes its focus; it gets it back for the next address.
  useEffect(() => {
    if (!pending && refocus.current) {
      refocus.current = false;
      input.current?.focus();
    }
  }, [pending]);

  const add = async (event: FormEvent) => {
    event.preventDefault();
    const address = email.trim();
    if (!editor || address === '') return;
    refocus.current = true;
    if (await editor.add(address)) setEmail('');
  };
  const remove = (participant: Participant) => {
    refocus.current = true;
    void editor?.remove(participant);
  };

  return (
    <section aria-labelledby={`${id}-title`} aria-describedby={`${id}-hint`} aria-busy={pending} className="flex flex-col gap-2">
      <div>
        <h2 id={`${id}-title`} className="text-sm font-semibold">
          Participants (CC)
        </h2>
        <p id={`${id}-hint`} className="text-xs text-muted">
          Get public replies by mail; their mail is added to this ticket.
        </p>
      </div>
      {participants.length === 0 ? (
        <p className="text-sm text-muted">No one in CC.</p>
      ) : (
        <ul aria-label="Participants" className="flex flex-col divide-y divide-line rounded-md border border-line">
          {participants.map((participant) => {
            const name = nameOf(participant);
            const erased = !participant.name && !participant.email;
            return (
              <li key={participant.id} className="flex items-center gap-2 py-1.5 pl-2 pr-1">
                <div className="min-w-0 flex-1 text-sm">
                  <p className={`truncate font-medium ${erased ? 'italic text-muted' : ''}`} title={name}>
                    {name}
                  </p>
                  {participant.name && participant.email && (
                    <p className="truncate text-xs text-muted" title={participant.email}>
                      {participant.email}
                    </p>
                  )}
                </div>
                {editor && (
                  <button
                    type="button"
                    disabled={pending}
                    aria-label={`Remove ${name} from CC`}
                    onClick={() => remove(participant)}
                    className="grid size-6 shrink-0 place-items-center rounded text-muted outline-none hover:bg-raised hover:text-ink focus-visible:ring-2 focus-visible:ring-accent disabled:opacity-50"
                  >
                    ×
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {editor && (
        <form noValidate onSubmit={(event) => void add(event)} className="flex flex-col gap-1">
          <label htmlFor={`${id}-email`} className="text-xs font-medium text-muted">
            Add by email
          </label>
          <div className="flex gap-2">
            <input
              ref={input}
              id={`${id}-email`}
              type="email"
              autoComplete="off"
              spellCheck={false}
              value={email}
              disabled={pending}
              placeholder="name@example.com"
              onChange={(event) => setEmail(event.target.value)}
              aria-invalid={failed || undefined}
              aria-describedby={`${id}-message`}
              className={`min-w-0 flex-1 rounded-md border bg-surface px-2 py-1.5 text-sm text-ink focus:outline-none focus-visible:ring-2 focus-visible:ring-accent disabled:opacity-60 ${failed ? 'border-danger' : 'border-line'}`}
            />
            <Button type="submit" size="sm" isDisabled={pending}>
              Add
            </Button>
          </div>
          <p id={`${id}-message`} aria-live="polite" className={`text-xs ${failed ? 'font-medium text-danger' : 'text-muted'}`}>
            {message}
          </p>
        </form>
      )}
    </section>
  );
}
