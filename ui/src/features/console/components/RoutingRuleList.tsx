import { useState, type DragEvent } from 'react';
import { describeCondition } from '@/components/conditions/conditionFields';
import { Badge } from '@/components/ui/Badge';
import { Button } from '@/components/ui/Button';
import { CheckboxField } from '@/components/ui/CheckboxField';
import { useRoutingRuleVersions, type RoutingActions, type RoutingRule } from '../api/routing';

export interface RoutingRuleListProps {
  rules: RoutingRule[];
  /** Names of teams and agents by id, to show actions in words. */
  names: Map<string, string>;
  onMove: (ids: string[]) => void;
  onToggle: (rule: RoutingRule, enabled: boolean) => void;
  onEdit: (rule: RoutingRule) => void;
  onDelete: (rule: RoutingRule) => void;
}

/**
 * The rules in the order they are tried: drag a rule to move it, or use its "Move up" / "Move down" buttons (the
 * keyboard's way); the first enabled rule that matches a ticket routes it.
 */
export function RoutingRuleList({ rules, names, onMove, onToggle, onEdit, onDelete }: RoutingRuleListProps) {
  const [dragged, setDragged] = useState<string | null>(null);
  const ids = rules.map((rule) => rule.id ?? '');
  const move = (from: number, to: number) => {
    if (to < 0 || to >= ids.length || from === to) return;
    const next = [...ids];
    const [moved] = next.splice(from, 1);
    next.splice(to, 0, moved!);
    onMove(next);
  };
  const drop = (event: DragEvent, target: number) => {
    event.preventDefault();
    if (dragged !== null) move(ids.indexOf(dragged), target);
    setDragged(null);
  };
  return (
    <ol aria-label="Routing rules, in the order they are tried" className="divide-y divide-line rounded-lg border border-line bg-surface">
      {rules.map((rule, index) => (
        <li key={rule.id} draggable onDragStart={() => setDragged(rule.id ?? null)} onDragEnd={() => setDragged(null)}
          onDragOver={(event) => event.preventDefault()} onDrop={(event) => drop(event, index)}
          className={`flex flex-col gap-2 px-3 py-3 sm:flex-row sm:items-start ${dragged === rule.id ? 'opacity-50' : ''}`}>
          <span aria-hidden className="hidden cursor-grab select-none text-muted sm:block" title="Drag to move">⠿</span>
          <div className="min-w-0 flex-1">
            <div className="flex flex-wrap items-center gap-2">
              <span className="text-xs tabular-nums text-muted">{index + 1}.</span>
              <h3 className="text-sm font-semibold">{rule.name}</h3>
              <Badge>v{rule.version}</Badge>
              {!rule.enabled && <Badge tone="note">off</Badge>}
            </div>
            <p className="mt-1 text-xs text-muted"><span className="font-medium text-ink">When</span> {whenText(rule, names)}</p>
            <p className="text-xs text-muted"><span className="font-medium text-ink">Then</span> {thenText(rule.actions, names)}</p>
            <RuleVersions rule={rule} names={names} />
          </div>
          <div className="flex flex-wrap items-center gap-2">
            <CheckboxField label={`Enabled`} isSelected={rule.enabled ?? false} onChange={(on) => onToggle(rule, on)} />
            <Button size="sm" isDisabled={index === 0} onPress={() => move(index, index - 1)} aria-label={`Move ${rule.name ?? ''} up`}>↑ Up</Button>
            <Button size="sm" isDisabled={index === rules.length - 1} onPress={() => move(index, index + 1)}
              aria-label={`Move ${rule.name ?? ''} down`}>↓ Down</Button>
            <Button size="sm" onPress={() => onEdit(rule)} aria-label={`Edit ${rule.name ?? ''}`}>Edit</Button>
            <Button size="sm" variant="ghost" onPress={() => onDelete(rule)} aria-label={`Delete ${rule.name ?? ''}`}>Delete</Button>
          </div>
        </li>
      ))}
    </ol>
  );
}

function RuleVersions({ rule, names }: { rule: RoutingRule; names: Map<string, string> }) {
  const [open, setOpen] = useState(false);
  const versions = useRoutingRuleVersions(rule.id ?? '', open);
  return (
    <details className="mt-1 text-xs" onToggle={(event) => setOpen((event.target as HTMLDetailsElement).open)}>
      <summary className="cursor-pointer text-accent">Versions of {rule.name}</summary>
      <ol className="mt-1 flex flex-col gap-1">
        {versions.data?.map((version) => (
          <li key={version.version} className="text-muted">
            <span className="font-medium text-ink">v{version.version}</span> {version.enabled ? '' : '(off) '}
            “{version.name}” by {version.changedBy} · {version.changedAt ? new Date(version.changedAt).toLocaleString() : ''}
            <span className="block">When {whenText(version, names)}</span>
          </li>
        ))}
      </ol>
    </details>
  );
}

const ID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

/** The text with the ids it names (teams, agents, organisations) replaced by their names where known. */
export function named(text: string, names: Map<string, string>): string {
  return text.replace(ID, (id) => names.get(id) ?? id);
}

/** The conditions in words. */
export function whenText(rule: RoutingRule, names: Map<string, string> = new Map()): string {
  const all = (rule.conditions?.all ?? []).map((c) => describeCondition({ field: c.field ?? '', operator: c.operator ?? '', values: c.values ?? [] }));
  const any = (rule.conditions?.any ?? []).map((c) => describeCondition({ field: c.field ?? '', operator: c.operator ?? '', values: c.values ?? [] }));
  const parts = [...all];
  if (any.length > 0) parts.push(`any of (${any.join('; ')})`);
  return named(parts.length === 0 ? 'every ticket' : parts.join(' and '), names);
}

/** The actions in words. */
export function thenText(actions: RoutingActions | undefined, names: Map<string, string>): string {
  if (!actions) return 'nothing';
  const parts: string[] = [];
  if (actions.teamId) parts.push(`team ${names.get(actions.teamId) ?? actions.teamId}`);
  if (actions.priority) parts.push(`priority ${actions.priority}`);
  if (actions.type) parts.push(`type ${actions.type}`);
  if (actions.addTags?.length) parts.push(`add tags ${actions.addTags.join(', ')}`);
  if (actions.requireSkills?.length) parts.push(`require ${actions.requireSkills.map((s) => `${s.skill} ${s.level}`).join(', ')}`);
  if (actions.assigneeId) parts.push(`assign to ${names.get(actions.assigneeId) ?? actions.assigneeId}`);
  return parts.join('; ') || 'nothing';
}
