import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { User } from '../../../shared/users';
import { fakeApi, ME, renderSignedIn, type SentRequest } from '../../test/render';
import { MySettingsPage } from './MySettingsPage';

const WORKSPACE = { id: ME.workspaceId, name: 'Bæk & Søn', defaultLocale: 'da', defaultTimeZone: 'Europe/Copenhagen', weekStart: 7, currency: 'DKK' };

/** PATCH /me as the server answers it: the user with the changes, the week start resolved against the workspace's. */
const patchMe = (request: SentRequest): User => {
  const body = request.body as { locale?: string; timeZone?: string; weekStart?: number | null };
  const own = body.weekStart === undefined ? null : body.weekStart;
  return { ...ME, ...body, ownWeekStart: own, weekStart: own ?? WORKSPACE.weekStart } as User;
};

async function openForm(me: Partial<User> = {}) {
  const api = fakeApi({ 'GET /api/v1/workspace': WORKSPACE, 'PATCH /api/v1/me': patchMe }, { weekStart: 7, ownWeekStart: null, ...me });
  renderSignedIn(<MySettingsPage />);
  const form = within(await screen.findByRole('form'));
  return { api, form };
}

const patches = (api: ReturnType<typeof fakeApi>) => api.sent.filter((request) => request.method === 'PATCH');

describe('My settings', () => {
  it('offers to follow the workspace, named with its day, then the seven days', async () => {
    const { form } = await openForm();
    const select = form.getByLabelText(/^First day of the week/);
    await waitFor(() => expect(within(select).getAllByRole('option')[0]).toHaveTextContent('Follow the workspace (Sunday)'));
    expect(within(select).getAllByRole('option')).toHaveLength(8);
    expect(select).toHaveValue('');
  });

  it('saves language, time zone and week start at once, and the page switches language', async () => {
    const { api, form } = await openForm();
    fireEvent.change(form.getByLabelText(/^First day of the week/), { target: { value: '1' } });
    fireEvent.change(form.getByLabelText(/^Language/), { target: { value: 'da' } });
    fireEvent.click(form.getByRole('button', { name: 'Save' }));
    // Danish is its own chunk, fetched when first used: it may take a moment on a busy machine.
    expect(await screen.findByRole('heading', { name: 'Mine indstillinger' }, { timeout: 5000 })).toBeInTheDocument();
    expect(await screen.findByText('Dine indstillinger er gemt.')).toBeInTheDocument();
    expect(patches(api)).toEqual([
      { method: 'PATCH', url: '/api/v1/me', body: { locale: 'da', timeZone: 'Europe/Copenhagen', weekStart: 1, emailReminders: true, morningMail: false } },
    ]);
  });

  it('sends null to follow the workspace again', async () => {
    const { api, form } = await openForm({ weekStart: 3, ownWeekStart: 3 });
    const select = form.getByLabelText(/^First day of the week/);
    expect(select).toHaveValue('3');
    fireEvent.change(select, { target: { value: '' } });
    fireEvent.click(form.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(patches(api)).toHaveLength(1));
    expect(patches(api)[0].body).toEqual({ locale: 'en', timeZone: 'Europe/Copenhagen', weekStart: null, emailReminders: true, morningMail: false });
  });

  it('turns the morning mail on (off by default)', async () => {
    const { api, form } = await openForm();
    const box = form.getByRole('checkbox', { name: "Send me a morning e-mail at 7:00 with the day's to-do" });
    expect(box).not.toBeChecked();
    fireEvent.click(box);
    fireEvent.click(form.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(patches(api)).toHaveLength(1));
    expect(patches(api)[0].body).toMatchObject({ emailReminders: true, morningMail: true });
  });
});
