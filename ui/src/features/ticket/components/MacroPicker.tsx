import { useState } from 'react';
import { Button, ComboBox, Input, ListBox, ListBoxItem, Popover, useFilter } from 'react-aria-components';
import { type Macro, useMacros } from '@/api/macros';

export interface MacroPickerProps {
  onPick: (macroId: string) => void;
  isDisabled?: boolean;
}

/**
 * "Apply macro": a combo box over the agent's own and the shared macros; type to search, arrows and Enter to pick.
 * (A combo box rather than a menu: react-aria's menu is tied to the dialog the app shell loads, and would join the
 * initial JavaScript.)
 */
export function MacroPicker({ onPick, isDisabled = false }: MacroPickerProps) {
  const macros = useMacros();
  const { contains } = useFilter({ sensitivity: 'base' });
  const items = macros.data ?? [];
  // A pick starts a fresh, closed and empty box (the composer takes the focus to the text).
  const [round, setRound] = useState(0);
  return (
    <ComboBox
      key={round}
      aria-label="Apply macro"
      defaultItems={items}
      defaultFilter={contains}
      onSelectionChange={(key) => {
        if (key !== null) {
          setRound(round + 1);
          onPick(String(key));
        }
      }}
      isDisabled={isDisabled}
      className="w-56 max-sm:w-full"
    >
      <div className="flex items-center rounded-md border border-line bg-surface focus-within:ring-2 focus-within:ring-accent">
        <Input placeholder="Apply macro…" className="min-w-0 flex-1 bg-transparent px-2 py-1 text-xs text-ink placeholder:text-muted outline-none" />
        <Button aria-label="Show macros" className="px-2 py-1 text-xs text-muted outline-none hover:text-ink">
          ▾
        </Button>
      </div>
      <Popover placement="bottom end" className="w-80 max-w-[calc(100vw-1rem)] overflow-y-auto rounded-lg border border-line bg-surface p-1 shadow-lg outline-none">
        <ListBox
          aria-label="Macros"
          className="max-h-72 outline-none"
          renderEmptyState={() => (
            <p className="px-2 py-3 text-sm text-muted">
              {macros.isPending ? 'Loading macros…' : macros.isError ? 'Macros could not be loaded.' : 'No macro matches.'}
            </p>
          )}
        >
          {(macro: Macro) => (
            <ListBoxItem
              id={macro.id}
              textValue={macro.name}
              className="flex cursor-pointer flex-col rounded-md px-2 py-1.5 text-sm text-ink outline-none focus:bg-accent-soft hover:bg-raised"
            >
              <span className="flex items-center gap-2">
                <span className="truncate font-medium">{macro.name}</span>
                <span className="ml-auto shrink-0 text-xs text-muted">{macro.shared ? 'shared' : 'mine'}</span>
              </span>
              {macro.description && <span className="truncate text-xs text-muted">{macro.description}</span>}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </ComboBox>
  );
}
