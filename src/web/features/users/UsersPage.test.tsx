import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import i18next from 'i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { page } from '../../test/fixtures';
import { fakeApi, ME, renderSignedIn } from '../../test/render';
import { UsersPage } from './UsersPage';

const invitation = {
  id: '00000000-0000-4000-8000-0000000000i1',
  email: 'lise@example.test',
  name: 'Lise Dahl',
  role: 'user',
  invitedAt: '2026-11-20T09:00:00.000Z',
  expiresAt: '2026-12-20T09:00:00.000Z',
  expired: false,
};
const ole = { ...ME, id: '00000000-0000-4000-8000-000000000002', email: 'ole@example.test', name: 'Ole Berg', role: 'user' };

function openPage() {
  const api = fakeApi({ 'GET /api/v1/users': page([ME, ole]), 'GET /api/v1/invitations': page([invitation]) });
  renderSignedIn(<UsersPage />);
  return api;
}

afterEach(() => i18next.changeLanguage('en'));

describe('the users page', () => {
  it('says when an invitation expires in one sentence of the language, not words glued to a date', async () => {
    fakeApi({ 'GET /api/v1/users': page([ME]), 'GET /api/v1/invitations': page([invitation]) }, { locale: 'hu' });
    renderSignedIn(<UsersPage />);
    expect(await screen.findByText(/^Lejár: 2026\. dec\. 20\./)).toBeInTheDocument();
  });

  it('names each row button after the person it acts on', async () => {
    openPage();
    expect(await screen.findByRole('button', { name: 'Send again: the invitation to Lise Dahl' })).toHaveTextContent('Send again');
    expect(screen.getByRole('button', { name: 'Revoke the invitation to Lise Dahl' })).toHaveTextContent('Revoke');
    expect(await screen.findByRole('button', { name: 'Reset password: send Ole Berg a link' })).toHaveTextContent('Reset password');
    expect(screen.getByRole('button', { name: 'Deactivate Ole Berg' })).toHaveTextContent('Deactivate');
  });

  it('invites with name and email but no password, and adds a user with a first password', async () => {
    openPage();
    fireEvent.click(await screen.findByRole('button', { name: 'Invite' }));
    const invite = within(await screen.findByRole('form', { name: 'Invite a person' }));
    expect(invite.getByLabelText(/^Name/)).toBeRequired();
    expect(invite.getByLabelText(/^Email/)).toHaveAttribute('type', 'email');
    expect(invite.queryByLabelText(/^Password/)).toBeNull();
    fireEvent.click(invite.getByRole('button', { name: 'Cancel' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Add user' }));
    const add = within(await screen.findByRole('form', { name: 'Add user' }));
    await waitFor(() => expect(add.getByLabelText(/^Password/)).toHaveAttribute('autocomplete', 'new-password'));
    expect(add.getByRole('button', { name: 'Add user' })).toBeInTheDocument();
  });
});
