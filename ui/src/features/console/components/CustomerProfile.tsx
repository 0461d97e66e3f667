import { Link } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { Badge } from '@/components/ui/Badge';
import { Button } from '@/components/ui/Button';
import { EmptyState } from '@/components/ui/EmptyState';
import { ErrorState } from '@/components/ui/ErrorState';
import { FormProblem, fieldError } from '@/components/ui/FormProblem';
import { RelativeTime } from '@/components/ui/RelativeTime';
import { Spinner } from '@/components/ui/Spinner';
import { TextInput } from '@/components/ui/TextInput';
import { useOrganisations } from '../api/directory';
import { useCreateLogin, useCustomer, useCustomerTickets } from '../api/people';
import { ConsolePage, Panel, TABLE } from './ConsolePage';
import { EraseCustomerDialog } from './EraseCustomerDialog';

export interface CustomerProfileProps {
  customerId: string;
}

/** One customer: who they are, their tickets, a login for the portal, and erasure. */
export function CustomerProfile({ customerId }: CustomerProfileProps) {
  const customer = useCustomer(customerId);
  const tickets = useCustomerTickets(customerId);
  const organisations = useOrganisations();
  const [erasing, setErasing] = useState(false);
  if (customer.isPending) return <Spinner label="Loading customer…" />;
  if (customer.isError) return <ErrorState error={customer.error} onRetry={() => void customer.refetch()} />;
  const c = customer.data;
  const organisation = organisations.data?.find((o) => o.id === c.organisationId);
  return (
    <ConsolePage title={c.erased ? 'Erased customer' : (c.name ?? '')}
      description={<Link to="/admin/customers" className="text-accent hover:underline">← All customers</Link>}
      actions={!c.erased && <Button variant="danger" onPress={() => setErasing(true)}>Erase personal data…</Button>}>
      <Panel title="Profile">
        <dl className="grid grid-cols-[8rem_1fr] gap-x-4 gap-y-1 text-sm">
          <dt className="text-muted">Email</dt><dd>{c.email ?? '—'}</dd>
          <dt className="text-muted">Organisation</dt><dd>{organisation?.name ?? '—'}{organisation?.sharedTickets && <span className="ml-2"><Badge tone="accent">shares tickets</Badge></span>}</dd>
          <dt className="text-muted">State</dt><dd>{c.erased ? <Badge tone="danger">personal data erased</Badge> : <Badge tone="success">active</Badge>}</dd>
        </dl>
      </Panel>
      {!c.erased && <CustomerLoginForm customerId={customerId} />}
      <section aria-label="Tickets">
        <h2 className="mb-2 text-sm font-semibold">Tickets</h2>
        {tickets.isPending ? <Spinner label="Loading tickets…" />
          : tickets.isError ? <ErrorState error={tickets.error} onRetry={() => void tickets.refetch()} />
          : (tickets.data.items ?? []).length === 0 ? <EmptyState title="No tickets from this customer" />
          : (
            <div className={TABLE.wrap} tabIndex={0}>
              <table className={TABLE.table}>
                <thead><tr><th className={TABLE.th}>#</th><th className={TABLE.th}>Subject</th><th className={TABLE.th}>Status</th><th className={TABLE.th}>Updated</th></tr></thead>
                <tbody>
                  {(tickets.data.items ?? []).map((ticket) => (
                    <tr key={ticket.id}>
                      <td className={`${TABLE.td} tabular-nums`}>{ticket.number}</td>
                      <td className={TABLE.td}>
                        <Link to="/tickets/$ticketId" params={{ ticketId: ticket.id ?? '' }} className="text-accent hover:underline">{ticket.subject}</Link>
                      </td>
                      <td className={TABLE.td}>{ticket.status?.key}</td>
                      <td className={TABLE.td}>{ticket.updatedAt && <RelativeTime value={ticket.updatedAt} />}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
      </section>
      <EraseCustomerDialog customer={c} isOpen={erasing} onOpenChange={setErasing} />
    </ConsolePage>
  );
}

function CustomerLoginForm({ customerId }: { customerId: string }) {
  const create = useCreateLogin();
  const [password, setPassword] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate({ id: customerId, role: 'customer', password }, { onSuccess: () => setPassword('') });
  };
  return (
    <Panel title="Portal login">
      {create.isSuccess ? <p role="status" className="text-sm">The customer can now sign in with their email address and this password.</p> : (
        <form onSubmit={submit} className="flex flex-wrap items-start gap-3">
          <TextInput label="Initial password" type="password" autoComplete="new-password" value={password} onChange={setPassword}
            hint="At least 12 characters. Already has a login? Manage it under Logins and roles." className="min-w-56 flex-1"
            error={fieldError(create.error, 'password', ['weak-password'])} />
          <Button type="submit" variant="primary" className="mt-5" isDisabled={create.isPending}>Give a login</Button>
          <div className="basis-full empty:hidden"><FormProblem error={create.error} shownFields={['password']} shownCodes={['weak-password']} /></div>
        </form>
      )}
    </Panel>
  );
}
