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
      key: 'contract_plan', label: 'Contract plan', type: 'dropdown', customerVisible: true,
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
});
