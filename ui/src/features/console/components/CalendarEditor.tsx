import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/Button';
import { CheckboxField } from '@/components/ui/CheckboxField';
import { FormProblem, fieldError } from '@/components/ui/FormProblem';
import { TextInput } from '@/components/ui/TextInput';
import { useSaveCalendar, type Calendar } from '../api/calendars';
import { DAYS, dayLabel, draftOf, emptyDraft, requestOf, type CalendarDraft, type Day, type HoursRange } from './calendarForm';
import { Panel } from './ConsolePage';
import { TimeZonePicker } from './TimeZonePicker';

const NAME_CODES = ['duplicate-definition'];
const ZONE_CODES = ['unknown-time-zone'];
const HOURS_CODES = ['invalid-business-hours'];
const TIME = 'rounded-md border border-line bg-surface px-2 py-1 text-sm text-ink focus:outline-none focus-visible:ring-2 focus-visible:ring-accent';

export interface CalendarEditorProps {
  /** The calendar to change; undefined for a new one. */
  calendar?: Calendar;
  onDone: (saved?: Calendar) => void;
}

/** Creates or changes a calendar: name, time zone, weekly hours (several ranges a day), holidays, default. */
export function CalendarEditor({ calendar, onDone }: CalendarEditorProps) {
  const save = useSaveCalendar();
  const [draft, setDraft] = useState<CalendarDraft>(() => calendar ? draftOf(calendar)
    : emptyDraft(Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC'));
  const update = (change: Partial<CalendarDraft>) => setDraft((current) => ({ ...current, ...change }));
  const setDay = (day: Day, ranges: HoursRange[]) => setDraft((current) => ({ ...current, week: { ...current.week, [day]: ranges } }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate({ id: calendar?.id, version: calendar?.version, body: requestOf(draft) }, { onSuccess: (saved) => onDone(saved) });
  };
  const hoursError = fieldError(save.error, 'weeklyHours', HOURS_CODES);
  const title = calendar ? `Edit ${calendar.name ?? ''}` : 'New calendar';
  return (
    <Panel title={title}>
      <form onSubmit={submit} className="flex flex-col gap-4">
        <div className="flex flex-wrap items-start gap-3">
          <TextInput label="Calendar name" value={draft.name} onChange={(name) => update({ name })} required
            error={fieldError(save.error, 'name', NAME_CODES)} className="min-w-56 flex-1" />
          <TimeZonePicker label="Time zone" value={draft.timeZone} onChange={(zone) => update({ timeZone: zone ?? 'UTC' })}
            error={fieldError(save.error, 'timeZone', ZONE_CODES)} />
        </div>
        <fieldset className="flex flex-col gap-2" aria-describedby={hoursError ? 'weekly-hours-error' : undefined}>
          <legend className="mb-1 text-sm font-semibold">Weekly hours</legend>
          <p className="text-xs text-muted">Local times in the calendar’s time zone; an end of 00:00 means until midnight. Days without hours are closed.</p>
          {DAYS.map((day) => <DayHours key={day} day={day} ranges={draft.week[day]} onChange={(ranges) => setDay(day, ranges)} />)}
          {hoursError && <p id="weekly-hours-error" className="text-sm font-medium text-danger">{hoursError}</p>}
        </fieldset>
        <HolidaysEditor holidays={draft.holidays} onChange={(holidays) => update({ holidays })} />
        <CheckboxField label="The helpdesk’s default business hours (SLA targets in business hours use it)"
          isSelected={draft.isDefault} onChange={(isDefault) => update({ isDefault })} />
        <div className="flex flex-wrap gap-2">
          <Button type="submit" variant="primary" isDisabled={save.isPending}>{calendar ? 'Save calendar' : 'Create calendar'}</Button>
          <Button onPress={() => onDone()}>Cancel</Button>
        </div>
        <FormProblem error={save.error} shownFields={['name', 'timeZone']} shownCodes={[...NAME_CODES, ...ZONE_CODES, ...HOURS_CODES]} />
      </form>
    </Panel>
  );
}

function DayHours({ day, ranges, onChange }: { day: Day; ranges: HoursRange[]; onChange: (ranges: HoursRange[]) => void }) {
  const label = dayLabel(day);
  const change = (index: number, range: HoursRange) => onChange(ranges.map((r, i) => (i === index ? range : r)));
  return (
    <div role="group" aria-label={label} className="flex flex-wrap items-center gap-2 border-b border-line pb-2 last:border-b-0">
      <span className="w-24 text-sm font-medium">{label}</span>
      {ranges.length === 0 && <span className="text-sm text-muted">Closed</span>}
      {ranges.map((range, index) => (
        <span key={index} className="flex items-center gap-1">
          <input type="time" aria-label={`${label} opens`} value={range.start} className={TIME}
            onChange={(event) => change(index, { ...range, start: event.target.value })} />
          <span aria-hidden>–</span>
          <input type="time" aria-label={`${label} closes`} value={range.end} className={TIME}
            onChange={(event) => change(index, { ...range, end: event.target.value })} />
          <Button size="sm" variant="ghost" aria-label={`Remove ${label} ${range.start}–${range.end}`}
            onPress={() => onChange(ranges.filter((_, i) => i !== index))}>✕</Button>
        </span>
      ))}
      <Button size="sm" aria-label={`Add hours on ${label}`}
        onPress={() => onChange([...ranges, ranges.length === 0 ? { start: '09:00', end: '17:00' } : { start: '18:00', end: '20:00' }])}>
        + Hours
      </Button>
    </div>
  );
}

function HolidaysEditor({ holidays, onChange }: { holidays: CalendarDraft['holidays']; onChange: (holidays: CalendarDraft['holidays']) => void }) {
  const [date, setDate] = useState('');
  const [name, setName] = useState('');
  const add = () => {
    if (!date || !name.trim()) return;
    onChange([...holidays.filter((h) => h.date !== date), { date, name: name.trim() }].sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '')));
    setDate('');
    setName('');
  };
  return (
    <fieldset className="flex flex-col gap-2">
      <legend className="mb-1 text-sm font-semibold">Holidays</legend>
      {holidays.length === 0 ? <p className="text-sm text-muted">No holidays.</p> : (
        <ul aria-label="Holidays" className="flex flex-col gap-1">
          {holidays.map((holiday) => (
            <li key={holiday.date} className="flex items-center gap-2 text-sm">
              <span className="w-28 tabular-nums">{holiday.date}</span>
              <span className="flex-1">{holiday.name}</span>
              <Button size="sm" variant="ghost" aria-label={`Remove holiday ${holiday.name ?? ''} on ${holiday.date ?? ''}`}
                onPress={() => onChange(holidays.filter((h) => h.date !== holiday.date))}>✕</Button>
            </li>
          ))}
        </ul>
      )}
      <div className="flex flex-wrap items-end gap-2">
        <label className="flex flex-col gap-1 text-xs font-medium text-muted">
          Holiday date
          <input type="date" value={date} onChange={(event) => setDate(event.target.value)} className={TIME} />
        </label>
        <TextInput label="Holiday name" value={name} onChange={setName} className="min-w-48 flex-1"
          onKeyDown={(event) => { if (event.key === 'Enter') { event.preventDefault(); add(); } }} />
        <Button onPress={add} isDisabled={!date || !name.trim()}>Add holiday</Button>
      </div>
    </fieldset>
  );
}
