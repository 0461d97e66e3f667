import { Checkbox } from 'react-aria-components';

export interface CheckboxFieldProps {
  label: string;
  isSelected: boolean;
  onChange: (selected: boolean) => void;
  isDisabled?: boolean;
}

/** A labelled checkbox (react-aria: keyboard and screen readers as everywhere else). */
export function CheckboxField({ label, isSelected, onChange, isDisabled }: CheckboxFieldProps) {
  return (
    <Checkbox isSelected={isSelected} onChange={onChange} isDisabled={isDisabled}
      className="group flex cursor-pointer items-center gap-2 text-sm disabled:opacity-60">
      {({ isSelected: selected }) => (
        <>
          <span aria-hidden className={`grid size-4 place-items-center rounded border text-[10px] group-data-[focus-visible]:ring-2 group-data-[focus-visible]:ring-accent ${selected ? 'border-accent bg-accent text-accent-ink' : 'border-line bg-surface'}`}>
            {selected ? '✓' : ''}
          </span>
          {label}
        </>
      )}
    </Checkbox>
  );
}
