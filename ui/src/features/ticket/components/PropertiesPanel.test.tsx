import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { useTicket } from '../api/ticket';
import type { Vocabulary } from '../api/diff';
import { usePropertyEditor } from '../hooks/usePropertyEditor';
import { fakeApi, json } from '../testing/fakeApi';
import { ALAN, GRACE, STATUSES, ticket } from '../testing/fixtures';
import { withQueryClient } from '../testing/render';
import { PropertiesPanel } from './PropertiesPanel';

const ID = '6f1d2c3b-0000-4000-8000-0000000000aa';
const DETAIL = `GET /api/v1/tickets/${ID}`;
const PATCH = `PATCH /api/v1/tickets/${ID}`;
const vocabulary: Vocabulary = {
  statusLabel: (key) => STATUSES.find((status) => status.key === key)?.label ?? key,
  fieldLabel: (key) => key,
  fieldValue: (_key, values) => values.join(', '),
};
const FIELDS = [
  { key: 'seats', label: 'Seats', type: 'number', active: true, position: 1 },
  { key: 'plan', label: 'Plan', type: 'dropdown', active: true, position: 2, options: [{ key: 'free', label: 'Free' }, { key: 'pro', label: 'Pro' }] },
];

function Harness({ fields = FIELDS }: { fields?: typeof FIELDS }) {
  const detail = useTicket(ID);
  const editor = usePropertyEditor(detail.data);
  if (!detail.data) return null;
  return (
    <PropertiesPanel ticket={detail.data} editor={editor} statuses={STATUSES} agents={[GRACE, ALAN]} teams={[]} customFields={fields} vocabulary={vocabulary} />
  );
}

let server: ReturnType<typeof fakeApi> | undefined;
afterEach(() => server?.restore());

describe('PropertiesPanel', { timeout: 30_000 }, () => {
  it('applies a change at once with the version as If-Match and reads the new version back', async () => {
    let version = 3;
    server = fakeApi({
      [DETAIL]: () => ticket({ id: ID, version }),
      [PATCH]: () => {
        version = 4;
        return { id: ID, version };
      },
    });
    withQueryClient(<Harness />);
    await userEvent.selectOptions(await screen.findByLabelText('Priority'), 'urgent');
    await waitFor(() => expect(server?.calls(PATCH)).toHaveLength(1));
    expect(server.calls(PATCH)[0]?.body).toEqual({ priority: 'urgent' });
    expect(server.calls(PATCH)[0]?.headers.get('If-Match')).toBe('"3"');
    await waitFor(() => expect(server?.calls(DETAIL).at(-1)?.search.get('minVersion')).toBe('4'));
  });

  it('checks custom field input as the server does before sending it', async () => {
    server = fakeApi({ [DETAIL]: () => ticket({ id: ID }) });
    withQueryClient(<Harness />);
    const seats = await screen.findByLabelText('Seats');
    await userEvent.type(seats, '2.5{Enter}');
    expect(seats).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('Expects an integer.')).toBeInTheDocument();
    expect(server.calls(PATCH)).toHaveLength(0);
  });

  it('on a version conflict shows what changed meanwhile, and re-applies the agent’s change on the new version', async () => {
    let current = ticket({ id: ID, version: 3 });
    const theirs = ticket({ id: ID, version: 4, priority: 'high', assignee: { id: ALAN.id, name: ALAN.name } });
    server = fakeApi({
      [DETAIL]: () => current,
      [PATCH]: (request) => {
        if (request.headers.get('If-Match') === '"3"') {
          current = theirs;
          return json({ code: 'version-conflict', detail: 'The ticket was changed by someone else.' }, 409);
        }
        current = { ...theirs, priority: 'urgent', version: 5 };
        return { id: ID, version: 5 };
      },
    });
    withQueryClient(<Harness />);
    await userEvent.selectOptions(await screen.findByLabelText('Priority'), 'urgent');

    const notice = await screen.findByRole('alert');
    expect(notice).toHaveTextContent('Someone changed this ticket meanwhile');
    const changed = within(within(notice).getByRole('list', { name: 'Changed meanwhile' }));
    expect(changed.getByText(/Priority/).closest('li')).toHaveTextContent('Priority: Normal → High(you changed this too)');
    expect(changed.getByText(/Assignee/).closest('li')).toHaveTextContent('Assignee: — → Alan Turing');
    expect(screen.getByLabelText('Priority')).toBeDisabled();

    await userEvent.click(within(notice).getByRole('button', { name: 'Apply mine instead' }));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    const [, again] = server.calls(PATCH);
    expect(again?.body).toEqual({ priority: 'urgent' });
    expect(again?.headers.get('If-Match')).toBe('"4"');
    await waitFor(() => expect(screen.getByLabelText('Priority')).toHaveValue('urgent'));
  });

  it('keeps the new state when the agent chooses theirs', async () => {
    let current = ticket({ id: ID, version: 3 });
    server = fakeApi({
      [DETAIL]: () => current,
      [PATCH]: () => {
        current = ticket({ id: ID, version: 4, status: { key: 'pending', category: 'pending' } });
        return json({ code: 'version-conflict' }, 409);
      },
    });
    withQueryClient(<Harness />);
    await userEvent.selectOptions(await screen.findByLabelText('Status'), 'solved');
    const notice = await screen.findByRole('alert');
    expect(notice).toHaveTextContent('Status: Open → Pending');
    await userEvent.click(within(notice).getByRole('button', { name: 'Keep theirs' }));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByLabelText('Status')).toHaveValue('pending');
    expect(server.calls(PATCH)).toHaveLength(1);
  });

  it('marks required fields and, when solving is refused for them, names them by label and marks them', async () => {
    server = fakeApi({
      [DETAIL]: () => ticket({ id: ID }),
      [PATCH]: () => json({ code: 'required-field-missing', status: 422,
        detail: "Required custom fields 'seats', 'plan' need values before the ticket can be solved or closed." }, 422),
    });
    withQueryClient(<Harness fields={FIELDS.map((field) => ({ ...field, required: true }))} />);
    const plan = await screen.findByLabelText('Plan (required to solve)');
    await userEvent.selectOptions(screen.getByLabelText('Status'), 'solved');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Not solved yet');
    expect(alert).toHaveTextContent('Fill in Seats and Plan first');
    expect(alert).not.toHaveTextContent("'seats'");
    expect(plan).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Seats (required to solve)')).toHaveAttribute('aria-invalid', 'true');
  });
});
