import { Kbd } from '@/components/ui/Kbd';
import { Modal } from '@/components/ui/Modal';
import { useRegisteredShortcuts } from '@/lib/shortcuts';

export interface ShortcutsOverlayProps {
  isOpen: boolean;
  onOpenChange: (open: boolean) => void;
}

const GROUPS: { title: string; keys: [string, string][] }[] = [
  {
    title: 'Queue',
    keys: [
      ['j / k', 'Next / previous ticket in the list'],
      ['Enter', 'Open the highlighted ticket'],
      ['x', 'Select the highlighted ticket'],
      ['1 … 6', 'Open a built-in view'],
    ],
  },
  { title: 'Anywhere', keys: [['?', 'Show these shortcuts'], ['t', 'Switch light / dark theme']] },
];

export function ShortcutsOverlay({ isOpen, onOpenChange }: ShortcutsOverlayProps) {
  // Screens add their own groups (the ticket view's r, n, a, s…) while they are shown.
  const registered = useRegisteredShortcuts();
  return (
    <Modal title="Keyboard shortcuts" isOpen={isOpen} onOpenChange={onOpenChange}>
      <div className="grid gap-4 sm:grid-cols-2">
        {[...GROUPS, ...registered].map((group) => (
          <section key={group.title}>
            <h3 className="mb-2 text-sm font-semibold text-muted">{group.title}</h3>
            <dl className="space-y-1.5 text-sm">
              {group.keys.map(([key, what]) => (
                <div key={key} className="flex items-center justify-between gap-3">
                  <dt><Kbd>{key}</Kbd></dt>
                  <dd className="text-right">{what}</dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
    </Modal>
  );
}
