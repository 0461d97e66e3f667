import { useMemo, useState } from 'react';
import { useAgents, useStatuses, useTeams } from '@/api/directory';
import { Button } from '@/components/ui/Button';
import { EmptyState } from '@/components/ui/EmptyState';
import { ErrorState } from '@/components/ui/ErrorState';
import { FormProblem } from '@/components/ui/FormProblem';
import { Spinner } from '@/components/ui/Spinner';
import { useOrganisations } from '../api/directory';
import {
  draftOf, useCreateRoutingRule, useDeleteRoutingRule, useDryRun, useReorderRoutingRules, useRoutingRules,
  useUpdateRoutingRule, type RoutingRule, type RuleDraft,
} from '../api/routing';
import { ConsolePage } from './ConsolePage';
import { RoutingDryRunPanel } from './RoutingDryRunPanel';
import { RoutingRuleEditor } from './RoutingRuleEditor';
import { RoutingRuleList } from './RoutingRuleList';

const NEW_RULE: RuleDraft = { name: '', enabled: true, conditions: { all: [], any: [] }, actions: {} };

/** Routing rules: their order, on/off, editing (each save a new version), and the dry run against past tickets. */
export function RoutingScreen() {
  const rules = useRoutingRules();
  const teams = useTeams();
  const agents = useAgents();
  const organisations = useOrganisations();
  const statuses = useStatuses();
  const create = useCreateRoutingRule();
  const update = useUpdateRoutingRule();
  const remove = useDeleteRoutingRule();
  const reorder = useReorderRoutingRules();
  const dryRun = useDryRun();
  const [editing, setEditing] = useState<RoutingRule | 'new' | null>(null);
  const [deleting, setDeleting] = useState<RoutingRule | null>(null);
  const [tried, setTried] = useState('Saved rules');
  const [limit, setLimit] = useState(50);

  const choices = useMemo(() => ({
    teams: (teams.data ?? []).map((t) => ({ value: t.id ?? '', label: t.name ?? '' })),
    agents: (agents.data ?? []).filter((a) => a.active !== false).map((a) => ({ value: a.id ?? '', label: a.name ?? '' })),
    organisations: (organisations.data ?? []).map((o) => ({ value: o.id ?? '', label: o.name ?? '' })),
    statuses: (statuses.data ?? []).map((s) => ({ value: s.key ?? '', label: s.label ?? s.key ?? '' })),
  }), [teams.data, agents.data, organisations.data, statuses.data]);
  const names = useMemo(() => new Map([...choices.teams, ...choices.agents, ...choices.organisations]
    .map((o) => [o.value, o.label])), [choices]);

  const saving = editing === 'new' ? create : update;
  const save = (draft: RuleDraft) => {
    const done = { onSuccess: () => setEditing(null) };
    if (editing === 'new') create.mutate(draft, done);
    else if (editing) update.mutate({ id: editing.id ?? '', version: editing.version ?? 0, draft }, done);
  };
  const tryDraft = (draft: RuleDraft) => {
    const saved = (rules.data ?? []).map(draftOf);
    const index = editing && editing !== 'new' ? (rules.data ?? []).findIndex((r) => r.id === editing.id) : -1;
    const set = index >= 0 ? saved.map((r, i) => (i === index ? draft : r)) : [...saved, draft];
    setTried(`Saved rules with the draft “${draft.name || 'new rule'}”`);
    dryRun.mutate({ rules: set, limit });
  };
  const runSaved = (n: number) => {
    setLimit(n);
    setTried('Saved rules');
    dryRun.mutate({ limit: n });
  };
  const error = rules.error ?? reorder.error ?? update.error ?? remove.error;

  return (
    <ConsolePage title="Routing rules"
      description="Rules are tried in order when a ticket is created or changes; the first enabled rule that matches routes it. A change a person makes is never overruled. Every save is a new version."
      actions={<Button variant="primary" onPress={() => { create.reset(); setEditing('new'); }}>New rule</Button>}>
      {editing && (
        <RoutingRuleEditor key={editing === 'new' ? 'new' : `${editing.id}-${editing.version}`}
          title={editing === 'new' ? 'New rule' : `Edit ${editing.name ?? ''} (now v${editing.version})`}
          initial={editing === 'new' ? NEW_RULE : draftOf(editing)} choices={choices}
          isSaving={saving.isPending} error={saving.error} onSave={save} onTry={tryDraft}
          onCancel={() => setEditing(null)} />
      )}
      {deleting && (
        <div role="alertdialog" aria-label={`Delete ${deleting.name ?? ''}?`} className="flex flex-wrap items-center gap-3 rounded-lg border border-danger/40 bg-danger-soft p-3 text-sm">
          <span className="flex-1">Delete “{deleting.name}”? Tickets it routed keep naming it in their history.</span>
          <Button variant="danger" onPress={() => remove.mutate({ id: deleting.id ?? '', version: deleting.version ?? 0 },
            { onSettled: () => setDeleting(null) })}>Delete rule</Button>
          <Button onPress={() => setDeleting(null)}>Keep it</Button>
        </div>
      )}
      {!editing && error && !rules.isError ? <FormProblem error={error} /> : null}
      {rules.isPending ? <Spinner label="Loading routing rules…" />
        : rules.isError ? <ErrorState error={rules.error} onRetry={() => void rules.refetch()} />
        : rules.data.length === 0 ? <EmptyState title="No routing rules yet">Create the first one: tickets wait unrouted until then.</EmptyState>
        : (
          <RoutingRuleList rules={rules.data} names={names} onMove={(ids) => reorder.mutate(ids)}
            onToggle={(rule, enabled) => update.mutate({ id: rule.id ?? '', version: rule.version ?? 0, draft: { ...draftOf(rule), enabled } })}
            onEdit={(rule) => { update.reset(); setEditing(rule); }} onDelete={setDeleting} />
        )}
      <RoutingDryRunPanel report={dryRun.data} isRunning={dryRun.isPending} error={dryRun.error} subject={tried}
        names={names} onRun={runSaved} />
    </ConsolePage>
  );
}
