import { useState } from 'react';
import { useMe } from '@/api/directory';
import { type Macro, useMacros } from '@/api/macros';
import { Button } from '@/components/ui/Button';
import { EmptyState } from '@/components/ui/EmptyState';
import { ErrorState } from '@/components/ui/ErrorState';
import { Spinner } from '@/components/ui/Spinner';
import { MacroEditor } from './MacroEditor';
import { MacroList } from './MacroList';

/** "My macros": the agent's personal macros to create, edit and delete, and the shared ones they may apply. */
export function MyMacrosScreen() {
  const me = useMe();
  const macros = useMacros();
  const [editing, setEditing] = useState<Macro | undefined | null>(null);
  const [deleting, setDeleting] = useState<Macro | null>(null);
  const mine = (macros.data ?? []).filter((macro) => !macro.shared && macro.ownerId === me.data?.id);
  const shared = (macros.data ?? []).filter((macro) => macro.shared);
  return (
    <main className="flex min-h-0 flex-1 flex-col gap-6 overflow-y-auto p-4 sm:p-6">
      <header className="flex flex-wrap items-center gap-3">
        <div className="flex-1">
          <h1 className="text-lg font-semibold">My macros</h1>
          <p className="text-sm text-muted">Canned replies and changes you apply from a ticket with “Apply macro”. Only you see your personal macros.</p>
        </div>
        <Button variant="primary" onPress={() => setEditing(undefined)}>New macro</Button>
      </header>
      {macros.isPending ? (
        <Spinner label="Loading macros…" />
      ) : macros.isError ? (
        <ErrorState error={macros.error} onRetry={() => void macros.refetch()} />
      ) : (
        <>
          <section aria-labelledby="personal-macros" className="flex flex-col gap-2">
            <h2 id="personal-macros" className="font-medium">Personal</h2>
            {mine.length === 0 ? (
              <EmptyState title="No personal macros yet">Create one for the answers you type again and again.</EmptyState>
            ) : (
              <MacroList label="Personal macros" macros={mine} canChange={() => true} onEdit={setEditing} onDelete={setDeleting} />
            )}
          </section>
          <section aria-labelledby="shared-macros" className="flex flex-col gap-2">
            <h2 id="shared-macros" className="font-medium">Shared</h2>
            <p className="text-sm text-muted">Admins keep these for every agent.</p>
            {shared.length === 0 ? (
              <EmptyState title="No shared macros" />
            ) : (
              <MacroList label="Shared macros" macros={shared} canChange={() => me.data?.role === 'admin'} onEdit={setEditing} onDelete={setDeleting} />
            )}
          </section>
        </>
      )}
      <MacroEditor editing={editing} deleting={deleting} shared={false} onClose={() => { setEditing(null); setDeleting(null); }} />
    </main>
  );
}
