import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeApi, ME, renderSignedIn } from '../../test/render';
import { ResetPasswordPage } from './ResetPasswordPage';

const posts = (api: ReturnType<typeof fakeApi>) => api.sent.filter((request) => request.method === 'POST');

afterEach(() => {
  window.location.hash = '';
});

describe('the reset-password page (a one-time link)', () => {
  it('sends the new password with the token from the link', async () => {
    window.location.hash = '#token=one-time-token';
    const api = fakeApi({ 'POST /api/v1/auth/reset': { user: ME } });
    renderSignedIn(<ResetPasswordPage />);
    const form = within(await screen.findByRole('form', { name: 'Choose a new password' }));
    fireEvent.change(form.getByLabelText(/^New password \*/), { target: { value: 'a brand new password' } });
    fireEvent.change(form.getByLabelText(/^New password again/), { target: { value: 'a brand new password' } });
    fireEvent.click(form.getByRole('button', { name: 'Set password and sign in' }));
    await waitFor(() => expect(posts(api)).toHaveLength(1));
    expect(posts(api)[0]).toEqual({ method: 'POST', url: '/api/v1/auth/reset', body: { token: 'one-time-token', password: 'a brand new password' } });
  });

  it('says the link is needed when the address has no token', async () => {
    fakeApi({});
    renderSignedIn(<ResetPasswordPage />);
    expect(await screen.findByText(/This page needs the link from your mail/)).toBeInTheDocument();
    expect(screen.queryByRole('form')).toBeNull();
  });
});
