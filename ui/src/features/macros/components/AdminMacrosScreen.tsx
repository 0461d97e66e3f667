import { useState } from 'react';
import { useMe } from '@/api/directory';
import type { Macro } from '@/api/macros';
import { Button } from '@/components/ui/Button';
import { EmptyState } from '@/components/ui/EmptyState';
import { ErrorState } from '@/components/ui/ErrorState';
import { RelativeTime } from '@/components/ui/RelativeTime';
import { Spinner } from '@/components/ui/Spinner';
import { useMacroUsage } from '../api/macros';
import { MacroEditor } from './MacroEditor';

/** Admins' macros: the shared macros, most used first, with how often and when each was last applied. */
export function AdminMacrosScreen() {
  const me = useMe();
  const admin = me.data?.role === 'admin';
  const usage = useMacroUsage(admin);
  const [editing, setEditing] = useState<Macro | undefined | null>(null);
  const [deleting, setDeleting] = useState<Macro | null>(null);
  if (me.isPending) return <Spinner />;
  if (!admin) return <ErrorState title="Admins only" error={new Error('Only admins manage shared macros.')} />;
  return (
    <main className="flex min-h-0 flex-1 flex-col gap-4 overflow-y-auto p-4 sm:p-6">
      <header className="flex flex-wrap items-center gap-3">
        <div className="flex-1">
          <h1 className="text-lg font-semibold">Shared macros</h1>
          <p className="text-sm text-muted">Every agent can apply these. Most used first: prune the ones nobody uses.</p>
        </div>
        <Button variant="primary" onPress={() => setEditing(undefined)}>New shared macro</Button>
      </header>
      {usage.isPending ? (
        <Spinner label="Loading macros…" />
      ) : usage.isError ? (
        <ErrorState error={usage.error} onRetry={() => void usage.refetch()} />
      ) : usage.data.length === 0 ? (
        <EmptyState title="No shared macros yet" />
      ) : (
        <div className="overflow-x-auto rounded-lg border border-line bg-surface">
          <table className="w-full text-sm">
            <caption className="sr-only">Shared macros by use</caption>
            <thead className="border-b border-line text-left text-xs text-muted">
              <tr>
                <th scope="col" className="px-3 py-2 font-medium">Macro</th>
                <th scope="col" className="px-3 py-2 text-right font-medium">Applied</th>
                <th scope="col" className="px-3 py-2 font-medium">Last used</th>
                <th scope="col" className="px-3 py-2"><span className="sr-only">Actions</span></th>
              </tr>
            </thead>
            <tbody className="divide-y divide-line">
              {usage.data.map((macro) => (
                <tr key={macro.id}>
                  <th scope="row" className="px-3 py-2 text-left font-medium">
                    {macro.name}
                    {macro.description && <span className="block text-xs font-normal text-muted">{macro.description}</span>}
                  </th>
                  <td className="px-3 py-2 text-right tabular-nums">{macro.useCount ?? 0}</td>
                  <td className="px-3 py-2 text-muted">{macro.lastUsedAt ? <RelativeTime value={macro.lastUsedAt} /> : 'never'}</td>
                  <td className="px-3 py-2">
                    <div className="flex justify-end gap-1">
                      <Button size="sm" onPress={() => setEditing(macro)} aria-label={`Edit ${macro.name}`}>Edit</Button>
                      <Button size="sm" variant="ghost" onPress={() => setDeleting(macro)} aria-label={`Delete ${macro.name}`}>Delete</Button>
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <MacroEditor editing={editing} deleting={deleting} shared onClose={() => { setEditing(null); setDeleting(null); }} />
    </main>
  );
}
