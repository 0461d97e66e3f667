import { Autocomplete, Input, Menu, MenuItem, MenuTrigger, Popover, SearchField, useFilter } from 'react-aria-components';
import { useMacros } from '@/api/macros';
import { Button } from '@/components/ui/Button';

export interface MacroPickerProps {
  onPick: (macroId: string) => void;
  isDisabled?: boolean;
}

/** "Apply macro": a searchable menu of the agent's own and the shared macros, reachable by keyboard. */
export function MacroPicker({ onPick, isDisabled = false }: MacroPickerProps) {
  const macros = useMacros();
  const { contains } = useFilter({ sensitivity: 'base' });
  const items = macros.data ?? [];
  return (
    <MenuTrigger>
      <Button size="sm" variant="secondary" isDisabled={isDisabled}>
        Apply macro <span aria-hidden>▾</span>
      </Button>
      <Popover placement="bottom end" className="w-80 max-w-[calc(100vw-1rem)] rounded-lg border border-line bg-surface p-2 shadow-lg outline-none">
        <Autocomplete filter={contains}>
          <SearchField aria-label="Search macros" autoFocus className="mb-2">
            <Input
              placeholder="Search macros…"
              className="w-full rounded-md border border-line bg-surface px-2 py-1.5 text-sm text-ink placeholder:text-muted focus:outline-none focus-visible:ring-2 focus-visible:ring-accent"
            />
          </SearchField>
          <Menu
            aria-label="Macros"
            items={items}
            onAction={(key) => onPick(String(key))}
            className="max-h-72 overflow-y-auto outline-none"
            renderEmptyState={() => (
              <p className="px-2 py-3 text-sm text-muted">
                {macros.isPending ? 'Loading macros…' : macros.isError ? 'Macros could not be loaded.' : 'No macro matches.'}
              </p>
            )}
          >
            {(macro) => (
              <MenuItem
                id={macro.id}
                textValue={macro.name}
                className="flex cursor-pointer flex-col rounded-md px-2 py-1.5 text-sm text-ink outline-none focus:bg-accent-soft hover:bg-raised"
              >
                <span className="flex items-center gap-2">
                  <span className="truncate font-medium">{macro.name}</span>
                  <span className="ml-auto shrink-0 text-xs text-muted">{macro.shared ? 'shared' : 'mine'}</span>
                </span>
                {macro.description && <span className="truncate text-xs text-muted">{macro.description}</span>}
              </MenuItem>
            )}
          </Menu>
        </Autocomplete>
      </Popover>
    </MenuTrigger>
  );
}
