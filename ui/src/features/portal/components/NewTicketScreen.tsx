import { Link } from '@tanstack/react-router';
import { useCustomFields } from '@/api/directory';
import { ErrorState } from '@/components/ui/ErrorState';
import { Spinner } from '@/components/ui/Spinner';
import { NewTicketForm } from './NewTicketForm';

/** The request form, once the fields the customer may fill in are known. */
export function NewTicketScreen() {
  const fields = useCustomFields();
  return (
    <div className="flex flex-col gap-4">
      <Link to="/portal" className="self-start rounded text-sm text-accent underline-offset-2 outline-none hover:underline focus-visible:ring-2 focus-visible:ring-accent">
        ← All requests
      </Link>
      {fields.isPending ? (
        <Spinner label="Loading the form…" />
      ) : fields.isError ? (
        <ErrorState error={fields.error} onRetry={() => void fields.refetch()} title="The form could not be loaded" />
      ) : (
        <NewTicketForm fields={fields.data} />
      )}
    </div>
  );
}
