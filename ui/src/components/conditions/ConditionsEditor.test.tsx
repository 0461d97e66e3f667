import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { ConditionsEditor } from './ConditionsEditor';
import { type Conditions, describeCondition } from './conditionFields';

function Harness({ allowChange, onChange }: { allowChange: boolean; onChange: (value: Conditions) => void }) {
  const [value, setValue] = useState<Conditions>({ all: [], any: [] });
  return <ConditionsEditor value={value} allowChange={allowChange} customFieldKeys={['plan']}
    onChange={(next) => { setValue(next); onChange(next); }} />;
}

describe('The conditions editor', () => {
  it('builds conditions with the operators each field allows and values split by commas', async () => {
    let latest: Conditions = {};
    render(<Harness allowChange onChange={(value) => { latest = value; }} />);
    expect(screen.getByText('No condition: every ticket.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: /Add a condition to “all of these”/ }));
    const row = screen.getByRole('group', { name: 'All of these, condition 1' });
    await userEvent.selectOptions(within(row).getByLabelText('Field'), 'priority');
    expect(within(row).getByRole('option', { name: 'at-least' })).toBeInTheDocument();
    await userEvent.selectOptions(within(row).getByLabelText('Operator'), 'one-of');
    await userEvent.type(within(row).getByLabelText('Values'), 'high, urgent');
    expect(latest.all).toEqual([{ field: 'priority', operator: 'one-of', values: ['high', 'urgent'] }]);

    await userEvent.selectOptions(within(row).getByLabelText('Field'), 'field:plan');
    await userEvent.selectOptions(within(row).getByLabelText('Operator'), 'present');
    expect(within(row).queryByLabelText('Values')).not.toBeInTheDocument();
    expect(latest.all).toEqual([{ field: 'field:plan', operator: 'present', values: [] }]);

    await userEvent.click(within(row).getByRole('button', { name: 'Remove all of these, condition 1' }));
    expect(latest.all).toEqual([]);
  });

  it('offers the change conditions to triggers only', () => {
    const { unmount } = render(<Harness allowChange onChange={() => undefined} />);
    expect(screen.queryByText('Change')).not.toBeInTheDocument();
    unmount();
    render(<ConditionsEditor value={{ all: [{ field: 'hours-since-created', operator: 'greater-than', values: ['4'] }] }}
      onChange={() => undefined} />);
    const options = within(screen.getByLabelText('Field')).getAllByRole('option').map((o) => o.getAttribute('value'));
    expect(options).toContain('hours-since-status-changed');
    expect(options).not.toContain('update');
    expect(options).not.toContain('status-changed-to');
  });

  it('reads a condition as people say it', () => {
    expect(describeCondition({ field: 'hours-since-status-changed', operator: 'greater-than', values: ['96'] }))
      .toBe('Hours since status changed greater-than 96');
    expect(describeCondition({ field: 'field:plan', operator: 'absent', values: [] })).toBe('Custom field plan absent');
  });
});
