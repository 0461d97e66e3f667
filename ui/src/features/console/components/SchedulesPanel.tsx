import { useState } from 'react';
import { Button } from '@/components/ui/Button';
import { ErrorState } from '@/components/ui/ErrorState';
import { FormProblem } from '@/components/ui/FormProblem';
import { Spinner } from '@/components/ui/Spinner';
import { useCoverTeam, useScheduleAgent, useSchedules, type AgentSchedule, type Calendar, type TeamCoverage } from '../api/calendars';
import { Panel, TABLE } from './ConsolePage';
import { TimeZonePicker } from './TimeZonePicker';

/** Who works when: agents' time zones and working schedules, teams' coverage hours. */
export function SchedulesPanel({ calendars }: { calendars: Calendar[] }) {
  const schedules = useSchedules();
  const options = calendars.map((c) => ({ value: c.id ?? '', label: c.name ?? '' }));
  if (schedules.isPending) return <Spinner label="Loading schedules…" />;
  if (schedules.isError) return <ErrorState error={schedules.error} onRetry={() => void schedules.refetch()} />;
  return (
    <>
      <Panel title="Agents’ schedules">
        <p className="mb-3 text-sm text-muted">An agent with a working schedule is offered routed work only within its hours; without one, the coverage of the ticket’s team applies, else always.</p>
        <div className={TABLE.wrap} tabIndex={0} aria-label="Agents’ schedules table">
          <table className={TABLE.table}>
            <thead><tr><th className={TABLE.th}>Agent</th><th className={TABLE.th}>Time zone</th><th className={TABLE.th}>Working schedule</th><th className={TABLE.th}><span className="sr-only">Save</span></th></tr></thead>
            <tbody>{(schedules.data.agents ?? []).map((agent) => <AgentRow key={agent.id} agent={agent} options={options} />)}</tbody>
          </table>
        </div>
      </Panel>
      <Panel title="Teams’ coverage">
        <div className={TABLE.wrap} tabIndex={0} aria-label="Teams’ coverage table">
          <table className={TABLE.table}>
            <thead><tr><th className={TABLE.th}>Team</th><th className={TABLE.th}>Coverage hours</th><th className={TABLE.th}><span className="sr-only">Save</span></th></tr></thead>
            <tbody>{(schedules.data.teams ?? []).map((team) => <TeamRow key={team.id} team={team} options={options} />)}</tbody>
          </table>
        </div>
      </Panel>
    </>
  );
}

type Options = { value: string; label: string }[];

/** A calendar picker in a table row: its column header shows what it is, its accessible name says whose. */
function RowSelect({ label, value, onChange, options, none }: { label: string; value: string; onChange: (value: string) => void; options: Options; none: string }) {
  return (
    <select aria-label={label} value={value} onChange={(event) => onChange(event.target.value)}
      className="max-w-56 rounded-md border border-line bg-surface px-2 py-1.5 text-sm text-ink focus:outline-none focus-visible:ring-2 focus-visible:ring-accent">
      <option value="">{none}</option>
      {options.map((option) => <option key={option.value} value={option.value}>{option.label}</option>)}
    </select>
  );
}

function AgentRow({ agent, options }: { agent: AgentSchedule; options: Options }) {
  const schedule = useScheduleAgent();
  const [zone, setZone] = useState<string | null>(agent.timeZone ?? null);
  const [calendar, setCalendar] = useState(agent.scheduleCalendarId ?? '');
  const changed = zone !== (agent.timeZone ?? null) || calendar !== (agent.scheduleCalendarId ?? '');
  return (
    <tr>
      <td className={TABLE.td}>{agent.name}{agent.active === false && <span className="ml-1 text-xs text-muted">(off duty)</span>}</td>
      <td className={TABLE.td}><TimeZonePicker label={`Time zone of ${agent.name ?? ''}`} value={zone} onChange={setZone} allowNone hideLabel /></td>
      <td className={TABLE.td}>
        <RowSelect label={`Schedule of ${agent.name ?? ''}`} value={calendar} onChange={setCalendar} options={options} none="None" />
        <div className="mt-1 empty:hidden"><FormProblem error={schedule.error} /></div>
      </td>
      <td className={TABLE.td}>
        <Button size="sm" variant={changed ? 'primary' : 'secondary'} isDisabled={!changed || schedule.isPending} aria-label={`Save schedule of ${agent.name ?? ''}`}
          onPress={() => schedule.mutate({ id: agent.id ?? '', timeZone: zone ?? undefined, scheduleCalendarId: calendar || undefined })}>Save</Button>
      </td>
    </tr>
  );
}

function TeamRow({ team, options }: { team: TeamCoverage; options: Options }) {
  const cover = useCoverTeam();
  const [calendar, setCalendar] = useState(team.coverageCalendarId ?? '');
  const changed = calendar !== (team.coverageCalendarId ?? '');
  return (
    <tr>
      <td className={TABLE.td}>{team.name}</td>
      <td className={TABLE.td}>
        <RowSelect label={`Coverage of ${team.name ?? ''}`} value={calendar} onChange={setCalendar} options={options} none="None (always)" />
        <div className="mt-1 empty:hidden"><FormProblem error={cover.error} /></div>
      </td>
      <td className={TABLE.td}>
        <Button size="sm" variant={changed ? 'primary' : 'secondary'} isDisabled={!changed || cover.isPending} aria-label={`Save coverage of ${team.name ?? ''}`}
          onPress={() => cover.mutate({ id: team.id ?? '', coverageCalendarId: calendar || undefined })}>Save</Button>
      </td>
    </tr>
  );
}
