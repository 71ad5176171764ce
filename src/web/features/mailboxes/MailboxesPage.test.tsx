import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import i18next from 'i18next';
import { afterEach, describe, expect, it } from 'vitest';
import type { Mailbox } from '../../../shared/mailboxes';
import { fakeApi, renderSignedIn } from '../../test/render';
import { MailboxesPage } from './MailboxesPage';

afterEach(() => i18next.changeLanguage('en'));

const box = (over: Partial<Mailbox>): Mailbox => ({
  id: 'mb-1',
  host: 'imap.example.com',
  port: 993,
  tls: true,
  username: 'mette@example.com',
  folders: ['INBOX', 'Sent'],
  syncSince: '2026-11-01',
  aliases: [],
  status: 'idle',
  lastSyncAt: '2026-11-30T10:00:00Z',
  lastError: null,
  lastErrorCode: null,
  progress: null,
  createdAt: '2026-11-01T10:00:00Z',
  ...over,
});

describe('My mailboxes', () => {
  it('shows each mailbox with its progress or its error, in the reader’s language', async () => {
    fakeApi(
      {
        'GET /api/v1/mailboxes': {
          items: [
            box({ status: 'syncing', progress: { folder: 'INBOX', done: 12, total: 40 } }),
            box({
              id: 'mb-2',
              username: 'salg@example.com',
              status: 'error',
              lastError: 'imap.example.com:993 refused the user name or password',
              lastErrorCode: 'auth_failed',
            }),
          ],
        },
      },
      { locale: 'da' },
    );
    renderSignedIn(<MailboxesPage />);
    expect(await screen.findByText('Læser INBOX: 12 af 40')).toBeInTheDocument();
    expect(screen.getByText('Serveren afviste brugernavnet eller adgangskoden.')).toBeInTheDocument();
  });

  it('adds a mailbox: the port as a number, folders and aliases as lists, the first-sync day 30 days back unless changed', async () => {
    const api = fakeApi({ 'GET /api/v1/mailboxes': { items: [] }, 'POST /api/v1/mailboxes': () => Response.json(box({}), { status: 201 }) });
    renderSignedIn(<MailboxesPage />);
    fireEvent.click(await screen.findByRole('button', { name: 'Add mailbox' }));
    const form = within(screen.getByRole('form', { name: 'Add a mailbox' }));
    fireEvent.change(form.getByLabelText(/IMAP server/), { target: { value: 'imap.example.com' } });
    fireEvent.change(form.getByLabelText(/User name/), { target: { value: 'mette@example.com' } });
    fireEvent.change(form.getByLabelText(/^Password/), { target: { value: 's3cret' } });
    fireEvent.change(form.getByLabelText(/Folders/), { target: { value: 'INBOX, Sent Items' } });
    expect(form.getByLabelText(/Read mail from/)).toHaveValue(new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10));
    fireEvent.change(form.getByLabelText(/Read mail from/), { target: { value: '2026-10-15' } });
    fireEvent.change(form.getByLabelText(/Your other addresses/), { target: { value: 'Mette@Example.com, salg@example.com' } });
    fireEvent.click(form.getByRole('button', { name: 'Add mailbox' }));
    await waitFor(() => expect(api.requests().some((r) => r.method === 'POST')).toBe(true));
    const sent = api.requests().find((r) => r.method === 'POST');
    expect(sent?.body).toEqual({
      host: 'imap.example.com',
      port: 993,
      tls: true,
      username: 'mette@example.com',
      password: 's3cret',
      folders: ['INBOX', 'Sent Items'],
      syncSince: '2026-10-15',
      aliases: ['mette@example.com', 'salg@example.com'],
    });
  });

  it('editing leaves the password out unless a new one is typed', async () => {
    const api = fakeApi({ 'GET /api/v1/mailboxes': { items: [box({})] }, 'PATCH /api/v1/mailboxes/mb-1': box({ port: 143 }) });
    renderSignedIn(<MailboxesPage />);
    fireEvent.click(await screen.findByRole('button', { name: 'Edit' }));
    const form = within(screen.getByRole('form', { name: 'Change the mailbox' }));
    expect(form.getByLabelText(/^Password/)).toHaveAttribute('placeholder', 'Unchanged');
    fireEvent.change(form.getByLabelText(/Port/), { target: { value: '143' } });
    fireEvent.click(form.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(api.requests().some((r) => r.method === 'PATCH')).toBe(true));
    const sent = api.requests().find((r) => r.method === 'PATCH');
    expect(sent?.body).toMatchObject({ port: 143 });
    expect(sent?.body).not.toHaveProperty('password');
  });
});
