import { useState } from 'react';
import { Badge } from '@/components/ui/Badge';
import { Button } from '@/components/ui/Button';
import { FormProblem } from '@/components/ui/FormProblem';
import { Spinner } from '@/components/ui/Spinner';
import { TextInput } from '@/components/ui/TextInput';
import type { DryRunReport, DryRunTicket } from '../api/routing';
import { Panel } from './ConsolePage';
import { named } from './RoutingRuleList';

export interface RoutingDryRunPanelProps {
  report: DryRunReport | undefined;
  isRunning: boolean;
  error: unknown;
  /** What was tried: the saved rules, or a draft. */
  subject: string;
  names: Map<string, string>;
  onRun: (limit: number) => void;
}

/** Tries the rules on the last N tickets as they were created, and shows per ticket what would have happened, and why. */
export function RoutingDryRunPanel({ report, isRunning, error, subject, names, onRun }: RoutingDryRunPanelProps) {
  const [limit, setLimit] = useState('50');
  return (
    <Panel title="Dry run">
      <p className="mb-3 text-sm text-muted">
        Try the rules on the last tickets, each as it was when created. Nothing changes.
      </p>
      <div className="flex flex-wrap items-end gap-3">
        <TextInput label="Last tickets (1-500)" type="number" min={1} max={500} value={limit} onChange={setLimit} className="w-40" />
        <Button variant="primary" isDisabled={isRunning} onPress={() => onRun(Math.min(500, Math.max(1, Number(limit) || 50)))}>
          Dry-run saved rules
        </Button>
      </div>
      <div className="mt-3 empty:hidden"><FormProblem error={error} /></div>
      {isRunning && <Spinner label="Trying the rules…" />}
      {report && !isRunning && (
        <div className="mt-4 flex flex-col gap-2" aria-live="polite">
          <p className="text-sm">
            <span className="font-semibold">{subject}</span>: {report.matched} of {report.tickets} tickets matched a rule,{' '}
            {report.changed} would have changed.
          </p>
          <ul aria-label="Dry-run results" className="divide-y divide-line rounded-lg border border-line">
            {report.results?.map((result) => <DryRunResult key={result.ticketId} result={result} names={names} />)}
          </ul>
        </div>
      )}
    </Panel>
  );
}

function DryRunResult({ result, names }: { result: DryRunTicket; names: Map<string, string> }) {
  const shown = (value: string | undefined) => (value ? names.get(value) ?? value : 'none');
  return (
    <li className="px-3 py-2 text-sm">
      <div className="flex flex-wrap items-baseline gap-2">
        <span className="tabular-nums text-muted">#{result.number}</span>
        <span className="min-w-0 flex-1 truncate font-medium">{result.subject}</span>
        {result.matchedRule ? (
          <Badge tone="accent">
            {result.matchedRule.name}{result.matchedRule.version ? ` v${result.matchedRule.version}` : ''}
          </Badge>
        ) : <Badge>No rule matched</Badge>}
      </div>
      {(result.changes?.length ?? 0) > 0 ? (
        <ul className="mt-1 text-xs text-muted">
          {result.changes?.map((change) => (
            <li key={change.field}>
              <span className="font-medium text-ink">{change.field}</span>: {change.field === 'tags' ? change.to
                : `${shown(change.from)} → ${shown(change.to)}`}
            </li>
          ))}
        </ul>
      ) : result.matchedRule ? <p className="mt-1 text-xs text-muted">Nothing would change.</p> : null}
      <details className="mt-1 text-xs">
        <summary className="cursor-pointer text-accent">Why (#{result.number})</summary>
        <ol className="mt-1 flex flex-col gap-1">
          {result.tried?.map((tried, index) => (
            <li key={index}>
              <span className="font-medium">{tried.rule?.name}</span> {tried.matched ? 'matched' : 'did not match'}
              <ul className="ml-4 list-disc">
                {tried.conditions?.map((condition, i) => (
                  <li key={i}>
                    <span aria-hidden>{condition.held ? '✓' : '✗'}</span>
                    <span className="sr-only">{condition.held ? 'held' : 'failed'}:</span> {named(condition.condition ?? '', names)}
                    {condition.list === 'any' ? ' (any)' : ''} — {named(condition.actual ?? '', names)}
                  </li>
                ))}
                {(tried.conditions?.length ?? 0) === 0 && <li>no conditions: matches every ticket</li>}
              </ul>
            </li>
          ))}
          {(result.tried?.length ?? 0) === 0 && <li>No enabled rule to try.</li>}
        </ol>
      </details>
    </li>
  );
}
