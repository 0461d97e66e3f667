import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeApi, json } from '@/test/fakeApi';
import { withQueryClient } from '@/test/render';
import { CustomFieldsScreen } from './CustomFieldsScreen';

let server: ReturnType<typeof fakeApi> | undefined;
afterEach(() => server?.restore());

describe('CustomFieldsScreen', { timeout: 30_000 }, () => {
  it('offers all eight types and defines a dropdown with its options', async () => {
    server = fakeApi({
      'GET /api/v1/custom-fields': () => [],
      'POST /api/v1/custom-fields': (request) => json(request.body, 201),
    });
    withQueryClient(<CustomFieldsScreen />);
    const type = await screen.findByLabelText('Type');
    expect(Array.from((type as HTMLSelectElement).options).map((o) => o.value))
      .toEqual(['text', 'number', 'decimal', 'checkbox', 'date', 'dropdown', 'multi-select', 'regex']);
    await userEvent.type(screen.getByLabelText('Label'), 'Contract plan');
    await userEvent.selectOptions(type, 'dropdown');
    await userEvent.type(screen.getByLabelText('Option 1 label'), 'Gold tier');
    await userEvent.click(screen.getByRole('button', { name: 'Add option' }));
    await userEvent.type(screen.getByLabelText('Option 2 label'), 'Silver');
    await userEvent.type(screen.getByLabelText('Option 2 key'), 'silver');
    await userEvent.click(screen.getByRole('checkbox', { name: 'Customers see and fill it in' }));
    await userEvent.click(screen.getByRole('button', { name: 'Define field' }));
    await waitFor(() => expect(server?.calls('POST /api/v1/custom-fields')).toHaveLength(1));
    expect(server.calls('POST /api/v1/custom-fields')[0]?.body).toEqual({
      key: 'contract_plan', label: 'Contract plan', type: 'dropdown', customerVisible: true, required: false,
      options: [{ key: 'gold_tier', label: 'Gold tier' }, { key: 'silver', label: 'Silver' }],
    });
  });

  it('sends a regex field\'s pattern and shows the server\'s refusal under the key', async () => {
    server = fakeApi({
      'GET /api/v1/custom-fields': () => [],
      'POST /api/v1/custom-fields': () => json({ code: 'duplicate-definition', detail: "Custom field 'ref' already exists." }, 409),
    });
    withQueryClient(<CustomFieldsScreen />);
    await userEvent.type(await screen.findByLabelText('Label'), 'Reference');
    await userEvent.type(screen.getByLabelText('Key'), 'ref');
    await userEvent.selectOptions(screen.getByLabelText('Type'), 'regex');
    await userEvent.click(screen.getByLabelText('Pattern'));
    await userEvent.paste('[A-Z]{2}-\\d{4}');
    await userEvent.click(screen.getByRole('button', { name: 'Define field' }));
    const key = screen.getByLabelText('Key');
    await waitFor(() => expect(key).toHaveAttribute('aria-invalid', 'true'));
    expect(key).toHaveAccessibleDescription(/already exists/);
    expect(server.calls('POST /api/v1/custom-fields')[0]?.body).toMatchObject({ type: 'regex', pattern: '[A-Z]{2}-\\d{4}' });
  });

  it('defines a required field, lists the flag and changes it', async () => {
    let fields = [{ key: 'plan', label: 'Plan', type: 'text', options: [], active: true, position: 100, customerVisible: true, required: true }];
    server = fakeApi({
      'GET /api/v1/custom-fields': () => fields,
      'POST /api/v1/custom-fields': (request) => json({ ...(request.body as object), active: true, position: 100, options: [] }, 201),
      'PATCH /api/v1/custom-fields/plan': (request) => {
        fields = [{ ...fields[0]!, ...(request.body as object) }];
        return fields[0];
      },
    });
    withQueryClient(<CustomFieldsScreen />);
    const row = (await screen.findByText('Plan')).closest('tr')!;
    expect(row).toHaveTextContent('required');

    await userEvent.type(screen.getByLabelText('Label'), 'Order number');
    await userEvent.click(screen.getByRole('checkbox', { name: 'Required' }));
    await userEvent.click(screen.getByRole('button', { name: 'Define field' }));
    await waitFor(() => expect(server?.calls('POST /api/v1/custom-fields')).toHaveLength(1));
    expect(server.calls('POST /api/v1/custom-fields')[0]?.body).toMatchObject({ key: 'order_number', required: true });

    await userEvent.click(screen.getByRole('button', { name: 'Edit field Plan' }));
    const edit = screen.getAllByRole('checkbox', { name: 'Required' }).at(-1)!;
    expect(edit).toBeChecked();
    await userEvent.click(edit);
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(server?.calls('PATCH /api/v1/custom-fields/plan')).toHaveLength(1));
    expect(server.calls('PATCH /api/v1/custom-fields/plan')[0]?.body).toMatchObject({ required: false });
  });
});
