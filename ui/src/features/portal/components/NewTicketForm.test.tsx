import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fakeApi, json } from '@/test/fakeApi';
import { stubLayout } from '@/test/layout';
import { withRouter } from '@/test/render';
import { NewTicketForm } from './NewTicketForm';
import type { CustomField } from './PortalFieldInput';

const CREATE = 'POST /api/v1/tickets';
const FIELDS: CustomField[] = [
  { key: 'plan', label: 'Plan', type: 'dropdown', options: [{ key: 'free', label: 'Free' }, { key: 'pro', label: 'Pro' }], active: true, position: 10, customerVisible: true },
  { key: 'order_number', label: 'Order number', type: 'regex', pattern: 'ORD-[0-9]{6}', active: true, position: 20, customerVisible: true },
  { key: 'seats', label: 'Seats', type: 'number', active: true, position: 30, customerVisible: true },
  { key: 'amount', label: 'Amount', type: 'decimal', active: true, position: 35, customerVisible: true },
  { key: 'urgent', label: 'Blocks my work', type: 'checkbox', active: true, position: 40, customerVisible: true },
  { key: 'components', label: 'Components', type: 'multi-select', options: [{ key: 'api', label: 'API' }, { key: 'web', label: 'Web app' }], active: true, position: 50, customerVisible: true },
  { key: 'since', label: 'Since', type: 'date', active: true, position: 60, customerVisible: true },
  { key: 'model', label: 'Model', type: 'text', active: true, position: 70, customerVisible: true },
  { key: 'retired', label: 'Retired', type: 'text', active: false, position: 80, customerVisible: true },
];
let server: ReturnType<typeof fakeApi> | undefined;

const findEditor = () => screen.findByRole('textbox', { name: 'Description' }, { timeout: 20_000 });

afterEach(() => server?.restore());

beforeAll(stubLayout);

async function fillIn() {
  await userEvent.type(await screen.findByLabelText('Subject'), 'Printer on fire');
  await userEvent.click(await findEditor());
  await userEvent.keyboard('It smokes.');
}

