import { useState, type FormEvent } from 'react';
import { Badge } from '@/components/ui/Badge';
import { Button } from '@/components/ui/Button';
import { CheckboxField } from '@/components/ui/CheckboxField';
import { EmptyState } from '@/components/ui/EmptyState';
import { ErrorState } from '@/components/ui/ErrorState';
import { FormProblem, fieldError } from '@/components/ui/FormProblem';
import { Spinner } from '@/components/ui/Spinner';
import { TextInput } from '@/components/ui/TextInput';
import { useCreateOrganisation, useOrganisations, useUpdateOrganisation, type Organisation } from '../api/directory';
import { ConsolePage, Panel, TABLE } from './ConsolePage';

const NAME_CODES = ['duplicate-definition'];

/** Organisations, and whether their members see each other's tickets. */
export function OrganisationsScreen() {
  const organisations = useOrganisations();
  const create = useCreateOrganisation();
  const [name, setName] = useState('');
  const [shared, setShared] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate({ name, sharedTickets: shared }, { onSuccess: () => { setName(''); setShared(false); } });
  };
  return (
    <ConsolePage title="Organisations"
      description="Companies your customers belong to. With ticket sharing on, every member of an organisation sees all its members' tickets in the portal (public conversation only); off, each sees only their own.">
      <Panel title="Create an organisation">
        <form onSubmit={submit} className="flex flex-wrap items-start gap-3">
          <TextInput label="Name" value={name} onChange={setName} error={fieldError(create.error, 'name', NAME_CODES)} className="min-w-56 flex-1" />
          <div className="mt-6"><CheckboxField label="Members share tickets" isSelected={shared} onChange={setShared} /></div>
          <Button type="submit" variant="primary" className="mt-5" isDisabled={create.isPending}>Create organisation</Button>
          <div className="basis-full empty:hidden"><FormProblem error={create.error} shownFields={['name']} shownCodes={NAME_CODES} /></div>
        </form>
      </Panel>
      {organisations.isPending ? <Spinner label="Loading organisations…" />
        : organisations.isError ? <ErrorState error={organisations.error} onRetry={() => void organisations.refetch()} />
        : organisations.data.length === 0 ? <EmptyState title="No organisations yet">Create the first one above.</EmptyState>
        : (
          <div className={TABLE.wrap} tabIndex={0}>
            <table className={TABLE.table}>
              <thead><tr><th className={TABLE.th}>Name</th><th className={TABLE.th}>Ticket sharing</th><th className={TABLE.th}><span className="sr-only">Actions</span></th></tr></thead>
              <tbody>{organisations.data.map((organisation) => <OrganisationRow key={organisation.id} organisation={organisation} />)}</tbody>
            </table>
          </div>
        )}
    </ConsolePage>
  );
}

function OrganisationRow({ organisation }: { organisation: Organisation }) {
  const update = useUpdateOrganisation();
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(organisation.name ?? '');
  const id = organisation.id ?? '';
  if (editing) {
    return (
      <tr><td className={TABLE.td} colSpan={3}>
        <form className="flex flex-wrap items-start gap-3" onSubmit={(event) => {
          event.preventDefault();
          update.mutate({ id, name }, { onSuccess: () => setEditing(false) });
        }}>
          <TextInput label={`New name for ${organisation.name ?? ''}`} value={name} onChange={setName}
            error={fieldError(update.error, 'name', NAME_CODES)} className="min-w-56 flex-1" />
          <Button type="submit" variant="primary" className="mt-5" isDisabled={update.isPending}>Save</Button>
          <Button className="mt-5" onPress={() => { setEditing(false); update.reset(); }}>Cancel</Button>
          <div className="basis-full empty:hidden"><FormProblem error={update.error} shownFields={['name']} shownCodes={NAME_CODES} /></div>
        </form>
      </td></tr>
    );
  }
  return (
    <tr>
      <td className={TABLE.td}>{organisation.name}</td>
      <td className={TABLE.td}>{organisation.sharedTickets ? <Badge tone="accent">members see each other's tickets</Badge> : <Badge>each sees their own</Badge>}</td>
      <td className={`${TABLE.td} text-right`}>
        <div className="flex justify-end gap-2">
          <Button size="sm" onPress={() => setEditing(true)} aria-label={`Rename ${organisation.name ?? ''}`}>Rename</Button>
          <Button size="sm" isDisabled={update.isPending} onPress={() => update.mutate({ id, sharedTickets: !organisation.sharedTickets })}>
            {organisation.sharedTickets ? 'Stop sharing' : 'Share tickets'}
          </Button>
        </div>
        {!editing && <FormProblem error={update.error} />}
      </td>
    </tr>
  );
}
