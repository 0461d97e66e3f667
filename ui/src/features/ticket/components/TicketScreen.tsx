import { useEffect, useMemo, useRef, useState } from 'react';
import { Tab, TabList, TabPanel, Tabs } from 'react-aria-components';
import { useAgents, useCustomFields, useMe, useStatuses, useTeams } from '@/api/directory';
import { ApiProblem } from '@/api/problem';
import { Button } from '@/components/ui/Button';
import { ErrorState } from '@/components/ui/ErrorState';
import { Spinner } from '@/components/ui/Spinner';
import { humanize } from '@/lib/labels';
import type { StreamStatus } from '@/lib/sse';
import { entryAt, useAudit } from '../api/audit';
import { fieldDisplay } from '../api/customFields';
import type { Vocabulary } from '../api/diff';
import { useMessageMail } from '../api/mail';
import { type MessageKind, useTicket } from '../api/ticket';
import { usePresence } from '../hooks/usePresence';
import { useParticipantEditor } from '../hooks/useParticipantEditor';
import { usePropertyEditor } from '../hooks/usePropertyEditor';
import { useTicketLive } from '../hooks/useTicketLive';
import { useTicketShortcuts } from '../hooks/useTicketShortcuts';
import { AsOfBanner } from './AsOfBanner';
import { Composer, type ComposerHandle } from './Composer';
import { CustomerPanel } from './CustomerPanel';
import { HistoryPanel } from './HistoryPanel';
import { MergeBanner } from './MergeBanner';
import { MergeDialog } from './MergeDialog';
import { ParticipantsPanel } from './ParticipantsPanel';
import { SideConversationsPanel } from './SideConversationsPanel';
import { SplitDialog, splittable } from './SplitDialog';
import { PresenceBar } from './PresenceBar';
import { PropertiesPanel } from './PropertiesPanel';
import { SlaPanel } from './SlaPanel';
import { Timeline } from './Timeline';

export interface TicketScreenProps {
  ticketId: string;
  /** Show the ticket as it was at this instant, read-only. */
  asOf?: string;
  onAsOfChange: (asOf: string | undefined) => void;
  onNext?: () => void;
  onPrevious?: () => void;
}

type TabKey = 'conversation' | 'side' | 'history';

const LIVE_TEXT: Record<StreamStatus, string> = { connecting: 'Connecting…', open: 'Live', reconnecting: 'Reconnecting…', unavailable: 'Not live' };

function notFoundTitle(error: unknown, asOf: string | undefined): string {
  if (error instanceof ApiProblem && error.status === 404) {
    return asOf ? 'The ticket did not exist yet at that time' : 'This ticket does not exist, or you may not see it';
  }
  return 'The ticket could not be loaded';
}