describe('NewTicketForm', { timeout: 30_000 }, () => {
  it('offers each customer-visible field with an input that fits its type, and sends what was filled in', async () => {
    server = fakeApi({ [CREATE]: () => json({ id: 't-1', number: 7, version: 1 }, 201) });
    withRouter(<NewTicketForm fields={FIELDS} />);
    await fillIn();
    await userEvent.selectOptions(screen.getByLabelText(/What kind of request/), 'incident');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Plan' }), 'pro');
    await userEvent.type(screen.getByRole('textbox', { name: 'Order number' }), 'ORD-123456');
    expect(screen.getByRole('textbox', { name: 'Seats' })).toHaveAttribute('inputmode', 'numeric');
    expect(screen.getByRole('textbox', { name: 'Amount' })).toHaveAttribute('inputmode', 'decimal');
    expect(screen.getByLabelText('Since')).toHaveAttribute('type', 'date');
    await userEvent.click(screen.getByRole('checkbox', { name: 'Blocks my work' }));
    await userEvent.click(screen.getByRole('group', { name: 'Components' }).querySelector('input') as HTMLElement);
    await userEvent.type(screen.getByRole('textbox', { name: 'Model' }), 'LX-2');
    expect(screen.queryByLabelText('Retired')).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Send request' }));

    await waitFor(() => expect(server?.calls(CREATE)).toHaveLength(1));
    const [request] = server.calls(CREATE);
    expect(request?.body).toEqual({
      subject: 'Printer on fire',
      description: '<p>It smokes.</p>',
      format: 'html',
      channel: 'web',
      type: 'incident',
      customFields: { plan: 'pro', order_number: 'ORD-123456', urgent: true, components: ['api'], model: 'LX-2' },
    });
    expect(request?.headers.get('Idempotency-Key')).toMatch(/^[0-9a-f-]{32,36}$/);
    // Every change made in the web app is recorded as made through it (the history says "via web").
    expect(request?.headers.get('X-AutoCRM-Channel')).toBe('web');
  });

  it("shows the server's refusal on its field, and a corrected retry carries the same Idempotency-Key", async () => {
    let attempts = 0;
    server = fakeApi({
      [CREATE]: () => {
        attempts += 1;
        return attempts === 1
          ? json({ code: 'invalid-custom-field-value', status: 422, detail: "Custom field 'order_number' expects a value matching its pattern." }, 422)
          : json({ id: 't-1', number: 7, version: 1 }, 201);
      },
    });
    withRouter(<NewTicketForm fields={FIELDS} />);
    await fillIn();
    const order = screen.getByRole('textbox', { name: 'Order number' });
    await userEvent.type(order, '12');
    await userEvent.click(screen.getByRole('button', { name: 'Send request' }));

    expect(await screen.findByText('Expects a value matching its pattern.')).toBeInTheDocument();
    expect(order).toHaveAttribute('aria-invalid', 'true');
    expect(order).toHaveAccessibleDescription(/Expects a value matching its pattern/);
    expect(screen.getByRole('alert')).toHaveTextContent('Please check the fields marked below.');

    await userEvent.clear(order);
    await userEvent.type(order, 'ORD-000012');
    await userEvent.click(screen.getByRole('button', { name: 'Send request' }));
    await waitFor(() => expect(server?.calls(CREATE)).toHaveLength(2));
    const [first, second] = server.calls(CREATE);
    expect(second?.headers.get('Idempotency-Key')).toBe(first?.headers.get('Idempotency-Key'));
  });

  it('asks for a subject and a description before sending anything', async () => {
    server = fakeApi({});
    withRouter(<NewTicketForm fields={[]} />);
    await findEditor();
    await userEvent.click(screen.getByRole('button', { name: 'Send request' }));
    expect(await screen.findByText('Please give your request a subject.')).toBeInTheDocument();
    expect(screen.getByText('Please describe what you need.')).toBeInTheDocument();
    expect(screen.getByLabelText('Subject')).toHaveAttribute('aria-invalid', 'true');
    expect(server.calls(CREATE)).toHaveLength(0);
  });

  it('marks required fields, asks for them before sending, and shows the server\'s refusal on them', async () => {
    const fields: CustomField[] = [
      { ...FIELDS[0]!, required: true },
      { ...FIELDS[1]!, required: false },
      { ...FIELDS[5]!, required: true },
    ];
    let attempts = 0;
    server = fakeApi({
      [CREATE]: () => {
        attempts += 1;
        return attempts === 1
          ? json({ code: 'required-field-missing', status: 422, detail: "Required custom field 'plan' needs a value to open a ticket." }, 422)
          : json({ id: 't-1', number: 7, version: 1 }, 201);
      },
    });
    withRouter(<NewTicketForm fields={fields} />);
    await fillIn();
    const plan = screen.getByRole('combobox', { name: 'Plan' });
    expect(plan).toHaveAttribute('aria-required', 'true');
    expect(plan.closest('div')).toHaveTextContent('(required)');
    expect(screen.getByRole('textbox', { name: 'Order number' })).not.toHaveAttribute('aria-required');
    const components = screen.getByRole('group', { name: /Components.*required/ });

    await userEvent.click(screen.getByRole('button', { name: 'Send request' }));
    expect(await screen.findAllByText('Please fill this in: it is required.')).toHaveLength(2);
    expect(plan).toHaveAttribute('aria-invalid', 'true');
    expect(plan).toHaveAccessibleDescription(/required/);
    expect(server.calls(CREATE)).toHaveLength(0);

    await userEvent.click(components.querySelector('input') as HTMLElement);
    await userEvent.selectOptions(plan, 'pro');
    await userEvent.click(screen.getByRole('button', { name: 'Send request' }));
    await waitFor(() => expect(server?.calls(CREATE)).toHaveLength(1));
    expect(await screen.findByText('Please fill this in: it is required.')).toBeInTheDocument();
    expect(plan).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('alert')).toHaveTextContent('Please check the fields marked below.');
  });

  it('puts the files dropped on the description on the new request', async () => {
    server = fakeApi({
      'POST /api/v1/uploads': () => json({ id: 'u-3', name: 'smoke.jpg', size: 4, contentType: 'image/jpeg' }, 201),
      [CREATE]: () => json({ id: 't-1', number: 7, version: 1 }, 201),
    });
    withRouter(<NewTicketForm fields={[]} />);
    await fillIn();
    const photo = new File(['jpeg'], 'smoke.jpg', { type: 'image/jpeg' });
    fireEvent.drop(await findEditor(), { dataTransfer: { types: ['Files'], files: [photo] } });
    expect(await screen.findByRole('button', { name: 'Remove smoke.jpg' })).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Send request' })).toBeEnabled());
    await waitFor(() => expect(screen.getByRole('listitem')).not.toHaveTextContent('Uploading'));

    await userEvent.click(screen.getByRole('button', { name: 'Send request' }));

    await waitFor(() => expect(server?.calls(CREATE)).toHaveLength(1));
    expect(server.calls(CREATE)[0]?.body).toMatchObject({ subject: 'Printer on fire', description: '<p>It smokes.</p>', attachmentIds: ['u-3'] });
  });
});
