import { useState } from 'react';
import { Badge } from '@/components/ui/Badge';
import { Button } from '@/components/ui/Button';
import { EmptyState } from '@/components/ui/EmptyState';
import { ErrorState } from '@/components/ui/ErrorState';
import { FormProblem } from '@/components/ui/FormProblem';
import { Modal } from '@/components/ui/Modal';
import { Spinner } from '@/components/ui/Spinner';
import { duration, overall, upToDate, useDeadLetters, useProcessManagers, useReadModels, useRebuild, useRetryDeadLetters, type Progress } from '../api/operations';
import { ConsolePage, Panel, TABLE } from './ConsolePage';
import { RebuildProgress } from './RebuildProgress';

const NUMBER = new Intl.NumberFormat();

/**
 * The read models: progress per processor, a rebuild from the event store with live progress, parked events; and the
 * work engine's processors' progress.
 */
export function OperationsScreen() {
  const readModels = useReadModels();
  const [confirming, setConfirming] = useState(false);
  const rebuild = useRebuild();
  return (
    <ConsolePage title="Operations"
      description="The read models (queue, ticket views, history, audit) are built from the event store by processors. Here you watch them, rebuild them from history, retry events a projection could not handle, and see how far the work engine (routing, SLA, triggers, assignment) is behind."
      actions={<Button variant="danger" onPress={() => setConfirming(true)} isDisabled={rebuild.isPending}>Rebuild read models…</Button>}>
      <FormProblem error={rebuild.error} />
      {readModels.isPending ? <Spinner label="Loading processors…" />
        : readModels.isError ? <ErrorState error={readModels.error} onRetry={() => void readModels.refetch()} />
        : (
          <>
            <RebuildProgress {...overall(readModels.data)} />
            <ProcessorTable label="Read-model processors" processors={readModels.data} />
          </>
        )}
      <EnginePanel />
      <DeadLettersPanel />
      <Modal title="Rebuild every read model?" isOpen={confirming} onOpenChange={setConfirming}>
        <div className="flex flex-col gap-2 text-sm">
          <p>AutoCRM drops the read models and replays every event from the event store. Nothing in the event store changes; no ticket is lost.</p>
          <p>While it replays, queues, counts and searches are incomplete: agents may see fewer tickets until it finishes. Run it in a quiet hour on large installations.</p>
          <p>It is refused while another node's processors still hold the read models: stop their query processes first.</p>
          <div className="mt-2 flex justify-end gap-2">
            <Button onPress={() => setConfirming(false)}>Cancel</Button>
            <Button variant="danger" isDisabled={rebuild.isPending}
              onPress={() => { setConfirming(false); rebuild.mutate(); }}>Rebuild now</Button>
          </div>
        </div>
      </Modal>
    </ConsolePage>
  );
}

/** Names of the work engine's processors, as people know them. */
const ENGINE_NAMES: Record<string, string> = {
  routing: 'Routing rules',
  'sla-policies': 'SLA policies',
  automation: 'Triggers and automations',
  assignment: 'Assignment',
};

function ProcessorTable({ processors, label }: { processors: Progress[]; label: string }) {
  return (
    <div className={TABLE.wrap} tabIndex={0} role="region" aria-label={label}>
      <table className={TABLE.table}>
        <thead><tr>
          <th className={TABLE.th}>Processor</th><th className={TABLE.th}>Position</th><th className={TABLE.th}>Lag</th>
          <th className={TABLE.th}>Rate</th><th className={TABLE.th}>State</th>
        </tr></thead>
        <tbody>{processors.map((p) => <ProcessorRow key={p.name} progress={p} />)}</tbody>
      </table>
    </div>
  );
}

/**
 * The work engine's processors: how far routing, SLA measuring, triggers and assignment are behind the newest event.
 * A rebuild of the read models never touches them.
 */
function EnginePanel() {
  const engine = useProcessManagers();
  return (
    <Panel title="Work engine">
      <p className="mb-3 text-sm text-muted">Routing, SLA measuring, triggers and assignment follow the event store too. When they lag, tickets wait that long to be routed, measured or assigned. A rebuild of the read models leaves them where they are.</p>
      {engine.isPending ? <Spinner label="Loading the work engine…" />
        : engine.isError ? <ErrorState error={engine.error} onRetry={() => void engine.refetch()} />
        : engine.data.length === 0 ? <EmptyState title="Not on this node">The work engine runs on the nodes that handle commands.</EmptyState>
        : <ProcessorTable label="Work engine processors" processors={engine.data} />}
    </Panel>
  );
}

function ProcessorRow({ progress }: { progress: Progress }) {
  const known = progress.name ? ENGINE_NAMES[progress.name] : undefined;
  return (
    <tr>
      <td className={TABLE.td}>
        {known ? <>{known} <span className="block font-mono text-xs text-muted">{progress.name}</span></>
          : <span className="font-mono text-xs">{progress.name}</span>}
      </td>
      <td className={`${TABLE.td} tabular-nums`}>{progress.position === undefined || progress.position === null ? '—' : NUMBER.format(progress.position)} / {NUMBER.format(progress.head ?? 0)}</td>
      <td className={`${TABLE.td} tabular-nums`}>{NUMBER.format(progress.lag ?? 0)}</td>
      <td className={`${TABLE.td} tabular-nums`}>
        {typeof progress.eventsPerSecond === 'number' ? `${NUMBER.format(Math.round(progress.eventsPerSecond))}/s` : '—'}
        {!upToDate(progress) && typeof progress.secondsLeft === 'number' && <span className="block text-xs text-muted">{duration(progress.secondsLeft)} left</span>}
      </td>
      <td className={TABLE.td}>
        {!progress.running ? <Badge tone="danger">stopped</Badge>
          : progress.replaying ? <Badge tone="accent">replaying</Badge>
          : upToDate(progress) ? <Badge tone="success">up to date</Badge>
          : <Badge>catching up</Badge>}
      </td>
    </tr>
  );
}

function DeadLettersPanel() {
  const all = useDeadLetters();
  const retry = useRetryDeadLetters();
  // The server lists every processing group; only those with parked events matter here.
  const parked = all.data?.filter((group) => (group.letters ?? 0) > 0) ?? [];
  return (
    <Panel title="Dead letters">
      <p className="mb-3 text-sm text-muted">Events a projection failed on are parked here, with the events after them for the same ticket, so that one bad event never stops the rest. Retry once the cause is fixed.</p>
      {all.isPending ? <Spinner label="Loading dead letters…" />
        : all.isError ? <ErrorState error={all.error} onRetry={() => void all.refetch()} />
        : parked.length === 0 ? <EmptyState title="No parked events">Every projection handled every event.</EmptyState>
        : (
          <>
            <div className={TABLE.wrap} tabIndex={0}>
              <table className={TABLE.table}>
                <thead><tr><th className={TABLE.th}>Processing group</th><th className={TABLE.th}>Sequences</th><th className={TABLE.th}>Events</th></tr></thead>
                <tbody>{parked.map((l) => (
                  <tr key={l.processingGroup}>
                    <td className={`${TABLE.td} font-mono text-xs`}>{l.processingGroup}</td>
                    <td className={`${TABLE.td} tabular-nums`}>{l.sequences}</td>
                    <td className={`${TABLE.td} tabular-nums`}>{l.letters}</td>
                  </tr>
                ))}</tbody>
              </table>
            </div>
            <Button className="mt-3" onPress={() => retry.mutate()} isDisabled={retry.isPending}>Retry parked events</Button>
          </>
        )}
      <div className="mt-2"><FormProblem error={retry.error} /></div>
    </Panel>
  );
}
