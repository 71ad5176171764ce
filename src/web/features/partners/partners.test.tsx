import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeApi, renderSignedIn } from '../../test/render';
import { CustomerPartnersSection } from './CustomerPartnersSection';
import { PartnerTask } from './PartnerTask';

const partner = {
  userId: 'p1',
  customerId: 'c1',
  email: 'anna@kovacs.test',
  name: 'Kovács Anna',
  seat: false,
  active: true,
  invited: false,
  projects: 2,
  tasks: 7,
};
const task = {
  id: 'a1',
  subject: 'Csempe kiválasztása',
  note: null,
  typeKey: 'task',
  typeName: 'Task',
  scheduledAt: '2026-12-10T08:00:00.000Z',
  done: false,
  doneAt: null,
  responsibleName: 'Mia',
  comments: [],
  documents: [],
};

describe('partners on the customer page', () => {
  it('a manager sees each partner against the quota, toggles the seat and invites one (the link shown once)', async () => {
    const api = fakeApi(
      {
        'GET /api/v1/customers/c1/partners': { items: [partner], nextCursor: null },
        'GET /api/v1/projects': { items: [], nextCursor: null },
        'PATCH /api/v1/partners/p1': { ...partner, seat: true },
        'POST /api/v1/partners': {
          userId: 'p2',
          inviteUrl: 'http://tend.test/accept-invitation#token=abc',
          mailed: false,
          expiresAt: '2026-12-08T10:00:00.000Z',
        },
      },
      { role: 'manager' },
    );
    renderSignedIn(<CustomerPartnersSection customer={{ id: 'c1', name: 'Kovács Bt.' }} />);
    const section = within(await screen.findByRole('region', { name: 'Partners' }));
    expect(await section.findByText('2 of 10 projects, 7 of 50 tasks')).toBeInTheDocument();
    fireEvent.click(section.getByRole('checkbox', { name: /Seat/ }));
    await waitFor(() => expect(api.requests().find((r) => r.method === 'PATCH')?.body).toEqual({ seat: true }));
    fireEvent.click(section.getByRole('button', { name: 'Invite a partner' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Invite a partner of Kovács Bt.' }));
    fireEvent.change(dialog.getByLabelText(/^Name/), { target: { value: 'Kovács Béla' } });
    fireEvent.change(dialog.getByLabelText(/^Email/), { target: { value: 'bela@kovacs.test' } });
    fireEvent.click(dialog.getByRole('button', { name: 'Send invitation' }));
    expect(await dialog.findByDisplayValue('http://tend.test/accept-invitation#token=abc')).toBeInTheDocument();
    expect(api.requests().find((r) => r.method === 'POST')?.body).toEqual({ customerId: 'c1', name: 'Kovács Béla', email: 'bela@kovacs.test' });
  });

  it('a user sees the partners but cannot invite or give seats', async () => {
    fakeApi(
      { 'GET /api/v1/customers/c1/partners': { items: [partner], nextCursor: null }, 'GET /api/v1/projects': { items: [], nextCursor: null } },
      { role: 'user' },
    );
    renderSignedIn(<CustomerPartnersSection customer={{ id: 'c1', name: 'Kovács Bt.' }} />);
    const section = within(await screen.findByRole('region', { name: 'Partners' }));
    await section.findByText('Kovács Anna');
    expect(section.queryByRole('button', { name: 'Invite a partner' })).toBeNull();
    expect(section.queryByRole('checkbox')).toBeNull();
  });
});

describe('a task in the partner app', () => {
  it('sends a comment and completes the task through the partner routes', async () => {
    const api = fakeApi(
      {
        'POST /api/v1/partner/activities/a1/comments': { id: 'k1' },
        'POST /api/v1/partner/activities/a1/complete': { activity: {}, next: null },
        'GET /api/v1/partner/projects': { items: [], nextCursor: null },
      },
      { role: 'partner' },
    );
    renderSignedIn(
      <ul>
        <PartnerTask activity={task} />
      </ul>,
    );
    fireEvent.change(await screen.findByLabelText(/^Comment on Csempe kiválasztása/), { target: { value: 'A szürkét kérjük' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send' }));
    await waitFor(() => expect(api.requests().find((r) => r.url.endsWith('/comments'))?.body).toEqual({ text: 'A szürkét kérjük' }));
    fireEvent.click(screen.getByRole('button', { name: 'Mark as done Csempe kiválasztása' }));
    await waitFor(() => expect(api.requests().some((r) => r.url === '/api/v1/partner/activities/a1/complete')).toBe(true));
  });
});
