import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { ConditionsEditor } from './ConditionsEditor';
import type { Conditions } from './conditionFields';

function Harness({ onChange }: { onChange: (value: Conditions) => void }) {
  const [value, setValue] = useState<Conditions>({ all: [], any: [] });
  return (
    <ConditionsEditor label="test rule" value={value} fields={['subject', 'priority', 'team']}
      choices={{ team: [{ value: 't1', label: 'Billing' }] }}
      onChange={(next) => { setValue(next); onChange(next); }} />
  );
}

describe('ConditionsEditor', () => {
  it('builds all and any conditions from labelled controls', async () => {
    const onChange = vi.fn();
    render(<Harness onChange={onChange} />);
    expect(screen.getByText('No conditions: every ticket matches.')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Add condition (all)' }));
    await userEvent.type(screen.getByLabelText('Values (all 1)'), 'invoice, refund');
    await userEvent.click(screen.getByRole('button', { name: 'Add condition (any)' }));
    await userEvent.selectOptions(screen.getByLabelText('Field (any 1)'), 'team');
    await userEvent.selectOptions(screen.getByLabelText('Value (any 1)'), 'Billing');

    expect(onChange).toHaveBeenLastCalledWith({
      all: [{ field: 'subject', operator: 'contains', values: ['invoice', 'refund'] }],
      any: [{ field: 'team', operator: 'is', values: ['t1'] }],
    });
  });

  it('offers only the operators a field allows and drops values for present/absent', async () => {
    const onChange = vi.fn();
    render(<Harness onChange={onChange} />);
    await userEvent.click(screen.getByRole('button', { name: 'Add condition (all)' }));
    await userEvent.selectOptions(screen.getByLabelText('Field (all 1)'), 'priority');
    const operators = [...(screen.getByLabelText('Operator (all 1)') as HTMLSelectElement).options].map((o) => o.value);
    expect(operators).toEqual(['is', 'is-not', 'one-of', 'none-of', 'at-least', 'at-most']);
    await userEvent.selectOptions(screen.getByLabelText('Field (all 1)'), 'team');
    await userEvent.selectOptions(screen.getByLabelText('Operator (all 1)'), 'absent');
    expect(screen.queryByLabelText(/Value/)).not.toBeInTheDocument();
    expect(onChange).toHaveBeenLastCalledWith({ all: [{ field: 'team', operator: 'absent', values: [] }], any: [] });
    await userEvent.click(screen.getByRole('button', { name: 'Remove condition all 1' }));
    expect(onChange).toHaveBeenLastCalledWith({ all: [], any: [] });
  });
});
