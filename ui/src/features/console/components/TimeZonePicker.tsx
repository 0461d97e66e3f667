import { Button, ComboBox, FieldError, Input, Label, ListBox, ListBoxItem, Popover, useFilter } from 'react-aria-components';
import { useTimeZones } from '../api/calendars';

export interface TimeZonePickerProps {
  label: string;
  value: string | null;
  onChange: (zone: string | null) => void;
  error?: string;
  /** Offer "none" (the helpdesk's) as a choice. */
  allowNone?: boolean;
  /** Keep the label for screen readers only (in a table row whose column header says it). */
  hideLabel?: boolean;
}

const NONE = '__none__';

/** A searchable picker of the IANA time zones the server knows (type "lon" for Europe/London). */
export function TimeZonePicker({ label, value, onChange, error, allowNone, hideLabel }: TimeZonePickerProps) {
  const zones = useTimeZones();
  const { contains } = useFilter({ sensitivity: 'base' });
  const items = [...(allowNone ? [{ id: NONE, name: 'None (the helpdesk’s)' }] : []),
    ...(zones.data ?? []).map((zone) => ({ id: zone, name: zone.replaceAll('_', ' ') }))];
  return (
    <ComboBox
      selectedKey={value ?? (allowNone ? NONE : null)}
      onSelectionChange={(key) => { if (key !== null) onChange(key === NONE ? null : String(key)); }}
      defaultItems={items}
      defaultFilter={contains}
      isInvalid={Boolean(error)}
      className="flex min-w-48 flex-col gap-1"
    >
      <Label className={hideLabel ? 'sr-only' : 'text-xs font-medium text-muted'}>{label}</Label>
      <div className={`flex items-center rounded-md border bg-surface focus-within:ring-2 focus-within:ring-accent ${error ? 'border-danger' : 'border-line'}`}>
        <Input placeholder={zones.isPending ? 'Loading time zones…' : 'Search, e.g. London'}
          className="min-w-0 flex-1 bg-transparent px-2 py-1.5 text-sm text-ink placeholder:text-muted outline-none" />
        <Button aria-label={`Show time zones for ${label}`} className="px-2 py-1 text-xs text-muted outline-none hover:text-ink">▾</Button>
      </div>
      <FieldError className="text-xs font-medium text-danger">{error}</FieldError>
      <Popover placement="bottom start" className="w-72 max-w-[calc(100vw-1rem)] overflow-y-auto rounded-lg border border-line bg-surface p-1 shadow-lg outline-none">
        <ListBox className="max-h-72 outline-none"
          renderEmptyState={() => <p className="px-2 py-3 text-sm text-muted">No time zone matches.</p>}>
          {(item: { id: string; name: string }) => (
            <ListBoxItem id={item.id} textValue={item.name}
              className="cursor-pointer rounded-md px-2 py-1.5 text-sm text-ink outline-none focus:bg-accent-soft hover:bg-raised">
              {item.name}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </ComboBox>
  );
}
