import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeApi, json } from '@/test/fakeApi';
import { withQueryClient } from '@/test/render';
import { SkillsScreen } from './SkillsScreen';

let server: ReturnType<typeof fakeApi> | undefined;
afterEach(() => server?.restore());

describe('SkillsScreen', { timeout: 30_000 }, () => {
  it('defines a skill and lists it', async () => {
    const skills = [{ key: 'billing', label: 'Billing and refunds' }];
    server = fakeApi({
      'GET /api/v1/skills': () => skills,
      'POST /api/v1/skills': (request) => {
        const body = request.body as { key: string; label: string };
        skills.push(body);
        return json(body, 201);
      },
    });
    withQueryClient(<SkillsScreen />);
    await screen.findByText('Billing and refunds');
    await userEvent.type(screen.getByLabelText('Key'), 'spanish');
    await userEvent.type(screen.getByLabelText('Label'), 'Spanish');
    await userEvent.click(screen.getByRole('button', { name: 'Define skill' }));
    expect(await screen.findByText('Spanish')).toBeInTheDocument();
    expect(server.calls('POST /api/v1/skills')[0]?.body).toEqual({ key: 'spanish', label: 'Spanish' });
  });

  it('shows a taken key as the key field\'s error', async () => {
    server = fakeApi({
      'GET /api/v1/skills': () => [{ key: 'billing', label: 'Billing' }],
      'POST /api/v1/skills': () => json({ code: 'duplicate-definition', detail: "A skill with the key 'billing' exists already." }, 409),
    });
    withQueryClient(<SkillsScreen />);
    await screen.findByText('Billing');
    await userEvent.type(screen.getByLabelText('Key'), 'billing');
    await userEvent.type(screen.getByLabelText('Label'), 'Again');
    await userEvent.click(screen.getByRole('button', { name: 'Define skill' }));
    const field = screen.getByLabelText('Key');
    await waitFor(() => expect(field).toHaveAttribute('aria-invalid', 'true'));
    expect(field).toHaveAccessibleDescription(/exists already/);
  });
});
