import { Button as AriaButton, Dialog, DialogTrigger, Popover } from 'react-aria-components';
import { QUEUE_COLUMNS } from './columns';

export interface ColumnChooserProps {
  columns: string[];
  onChange: (columns: string[]) => void;
}

export function ColumnChooser({ columns, onChange }: ColumnChooserProps) {
  const toggle = (id: string) =>
    onChange(columns.includes(id) ? columns.filter((c) => c !== id) : QUEUE_COLUMNS.map((c) => c.id).filter((c) => c === id || columns.includes(c)));
  return (
    <DialogTrigger>
      <AriaButton className="rounded-md border border-line bg-surface px-3 py-1.5 text-sm hover:bg-raised focus-visible:ring-2 focus-visible:ring-accent">
        Columns
      </AriaButton>
      <Popover placement="bottom end" className="rounded-md border border-line bg-surface p-3 shadow-lg">
        <Dialog aria-label="Columns" className="outline-none">
          <fieldset className="flex flex-col gap-1.5 text-sm">
            <legend className="mb-1 text-xs font-semibold text-muted">Show columns</legend>
            {QUEUE_COLUMNS.map((column) => (
              <label key={column.id} className="flex items-center gap-2">
                <input
                  type="checkbox"
                  checked={columns.includes(column.id)}
                  disabled={column.id === 'subject'}
                  onChange={() => toggle(column.id)}
                  className="size-4"
                />
                {column.id === 'number' ? 'Number' : column.label}
              </label>
            ))}
          </fieldset>
        </Dialog>
      </Popover>
    </DialogTrigger>
  );
}
