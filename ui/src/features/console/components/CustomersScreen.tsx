import { Link } from '@tanstack/react-router';
import { useDeferredValue, useState, type FormEvent } from 'react';
import { Badge } from '@/components/ui/Badge';
import { Button } from '@/components/ui/Button';
import { EmptyState } from '@/components/ui/EmptyState';
import { ErrorState } from '@/components/ui/ErrorState';
import { FormProblem, fieldError } from '@/components/ui/FormProblem';
import { SelectField } from '@/components/ui/SelectField';
import { Spinner } from '@/components/ui/Spinner';
import { TextInput } from '@/components/ui/TextInput';
import { useOrganisations } from '../api/directory';
import { useCustomerSearch, useRegisterCustomer } from '../api/people';
import { ConsolePage, Panel, TABLE } from './ConsolePage';

/** Customers: search by name or email, register one, open a profile. */
export function CustomersScreen() {
  const [q, setQ] = useState('');
  const query = useDeferredValue(q.trim());
  const customers = useCustomerSearch(query);
  const organisations = useOrganisations();
  const orgName = (id?: string) => organisations.data?.find((o) => o.id === id)?.name;
  return (
    <ConsolePage title="Customers" description="The people who ask for help. Open a profile for their tickets, a login, or erasure of their personal data.">
      <NewCustomerForm />
      <TextInput label="Search customers" type="search" value={q} onChange={setQ} placeholder="Name or email" className="max-w-md" />
      {customers.isPending ? <Spinner label="Searching…" />
        : customers.isError ? <ErrorState error={customers.error} onRetry={() => void customers.refetch()} />
        : (customers.data.items ?? []).length === 0 ? <EmptyState title={query ? `No customer matches “${query}”` : 'No customers yet'} />
        : (
          <div className={TABLE.wrap} tabIndex={0}>
            <table className={TABLE.table}>
              <thead><tr><th className={TABLE.th}>Name</th><th className={TABLE.th}>Email</th><th className={TABLE.th}>Organisation</th></tr></thead>
              <tbody>
                {(customers.data.items ?? []).map((customer) => (
                  <tr key={customer.id}>
                    <td className={TABLE.td}>
                      <Link to="/admin/customers/$customerId" params={{ customerId: customer.id ?? '' }} className="font-medium text-accent underline-offset-2 hover:underline">
                        {customer.erased ? 'Erased customer' : customer.name}
                      </Link>
                      {customer.erased && <span className="ml-2"><Badge tone="danger">erased</Badge></span>}
                    </td>
                    <td className={TABLE.td}>{customer.email}</td>
                    <td className={TABLE.td}>{orgName(customer.organisationId) ?? <span className="text-muted">—</span>}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
    </ConsolePage>
  );
}

function NewCustomerForm() {
  const register = useRegisterCustomer();
  const organisations = useOrganisations();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [organisationId, setOrganisationId] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    register.mutate({ name, email, organisationId: organisationId || undefined }, { onSuccess: () => { setName(''); setEmail(''); } });
  };
  return (
    <Panel title="Register a customer">
      <form onSubmit={submit} className="flex flex-wrap items-start gap-3">
        <TextInput label="Name" value={name} onChange={setName} error={fieldError(register.error, 'name')} className="min-w-48 flex-1" />
        <TextInput label="Email" type="email" value={email} onChange={setEmail} error={fieldError(register.error, 'email', ['email-taken'])} className="min-w-56 flex-1" />
        <SelectField label="Organisation" value={organisationId} placeholder="None" onChange={setOrganisationId}
          options={(organisations.data ?? []).map((o) => ({ value: o.id ?? '', label: o.name ?? '' }))} />
        <Button type="submit" variant="primary" className="mt-5" isDisabled={register.isPending}>Register</Button>
        <div className="basis-full empty:hidden"><FormProblem error={register.error} shownFields={['name', 'email']} shownCodes={['email-taken']} /></div>
      </form>
    </Panel>
  );
}
