import { useState } from 'react';
import { Badge } from '@/components/ui/Badge';
import { Button } from '@/components/ui/Button';
import { EmptyState } from '@/components/ui/EmptyState';
import { ErrorState } from '@/components/ui/ErrorState';
import { FormProblem } from '@/components/ui/FormProblem';
import { Spinner } from '@/components/ui/Spinner';
import { useCalendars, useDeleteCalendar, type Calendar } from '../api/calendars';
import { CalendarEditor } from './CalendarEditor';
import { CalendarPreviewPanel } from './CalendarPreviewPanel';
import { weekSummary } from './calendarForm';
import { ConsolePage } from './ConsolePage';
import { SchedulesPanel } from './SchedulesPanel';

/**
 * Business-hours calendars (time zone, weekly hours, holidays, the helpdesk's default), a calculator to check one, and
 * who works when: agents' schedules and teams' coverage.
 */
export function CalendarsScreen() {
  const calendars = useCalendars();
  const [editing, setEditing] = useState<Calendar | 'new'>();
  return (
    <ConsolePage title="Calendars and schedules"
      description="Business hours shared by agents’ working schedules, teams’ coverage and SLA targets in business hours."
      actions={<Button variant="primary" onPress={() => setEditing('new')}>New calendar</Button>}>
      {editing && (
        <CalendarEditor key={editing === 'new' ? 'new' : `${editing.id ?? ''}-${editing.version ?? 0}`}
          calendar={editing === 'new' ? undefined : editing} onDone={() => setEditing(undefined)} />
      )}
      {calendars.isPending ? <Spinner label="Loading calendars…" />
        : calendars.isError ? <ErrorState error={calendars.error} onRetry={() => void calendars.refetch()} />
        : calendars.data.length === 0 ? <EmptyState title="No calendars yet">Without a default calendar, business hours are all hours.</EmptyState>
        : (
          <>
            <ul aria-label="Calendars" className="divide-y divide-line rounded-lg border border-line bg-surface">
              {calendars.data.map((calendar) => <CalendarItem key={calendar.id} calendar={calendar} onEdit={() => setEditing(calendar)} />)}
            </ul>
            <CalendarPreviewPanel calendars={calendars.data} />
            <SchedulesPanel calendars={calendars.data} />
          </>
        )}
    </ConsolePage>
  );
}

function CalendarItem({ calendar, onEdit }: { calendar: Calendar; onEdit: () => void }) {
  const remove = useDeleteCalendar();
  const [confirming, setConfirming] = useState(false);
  const holidays = calendar.holidays?.length ?? 0;
  return (
    <li className="flex flex-col gap-2 px-3 py-3">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <p className="flex flex-wrap items-center gap-2 text-sm font-medium">
            {calendar.name}
            {calendar.isDefault && <Badge>Default</Badge>}
          </p>
          <p className="text-xs text-muted">
            {calendar.timeZone} · {weekSummary(calendar)} · {holidays} holiday{holidays === 1 ? '' : 's'} ·
            {' '}used by {calendar.agents ?? 0} agent{calendar.agents === 1 ? '' : 's'} and {calendar.teams ?? 0} team{calendar.teams === 1 ? '' : 's'}
          </p>
        </div>
        <div className="flex gap-2">
          <Button size="sm" onPress={onEdit} aria-label={`Edit ${calendar.name ?? ''}`}>Edit</Button>
          {confirming ? (
            <>
              <Button size="sm" variant="danger" isDisabled={remove.isPending} aria-label={`Confirm deleting ${calendar.name ?? ''}`}
                onPress={() => remove.mutate({ id: calendar.id ?? '', version: calendar.version }, { onSettled: () => setConfirming(false) })}>
                Delete
              </Button>
              <Button size="sm" onPress={() => setConfirming(false)}>Keep</Button>
            </>
          ) : (
            <Button size="sm" variant="ghost" aria-label={`Delete ${calendar.name ?? ''}`} onPress={() => { remove.reset(); setConfirming(true); }}>Delete…</Button>
          )}
        </div>
      </div>
      <FormProblem error={remove.error} />
    </li>
  );
}
