import { useState } from 'react';
import { useMe } from '@/api/directory';
import { describeCondition } from '@/components/conditions/conditionFields';
import { Badge } from '@/components/ui/Badge';
import { Button } from '@/components/ui/Button';
import { EmptyState } from '@/components/ui/EmptyState';
import { ErrorState } from '@/components/ui/ErrorState';
import { Modal } from '@/components/ui/Modal';
import { Spinner } from '@/components/ui/Spinner';
import { type Rule, type RuleKind, useDeleteRule, useReorderRules, useRules, useSaveRule } from '../api/rules';
import { RuleForm } from './RuleForm';

export interface RulesScreenProps {
  kind: RuleKind;
}

const TEXT = {
  triggers: { title: 'Triggers', noun: 'trigger', intro: 'React to a ticket’s changes: when it is created or updated and the conditions hold, AutoCRM acts. First in the list acts first; each sees what the ones before it did.' },
  automations: { title: 'Automations', noun: 'automation', intro: 'Act on tickets as time passes (every few minutes): “solved for 4 days → close”, “pending for 3 days → remind”. Once per ticket while it keeps its status.' },
};

/** The console's list of triggers or automations, in the order they act: reorder, enable, edit, delete. */
export function RulesScreen({ kind }: RulesScreenProps) {
  const me = useMe();
  const admin = me.data?.role === 'admin';
  const rules = useRules(kind, admin);
  const save = useSaveRule(kind);
  const remove = useDeleteRule(kind);
  const reorder = useReorderRules(kind);
  const [editing, setEditing] = useState<Rule | undefined | null>(null);
  const [deleting, setDeleting] = useState<Rule | null>(null);
  const text = TEXT[kind];
  if (me.isPending) return <Spinner />;
  if (!admin) return <ErrorState title="Admins only" error={new Error(`Only admins manage ${text.title.toLowerCase()}.`)} />;
  const close = () => {
    save.reset();
    remove.reset();
    setEditing(null);
    setDeleting(null);
  };
  const move = (list: Rule[], index: number, by: number) => {
    const ids = list.map((rule) => rule.id ?? '');
    const [moved] = ids.splice(index, 1);
    ids.splice(index + by, 0, moved!);
    reorder.mutate(ids);
  };
  return (
    <main className="flex min-h-0 flex-1 flex-col gap-4 overflow-y-auto p-4 sm:p-6">
      <header className="flex flex-wrap items-center gap-3">
        <div className="min-w-60 flex-1">
          <h1 className="text-lg font-semibold">{text.title}</h1>
          <p className="text-sm text-muted">{text.intro}</p>
        </div>
        <Button variant="primary" onPress={() => setEditing(undefined)}>New {text.noun}</Button>
      </header>
      {reorder.isError && <ErrorState title="Not reordered" error={reorder.error} />}
      {rules.isPending ? (
        <Spinner label={`Loading ${text.title.toLowerCase()}…`} />
      ) : rules.isError ? (
        <ErrorState error={rules.error} onRetry={() => void rules.refetch()} />
      ) : rules.data.length === 0 ? (
        <EmptyState title={`No ${text.title.toLowerCase()} yet`} />
      ) : (
        <ol aria-label={text.title} className="flex flex-col gap-2">
          {rules.data.map((rule, index) => (
            <li key={rule.id} className="flex flex-wrap items-start gap-3 rounded-lg border border-line bg-surface p-3">
              <span className="w-6 pt-0.5 text-right text-sm tabular-nums text-muted" aria-hidden>{index + 1}</span>
              <div className="min-w-52 flex-1">
                <h2 className="flex flex-wrap items-center gap-2 text-sm font-semibold">
                  {rule.name}
                  <Badge tone={rule.enabled ? 'accent' : 'neutral'}>{rule.enabled ? 'enabled' : 'disabled'}</Badge>
                  <span className="text-xs font-normal text-muted">version {rule.version}</span>
                </h2>
                {rule.description && <p className="text-xs text-muted">{rule.description}</p>}
                <p className="mt-1 text-xs">
                  <span className="font-medium">When </span>
                  {[...(rule.conditions?.all ?? []).map(describe),
                    ...((rule.conditions?.any ?? []).length > 0 ? [`any of: ${(rule.conditions?.any ?? []).map(describe).join('; ')}`] : [])]
                    .join(' and ') || 'always'}
                </p>
                <p className="text-xs">
                  <span className="font-medium">Then </span>
                  {(rule.actions ?? []).map((action) => [action.type, action.field, action.value, action.values?.join(', ')]
                    .filter(Boolean).join(' ')).join('; ')}
                </p>
              </div>
              <div className="flex flex-wrap gap-1">
                <Button size="sm" variant="ghost" isDisabled={index === 0 || reorder.isPending}
                  onPress={() => move(rules.data, index, -1)} aria-label={`Move ${rule.name} up`}>↑</Button>
                <Button size="sm" variant="ghost" isDisabled={index === rules.data.length - 1 || reorder.isPending}
                  onPress={() => move(rules.data, index, 1)} aria-label={`Move ${rule.name} down`}>↓</Button>
                <Button size="sm" onPress={() => setEditing(rule)} aria-label={`Edit ${rule.name}`}>Edit</Button>
                <Button size="sm" variant="ghost" onPress={() => setDeleting(rule)} aria-label={`Delete ${rule.name}`}>Delete</Button>
              </div>
            </li>
          ))}
        </ol>
      )}
      <Modal title={editing ? `Edit ${editing.name}` : `New ${text.noun}`} isOpen={editing !== null} onOpenChange={(open) => !open && close()}>
        <RuleForm key={editing?.id ?? 'new'} kind={kind} rule={editing ?? undefined} saving={save.isPending} error={save.error}
          onCancel={close} onSave={(request) => save.mutate({ id: editing?.id, request }, { onSuccess: close })} />
      </Modal>
      <Modal title={`Delete ${deleting?.name ?? text.noun}?`} isOpen={deleting !== null} onOpenChange={(open) => !open && close()}>
        <p className="text-sm">It stops acting at once. Tickets it changed keep their history, which still names it.</p>
        {Boolean(remove.error) && <ErrorState title="Not deleted" error={remove.error} />}
        <div className="mt-4 flex justify-end gap-2">
          <Button variant="ghost" onPress={close}>Cancel</Button>
          <Button variant="danger" isDisabled={remove.isPending} onPress={() => deleting?.id && remove.mutate(deleting.id, { onSuccess: close })}>
            {remove.isPending ? 'Deleting…' : `Delete ${text.noun}`}
          </Button>
        </div>
      </Modal>
    </main>
  );
}

/** A condition as the API answers it, as people read it. */
function describe(condition: { field?: string; operator?: string; values?: string[] }): string {
  return describeCondition({ field: condition.field ?? '', operator: condition.operator ?? '', values: condition.values ?? [] });
}