/** One ticket: conversation and composer, properties, requester, history and the ticket as it was at any instant. */
export function TicketScreen({ ticketId, asOf, onAsOfChange, onNext, onPrevious }: TicketScreenProps) {
  const me = useMe();
  const statuses = useStatuses();
  const agents = useAgents();
  const teams = useTeams();
  const customFields = useCustomFields();
  const live = useTicket(ticketId);
  const past = useTicket(ticketId, asOf, asOf !== undefined);
  const shown = asOf ? past : live;
  const audit = useAudit(ticketId, asOf !== undefined);
  const editor = usePropertyEditor(live.data);
  const participantEditor = useParticipantEditor(live.data);
  const presence = usePresence(ticketId, me.data?.id, true);
  const liveStatus = useTicketLive(ticketId, live.data?.requester?.id);
  // Staff only (the server refuses customers; they read tickets in the portal): read again at every new version.
  const mail = useMessageMail(ticketId, live.data?.version, me.data !== undefined && me.data.role !== 'customer');
  const composer = useRef<ComposerHandle>(null);
  const statusSelect = useRef<HTMLSelectElement>(null);
  const composerAnchor = useRef<HTMLHeadingElement>(null);
  const [tab, setTab] = useState<TabKey>('conversation');
  const [dialog, setDialog] = useState<'merge' | 'split' | null>(null);

  const vocabulary = useMemo<Vocabulary>(() => {
    const fields = customFields.data ?? [];
    return {
      statusLabel: (key) => statuses.data?.find((status) => status.key === key)?.label ?? humanize(key),
      fieldLabel: (key) => fields.find((field) => field.key === key)?.label ?? key,
      fieldValue: (key, values) => fieldDisplay(fields.find((field) => field.key === key), values),
    };
  }, [statuses.data, customFields.data]);

  const names = useMemo(() => {
    const map = new Map<string, string>();
    agents.data?.forEach((agent) => agent.id && agent.name && map.set(agent.id, agent.name));
    teams.data?.forEach((team) => team.id && team.name && map.set(team.id, team.name));
    const requester = live.data?.requester;
    if (requester?.id && requester.name) map.set(requester.id, requester.name);
    return map;
  }, [agents.data, teams.data, live.data?.requester]);

  const valueLabel = useMemo(
    () => (field: string, value: string) => {
      if (field === 'status') return vocabulary.statusLabel(value);
      if (field === 'priority' || field === 'type' || field === 'channel') return humanize(value);
      if (field.startsWith('customFields.')) return vocabulary.fieldValue(field.slice('customFields.'.length), [value]);
      return value;
    },
    [vocabulary],
  );

  // Stepping through the past: the change before or after the one in force at asOf.
  const entries = audit.data ?? [];
  const current = asOf ? entryAt(entries, asOf) : undefined;
  const index = current ? entries.indexOf(current) : -1;
  const earlier = index > 0 ? entries[index - 1]?.occurredAt : undefined;
  const later = index >= 0 && index < entries.length - 1 ? entries[index + 1]?.occurredAt : undefined;

  // r and n open the composer, which may first need the conversation tab or the present to be shown.
  const [opening, setOpening] = useState<MessageKind | null>(null);
  useEffect(() => {
    if (opening && composer.current) {
      composer.current.open(opening);
      setOpening(null);
    }
  });
  const openComposer = (kind: MessageKind) => {
    if (asOf) onAsOfChange(undefined);
    setTab('conversation');
    setOpening(kind);
  };
  useTicketShortcuts({
    reply: () => openComposer('public-reply'),
    note: () => openComposer('internal-note'),
    assignToMe: () => {
      if (!asOf && me.data?.id && live.data?.assignee?.id !== me.data.id) void editor.apply({ assigneeId: me.data.id });
    },
    setStatus: () => statusSelect.current?.focus(),
    history: () => setTab('history'),
    next: onNext,
    previous: onPrevious,
    backToNow: asOf ? () => onAsOfChange(undefined) : undefined,
  });

  if (shown.isPending) {
    return <Spinner label={asOf ? 'Loading the ticket as it was…' : 'Loading the ticket…'} />;
  }
  if (shown.isError) {
    return (
      <div className="flex flex-col">
        {asOf && <AsOfBanner asOf={asOf} version={undefined} latestVersion={live.data?.version} onBackToNow={() => onAsOfChange(undefined)} />}
        <ErrorState title={notFoundTitle(shown.error, asOf)} error={shown.error} onRetry={() => void shown.refetch()} />
      </div>
    );
  }
  const ticket = shown.data;
  const readOnly = asOf !== undefined;
  const closed = live.data?.status?.category === 'closed';
  const canSplit = !readOnly && !closed && splittable(live.data?.messages ?? []).length > 1;
  return (
    <div className="flex min-h-0 flex-1 flex-col">
      {asOf && (
        <AsOfBanner
          asOf={asOf}
          version={ticket.version}
          latestVersion={live.data?.version}
          onEarlier={earlier ? () => onAsOfChange(earlier) : undefined}
          onLater={later ? () => onAsOfChange(later) : undefined}
          onBackToNow={() => onAsOfChange(undefined)}
        />
      )}
      <header className="flex flex-wrap items-center gap-x-4 gap-y-1 border-b border-line bg-surface px-4 py-3">
        <div className="min-w-0 flex-1 max-sm:basis-full">
          <h1 className="truncate text-lg font-semibold max-sm:whitespace-normal">
            <span className="tabular-nums text-muted">#{ticket.number}</span> {ticket.subject ?? <span className="italic text-muted">Subject erased</span>}
          </h1>
          <p className="flex flex-wrap items-center gap-x-3 text-xs text-muted">
            <span>{vocabulary.statusLabel(ticket.status?.key ?? '')}</span>
            <span>{humanize(ticket.priority)} priority</span>
            {ticket.channel && <span>via {ticket.channel}</span>}
            <span role="status" className="flex items-center gap-1">
              <span aria-hidden className={`size-2 rounded-full ${liveStatus === 'open' ? 'bg-success' : 'bg-note-line'}`} />
              {LIVE_TEXT[liveStatus]}
            </span>
          </p>
        </div>
        <PresenceBar others={presence.others} />
        {!readOnly && live.data && !closed && (
          <div className="flex gap-1">
            <Button size="sm" onPress={() => setDialog('merge')}>
              Merge into…
            </Button>
            <Button size="sm" isDisabled={!canSplit} onPress={() => setDialog('split')}>
              Split…
            </Button>
          </div>
        )}
        <nav aria-label="Queue" className="flex gap-1">
          <Button size="sm" variant="ghost" isDisabled={!onPrevious} onPress={onPrevious} aria-label="Previous ticket (k)">
            ↑ Prev
          </Button>
          <Button size="sm" variant="ghost" isDisabled={!onNext} onPress={onNext} aria-label="Next ticket (j)">
            ↓ Next
          </Button>
        </nav>
      </header>
      <MergeBanner ticket={ticket} canUndo={!readOnly} />
      {live.data && (
        <>
          <MergeDialog ticket={live.data} isOpen={dialog === 'merge'} onOpenChange={(open) => setDialog(open ? 'merge' : null)} />
          <SplitDialog ticket={live.data} isOpen={dialog === 'split'} onOpenChange={(open) => setDialog(open ? 'split' : null)} />
        </>
      )}
      <div className="flex min-h-0 flex-1 max-md:flex-col max-md:overflow-y-auto">
        <Tabs selectedKey={tab} onSelectionChange={(key) => setTab(key as TabKey)} className="flex min-w-0 flex-1 flex-col md:min-h-0">
          <TabList aria-label="Ticket" className="flex gap-1 border-b border-line bg-surface px-4 max-sm:px-2">
            {(readOnly && !(ticket.sideConversations?.length) ? (['conversation', 'history'] as const) : (['conversation', 'side', 'history'] as const)).map((key) => (
              <Tab
                key={key}
                id={key}
                aria-label={key === 'side' ? `Side conversations (${ticket.sideConversations?.length ?? 0})` : undefined}
                className="-mb-px cursor-pointer whitespace-nowrap border-b-2 border-transparent px-3 py-2 text-sm font-medium max-sm:px-2 text-muted outline-none hover:text-ink focus-visible:ring-2 focus-visible:ring-accent data-[selected]:border-accent data-[selected]:text-ink"
              >
                {key === 'side' ? (
                  <>
                    <span className="max-sm:hidden">Side conversations</span>
                    <span className="sm:hidden">Side</span> ({ticket.sideConversations?.length ?? 0})
                  </>
                ) : key === 'conversation' ? `Conversation (${ticket.messages?.length ?? 0})` : 'History'}
              </Tab>
            ))}
          </TabList>
          <TabPanel id="conversation" className="flex flex-col gap-4 p-4 outline-none md:min-h-0 md:overflow-y-auto">
            {mail.error !== null && (
              <p className="text-xs text-muted">
                How messages came and left by e-mail could not be loaded.{' '}
                <button type="button" onClick={mail.retry} className="font-medium text-accent underline-offset-2 outline-none hover:underline focus-visible:ring-2 focus-visible:ring-accent">
                  Try again
                </button>
              </p>
            )}
            <Timeline messages={ticket.messages ?? []} agentNames={names} mail={{ ticketId, byMessage: mail.byMessage }} />
            {!readOnly && live.data && !live.data.links?.mergedInto && (
              <div>
                <h2 ref={composerAnchor} tabIndex={-1} className="sr-only">
                  Reply
                </h2>
                <Composer
                  ref={composer}
                  ticket={live.data}
                  statuses={statuses.data ?? []}
                  vocabulary={vocabulary}
                  names={names}
                  onEdit={presence.typed}
                  onFocusChange={presence.focused}
                  onLeave={() => composerAnchor.current?.focus()}
                />
              </div>
            )}
          </TabPanel>
          <TabPanel id="side" className="p-4 outline-none md:min-h-0 md:overflow-y-auto">
            <SideConversationsPanel ticketId={ticketId} conversations={ticket.sideConversations ?? []} agentNames={names} canWrite={!readOnly && !closed && !live.data?.links?.mergedInto} />
          </TabPanel>
          <TabPanel id="history" className="p-4 outline-none md:min-h-0 md:overflow-y-auto">
            <HistoryPanel
              ticketId={ticketId}
              names={names}
              valueLabel={valueLabel}
              asOf={asOf}
              onShowAsOf={(instant) => {
                onAsOfChange(instant);
                setTab('conversation');
              }}
            />
          </TabPanel>
        </Tabs>
        <aside aria-label="Ticket details" className="flex w-80 shrink-0 flex-col gap-6 border-l border-line bg-surface p-4 max-xl:w-72 max-md:w-full max-md:border-l-0 max-md:border-t md:overflow-y-auto">
          <PropertiesPanel
            ticket={ticket}
            editor={readOnly ? undefined : editor}
            statuses={statuses.data ?? []}
            agents={agents.data ?? []}
            teams={teams.data ?? []}
            customFields={customFields.data ?? []}
            vocabulary={vocabulary}
            statusRef={statusSelect}
          />
          <ParticipantsPanel participants={ticket.participants ?? []} editor={readOnly || closed ? undefined : participantEditor} />
          <SlaPanel ticketId={ticketId} version={ticket.version} messageLabel={(id) => {
            const message = ticket.messages?.find((m) => m.id === id);
            if (!message) return undefined;
            const who = message.author?.name ? ` by ${message.author.name}` : '';
            return `${message.kind === 'internal-note' ? 'an internal note' : 'a public reply'}${who}`;
          }} />
          <CustomerPanel requester={ticket.requester} currentTicketId={ticketId} statusLabel={vocabulary.statusLabel} />
        </aside>
      </div>
    </div>
  );
}
