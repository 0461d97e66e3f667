import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/Button';
import { ErrorState } from '@/components/ui/ErrorState';
import { SelectField } from '@/components/ui/SelectField';
import { TextInput } from '@/components/ui/TextInput';
import { useCalendarPreview, type Calendar, type PreviewParams } from '../api/calendars';
import { formatEndIn, formatIn, formatMinutes, instantOf, localNow } from './calendarForm';
import { Panel } from './ConsolePage';

export interface CalendarPreviewPanelProps {
  calendars: Calendar[];
  /** The calendar to preview first. */
  initialId?: string;
}

/**
 * The calculator: from a start, when a target of N business hours falls due (and which holidays it skips), the
 * business time until another moment, and the next opening hours, all in the calendar's time zone.
 */
export function CalendarPreviewPanel({ calendars, initialId }: CalendarPreviewPanelProps) {
  const [id, setId] = useState(initialId ?? calendars[0]?.id ?? '');
  const [start, setStart] = useState(localNow());
  const [hours, setHours] = useState('8');
  const [until, setUntil] = useState('');
  const [params, setParams] = useState<PreviewParams>();
  const preview = useCalendarPreview(params ? id : undefined, params);
  const calendar = calendars.find((c) => c.id === id);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const target = Number(hours);
    setParams({ from: instantOf(start) ?? new Date().toISOString(), hours: hours === '' || Number.isNaN(target) ? undefined : target, to: instantOf(until) });
  };
  const zone = preview.data?.timeZone ?? calendar?.timeZone;
  return (
    <Panel title="Preview a calendar">
      <form onSubmit={submit} className="flex flex-wrap items-end gap-3">
        <SelectField label="Calendar" value={id} onChange={(value) => { setId(value); setParams(undefined); }}
          options={calendars.map((c) => ({ value: c.id ?? '', label: c.name ?? '' }))} />
        <TextInput label="Start (your local time)" type="datetime-local" value={start} onChange={setStart} />
        <TextInput label="Target in business hours" type="number" min={0} step="0.25" value={hours} onChange={setHours} className="w-40" />
        <TextInput label="Until (optional, your local time)" type="datetime-local" value={until} onChange={setUntil} />
        <Button type="submit" variant="primary">Preview</Button>
      </form>
      {preview.isError && <div className="mt-3"><ErrorState error={preview.error} onRetry={() => void preview.refetch()} /></div>}
      {preview.data && (
        <dl aria-label="Preview result" aria-live="polite" className="mt-4 grid gap-x-4 gap-y-2 text-sm sm:grid-cols-[12rem_1fr]">
          <dt className="text-muted">Times shown in</dt>
          <dd>{zone}</dd>
          <dt className="text-muted">At the start</dt>
          <dd>{preview.data.openAtFrom ? 'Open' : `Closed; opens ${formatIn(preview.data.nextOpening, zone)}`}</dd>
          {preview.data.due && (
            <>
              <dt className="text-muted">{`Due after ${preview.data.due.hours ?? 0} business hours`}</dt>
              <dd className="font-semibold">{formatIn(preview.data.due.at, zone)}</dd>
              <dt className="text-muted">Holidays skipped</dt>
              <dd>{(preview.data.due.holidaysSkipped ?? []).length === 0 ? 'None'
                : (preview.data.due.holidaysSkipped ?? []).map((h) => `${h.name ?? ''} (${h.date ?? ''})`).join(', ')}</dd>
            </>
          )}
          {preview.data.between && (
            <>
              <dt className="text-muted">Business time until {formatIn(preview.data.between.to, zone)}</dt>
              <dd className="font-semibold">{formatMinutes(preview.data.between.businessMinutes)}</dd>
            </>
          )}
          <dt className="text-muted">Next opening hours</dt>
          <dd>
            <ol className="flex flex-col gap-0.5">
              {(preview.data.openings ?? []).map((o) => (
                <li key={o.start}>{formatIn(o.start, zone)} – {formatEndIn(o.start, o.end, zone)}</li>
              ))}
            </ol>
          </dd>
        </dl>
      )}
    </Panel>
  );
}
