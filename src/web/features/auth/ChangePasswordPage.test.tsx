import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeApi, ME, renderSignedIn } from '../../test/render';
import { ChangePasswordPage } from './ChangePasswordPage';

async function openForm(routes: Record<string, unknown> = {}) {
  const api = fakeApi(routes);
  renderSignedIn(<ChangePasswordPage />);
  return { api, form: within(await screen.findByRole('form', { name: 'Change password' })) };
}

const fill = (form: ReturnType<typeof within>, values: Record<string, string>) => {
  for (const [label, value] of Object.entries(values)) fireEvent.change(form.getByLabelText(new RegExp(`^${label}`)), { target: { value } });
};
// `requests()` leaves out /api/v1/me (the session's look-up); the PATCH goes there too.
const patches = (api: ReturnType<typeof fakeApi>) => api.sent.filter((request) => request.method === 'PATCH');

describe('changing one’s password (react-hook-form with the shared schema)', () => {
  it('checks the rules in the browser: a short password and two that differ never reach the API', async () => {
    const { api, form } = await openForm();
    fill(form, { 'Current password': 'old password', 'New password \\*': 'short', 'New password again': 'different' });
    fireEvent.click(form.getByRole('button', { name: 'Change password' }));
    expect(await form.findByText('At least 10 characters')).toBeInTheDocument();
    expect(form.getByText('The two passwords differ.')).toBeInTheDocument();
    expect(patches(api)).toEqual([]);
  });

  it('sends the current and the new password once, and shows a wrong current password beside its field', async () => {
    const wrong = () =>
      Response.json(
        {
          error: {
            code: 'validation_failed',
            message: 'Invalid',
            fields: { currentPassword: 'Wrong password' },
            reasons: { currentPassword: { code: 'wrong_password' } },
          },
        },
        { status: 400 },
      );
    const { api, form } = await openForm({ 'PATCH /api/v1/me': wrong });
    fill(form, { 'Current password': 'not my password', 'New password \\*': 'a brand new password', 'New password again': 'a brand new password' });
    fireEvent.click(form.getByRole('button', { name: 'Change password' }));
    await waitFor(() => expect(patches(api)).toHaveLength(1));
    expect(patches(api)[0]).toEqual({ method: 'PATCH', url: '/api/v1/me', body: { currentPassword: 'not my password', password: 'a brand new password' } });
    expect(await form.findByText('That is not your current password.')).toBeInTheDocument();
    expect(form.getByLabelText(/^Current password/)).toHaveAttribute('aria-invalid', 'true');
  });

  it('says so when the password is changed, and empties the form', async () => {
    const { form } = await openForm({ 'PATCH /api/v1/me': ME });
    fill(form, { 'Current password': 'old long password', 'New password \\*': 'a brand new password', 'New password again': 'a brand new password' });
    fireEvent.click(form.getByRole('button', { name: 'Change password' }));
    expect(await form.findByText(/Your password is changed/)).toBeInTheDocument();
    expect(form.getByLabelText(/^Current password/)).toHaveValue('');
  });
});
