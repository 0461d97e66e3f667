import { useNavigate } from '@tanstack/react-router';
import { lazy, Suspense, useId, useState } from 'react';
import type { TicketType } from '@/api/keys';
import { AttachFilesButton } from '@/components/attachments/AttachFilesButton';
import { AttachmentChips } from '@/components/attachments/AttachmentChips';
import { FileDropZone } from '@/components/attachments/FileDropZone';
import { usePendingAttachments } from '@/components/attachments/usePendingAttachments';
import { Button } from '@/components/ui/Button';
import { Spinner } from '@/components/ui/Spinner';
import { hasText } from '@/lib/richText';
import { formErrorsOf, REQUIRED_MESSAGE } from '../api/fieldErrors';
import { type NewTicket, useOpenTicket } from '../api/portal';
import { useFormKey } from '../hooks/useFormKey';
import { type CustomField, type FieldValue, hasValue, INPUT, LABEL, PortalFieldInput } from './PortalFieldInput';

const RichTextEditor = lazy(() => import('@/components/editor/RichTextEditor').then((module) => ({ default: module.RichTextEditor })));

export interface NewTicketFormProps {
  /** The custom fields customers see (the server lists only those to a customer). */
  fields: readonly CustomField[];
}

const TYPES: { value: TicketType; label: string }[] = [
  { value: 'question', label: 'A question' },
  { value: 'incident', label: 'Something is not working' },
  { value: 'problem', label: 'A problem that keeps coming back' },
  { value: 'task', label: 'A request for a change' },
];

function asFieldPayload(values: Record<string, FieldValue | undefined>): NewTicket['customFields'] {
  return Object.fromEntries(Object.entries(values).filter((entry): entry is [string, FieldValue] => entry[1] !== undefined));
}

/** A new request: subject, description in rich text, its kind and the custom fields the customer may fill in. */
export function NewTicketForm({ fields }: NewTicketFormProps) {
  const navigate = useNavigate();
  const key = useFormKey();
  const open = useOpenTicket(key);
  const [subject, setSubject] = useState('');
  const [description, setDescription] = useState('');
  const [type, setType] = useState<TicketType | ''>('');
  const [values, setValues] = useState<Record<string, FieldValue | undefined>>({});
  const [missing, setMissing] = useState<Record<string, string>>({});
  const attachments = usePendingAttachments();
  const ids = { subject: useId(), description: useId(), type: useId() };
  const shown = fields.filter((field) => field.active !== false).toSorted((a, b) => (a.position ?? 0) - (b.position ?? 0));

  const server = open.isError ? formErrorsOf(open.error) : { fields: {}, form: null };
  const errors: Record<string, string> = { ...server.fields, ...missing };
  const hasFieldErrors = Object.keys(errors).length > 0;

  const submit = () => {
    const required: Record<string, string> = {};
    if (subject.trim() === '') required.subject = 'Please give your request a subject.';
    if (!hasText(description)) required.description = 'Please describe what you need.';
    for (const field of shown) {
      if (field.required && !hasValue(values[field.key ?? ''])) {
        required[`customFields.${field.key ?? ''}`] = REQUIRED_MESSAGE;
      }
    }
    setMissing(required);
    if (Object.keys(required).length > 0 || open.isPending || attachments.uploading) {
      return;
    }
    open.mutate(
      { subject: subject.trim(), descriptionHtml: description, type, customFields: asFieldPayload(values), attachmentIds: attachments.ids },
      { onSuccess: (created) => void navigate({ to: '/portal/tickets/$ticketId', params: { ticketId: created.id ?? '' } }) },
    );
  };

  return (
    <form
      aria-labelledby="new-ticket-title"
      noValidate
      className="flex flex-col gap-5"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <h1 id="new-ticket-title" className="text-xl font-semibold">
        New request
      </h1>
      {(server.form || hasFieldErrors) && (
        <div role="alert" className="rounded-md border border-danger/40 bg-danger-soft p-3 text-sm">
          <p className="font-semibold text-danger">{hasFieldErrors ? 'Please check the fields marked below.' : 'Your request was not sent.'}</p>
          {server.form && <p className="mt-1">{server.form}</p>}
        </div>
      )}
      <div className="flex flex-col gap-1">
        <label htmlFor={ids.subject} className={LABEL}>
          Subject
        </label>
        <input
          id={ids.subject}
          value={subject}
          maxLength={250}
          required
          aria-invalid={errors.subject !== undefined}
          aria-describedby={errors.subject ? `${ids.subject}-error` : undefined}
          onChange={(event) => setSubject(event.target.value)}
          className={INPUT}
        />
        {errors.subject && (
          <p id={`${ids.subject}-error`} className="text-sm text-danger">
            {errors.subject}
          </p>
        )}
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor={ids.type} className={LABEL}>
          What kind of request is it? <span className="font-normal text-muted">(optional)</span>
        </label>
        <select id={ids.type} value={type} onChange={(event) => setType(event.target.value as TicketType | '')} className={INPUT}
          aria-invalid={errors.type !== undefined}>
          <option value="">Choose…</option>
          {TYPES.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
        {errors.type && <p className="text-sm text-danger">{errors.type}</p>}
      </div>
      <div className="flex flex-col gap-1">
        <span className={LABEL} id={ids.description}>
          Description
        </span>
        <FileDropZone onFiles={attachments.add} className={`rounded-md border bg-surface focus-within:ring-2 focus-within:ring-accent ${errors.description ? 'border-danger' : 'border-line'}`}>
          <Suspense fallback={<Spinner label="Loading the editor…" />}>
            <RichTextEditor label="Description" initialHtml="" placeholder="What happened, and what did you expect?" onChange={setDescription} onReady={() => undefined} onSubmit={submit} />
          </Suspense>
          <div className="flex flex-col gap-2 border-t border-line/70 px-2 py-1.5">
            <AttachmentChips items={attachments.items} onRemove={attachments.remove} />
            <AttachFilesButton onFiles={attachments.add} isDisabled={open.isPending} className="self-start" />
          </div>
        </FileDropZone>
        {errors.description && (
          <p className="text-sm text-danger" role="status">
            {errors.description}
          </p>
        )}
      </div>
      {shown.length > 0 && (
        <fieldset className="flex flex-col gap-4 rounded-lg border border-line p-4">
          <legend className="px-1 text-sm font-semibold">Details</legend>
          {shown.map((field) => (
            <PortalFieldInput
              key={field.key}
              field={field}
              value={values[field.key ?? '']}
              error={errors[`customFields.${field.key ?? ''}`]}
              onChange={(value) => setValues((current) => ({ ...current, [field.key ?? '']: value }))}
            />
          ))}
        </fieldset>
      )}
      <div className="flex items-center gap-3">
        <Button type="submit" variant="primary" isDisabled={open.isPending || attachments.uploading} className="min-h-11 w-full sm:w-auto sm:min-h-0">
          {open.isPending ? 'Sending…' : 'Send request'}
        </Button>
      </div>
    </form>
  );
}
