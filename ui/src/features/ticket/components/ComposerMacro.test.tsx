import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeApi, json } from '../testing/fakeApi';
import { GRACE, STATUSES, TICKET_ID, ticket } from '../testing/fixtures';
import { withQueryClient } from '../testing/render';
import { Composer } from './Composer';

const MACRO_ID = '7a1d2c3b-0000-4000-8000-00000000aaaa';
const MESSAGES = `POST /api/v1/tickets/${TICKET_ID}/messages`;
const PATCH = `PATCH /api/v1/tickets/${TICKET_ID}`;
const RENDER = `POST /api/v1/macros/${MACRO_ID}/render`;
let server: ReturnType<typeof fakeApi> | undefined;

const MACROS = {
  items: [
    { id: MACRO_ID, name: 'Ask for logs', description: 'Asks the requester for logs', shared: true, actions: {} },
    { id: '7a1d2c3b-0000-4000-8000-00000000bbbb', name: 'Solved: thanks', shared: true, actions: {} },
  ],
};
const RENDERED = {
  macroId: MACRO_ID,
  macroName: 'Ask for logs',
  ticketId: TICKET_ID,
  version: 3,
  changes: { status: 'pending', assigneeId: GRACE.id, addTags: ['logs-requested'] },
  message: { kind: 'public-reply', body: '<p>Hello Ann, could you send the logs for #1042?</p>' },
};
const names = new Map([[GRACE.id, GRACE.name]]);
const vocabulary = { statusLabel: (key: string) => STATUSES.find((s) => s.key === key)?.label ?? key, fieldLabel: (k: string) => k, fieldValue: (_k: string, v: readonly string[]) => v.join(', ') };

afterEach(() => {
  server?.restore();
  localStorage.clear();
});

async function pick(name: string) {
  await userEvent.type(screen.getByRole('combobox', { name: 'Apply macro' }), name.slice(0, 4));
  await userEvent.click(await within(await screen.findByRole('listbox')).findByRole('option', { name: new RegExp(name) }));
}

describe('Composer with a macro', { timeout: 30_000 }, () => {
  it('filters the macros, puts the rendered text in the editor and shows the changes before anything is sent', async () => {
    server = fakeApi({ 'GET /api/v1/macros': () => MACROS, [RENDER]: () => RENDERED });
    withQueryClient(<Composer ticket={ticket()} statuses={STATUSES} vocabulary={vocabulary} names={names} />);
    const search = screen.getByRole('combobox', { name: 'Apply macro' });
    await userEvent.type(search, 'solv');
    await waitFor(() =>
      expect(screen.getAllByRole('option').map((item) => item.textContent)).toEqual([expect.stringContaining('Solved: thanks')]),
    );
    await userEvent.clear(search);
    await userEvent.type(search, 'logs');
    await waitFor(() => expect(screen.getAllByRole('option')).toHaveLength(1));
    await userEvent.keyboard('{ArrowDown}');
    await userEvent.keyboard('{Enter}');
    expect(server.calls(RENDER)[0]?.search.get('ticketId')).toBe(TICKET_ID);
    const editor = await screen.findByRole('textbox', { name: 'Public reply' }, { timeout: 20_000 });
    await waitFor(() => expect(editor).toHaveTextContent('Hello Ann, could you send the logs for #1042?'));
    const changes = within(screen.getByRole('list', { name: 'Property changes' }));
    expect(changes.getByText('Pending')).toBeInTheDocument();
    expect(changes.getByText('Grace Hopper')).toBeInTheDocument();
    expect(changes.getByText('logs-requested')).toBeInTheDocument();
    expect(server.calls(MESSAGES)).toHaveLength(0);
    expect(server.calls(PATCH)).toHaveLength(0);
  });

  it('sends the text, then the changes, both naming the macro under one correlation id and each with If-Match', async () => {
    server = fakeApi({
      'GET /api/v1/macros': () => MACROS,
      [RENDER]: () => RENDERED,
      [MESSAGES]: () => ({ ticketId: TICKET_ID, messageId: 'm-2', version: 4 }),
      [PATCH]: () => ({ id: TICKET_ID, version: 7 }),
      [`GET /api/v1/tickets/${TICKET_ID}`]: () => ticket({ version: 7 }),
    });
    withQueryClient(<Composer ticket={ticket()} statuses={STATUSES} vocabulary={vocabulary} names={names} />);
    await pick('Ask for logs');
    const editor = await screen.findByRole('textbox', { name: 'Public reply' }, { timeout: 20_000 });
    await waitFor(() => expect(editor).toHaveTextContent('#1042'));
    await userEvent.click(screen.getByRole('button', { name: 'Send reply' }));

    await waitFor(() => expect(server?.calls(PATCH)).toHaveLength(1));
    const [message] = server.calls(MESSAGES);
    const [patch] = server.calls(PATCH);
    expect(message?.body).toMatchObject({ kind: 'public-reply', body: '<p>Hello Ann, could you send the logs for #1042?</p>' });
    expect(message?.headers.get('If-Match')).toBe('"3"');
    expect(patch?.body).toEqual(RENDERED.changes);
    expect(patch?.headers.get('If-Match')).toBe('"4"');
    for (const request of [message, patch]) {
      expect(request?.headers.get('X-AutoCRM-Macro')).toBe(MACRO_ID);
    }
    expect(patch?.headers.get('X-Correlation-Id')).toBeTruthy();
    expect(patch?.headers.get('X-Correlation-Id')).toBe(message?.headers.get('X-Correlation-Id'));
    await waitFor(() => expect(screen.queryByRole('list', { name: 'Property changes' })).not.toBeInTheDocument());
  });

  it('shows the server refusing a macro and sends nothing', async () => {
    server = fakeApi({
      'GET /api/v1/macros': () => MACROS,
      [RENDER]: () => json({ code: 'macro-not-found', detail: 'No macro has id x.' }, 404),
    });
    withQueryClient(<Composer ticket={ticket()} statuses={STATUSES} />);
    await pick('Ask for logs');
    await waitFor(() => expect(server?.calls(RENDER)).toHaveLength(1));
    expect(await screen.findByRole('alert')).toHaveTextContent('The macro could not be applied');
    expect(server.calls(MESSAGES)).toHaveLength(0);
  });
});
