import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ActivityStatus, ActivityType } from '../../../shared/activities';
import { page } from '../../test/fixtures';
import { fakeApi, ME, renderSignedIn, type SentRequest } from '../../test/render';
import { ActivityCreatePage } from './ActivityCreatePage';

const MEETING: ActivityType = {
  id: '00000000-0000-4000-8000-0000000000e1',
  key: 'meeting',
  name: 'Meeting',
  icon: 'users',
  color: '#2563eb',
  active: true,
  order: 0,
  completionSetsCustomerStatus: null,
  nameIsDefault: true,
};
const SCHEDULED: ActivityStatus = {
  id: '00000000-0000-4000-8000-0000000000f1',
  key: 'scheduled',
  name: 'Scheduled',
  closed: false,
  active: true,
  order: 0,
  nameIsDefault: true,
};

const routes = {
  'GET /api/v1/users': page([ME]),
  'GET /api/v1/activity-types': page([MEETING]),
  'GET /api/v1/activity-statuses': page([SCHEDULED]),
};

async function openForm(extra: Record<string, unknown> = {}) {
  const api = fakeApi({ ...routes, ...extra });
  renderSignedIn(<ActivityCreatePage />, '/activities/new');
  const form = within(await screen.findByRole('form', { name: 'New activity' }));
  await waitFor(() => expect(form.getByLabelText(/^Activity type/)).toHaveValue(MEETING.id));
  const posts = () => api.requests().filter((request) => request.method === 'POST');
  return { form, posts };
}

function fill(form: ReturnType<typeof within>, subject: string) {
  fireEvent.change(form.getByLabelText(/^Subject/), { target: { value: subject } });
  fireEvent.change(form.getByLabelText(/^Date/), { target: { value: '2026-12-01' } });
  fireEvent.change(form.getByLabelText(/^Time/), { target: { value: '09:30' } });
  fireEvent.click(form.getByRole('button', { name: 'Create activity' }));
}

describe('the activity form (react-hook-form with the shared schema)', () => {
  it('checks the server’s rules in the browser: no subject and no date, no request', async () => {
    const { form, posts } = await openForm();
    fireEvent.change(form.getByLabelText(/^Date/), { target: { value: '' } });
    fireEvent.click(form.getByRole('button', { name: 'Create activity' }));
    expect(await form.findByText('Required')).toBeInTheDocument();
    expect(form.getByLabelText(/^Subject/)).toHaveAttribute('aria-invalid', 'true');
    expect(form.getByLabelText(/^Date/)).toHaveAttribute('aria-invalid', 'true');
    expect(form.getByText('Not a date')).toBeInTheDocument();
    expect(posts()).toEqual([]);
  });

  it('sends the API’s body: ids, null for none, the time with the user’s offset', async () => {
    const created = (request: SentRequest) => ({ id: '00000000-0000-4000-8000-0000000000a1', ...(request.body as object) });
    const { form, posts } = await openForm({ 'POST /api/v1/activities': created });
    fill(form, '  Visit the workshop ');
    await waitFor(() => expect(posts()).toHaveLength(1));
    expect(posts()[0]).toEqual({
      method: 'POST',
      url: '/api/v1/activities',
      body: {
        typeId: MEETING.id,
        statusId: SCHEDULED.id,
        subject: '  Visit the workshop ',
        note: '',
        customerId: null,
        contactId: null,
        additionalCustomerIds: [],
        responsibleId: ME.id,
        additionalUserIds: [],
        scheduledAt: '2026-12-01T09:30:00+01:00',
        allDay: false,
        private: false,
        reminders: [],
      },
    });
  });

  it('waits for the activity types before showing the form, so "Create" pressed at once sends the first type', async () => {
    let answerTypes = () => {};
    const typesArrived = new Promise<void>((resolve) => {
      answerTypes = resolve;
    });
    const created = (request: SentRequest) => ({ id: '00000000-0000-4000-8000-0000000000a2', ...(request.body as object) });
    const api = fakeApi({
      ...routes,
      'GET /api/v1/activity-types': () => typesArrived.then(() => page([MEETING])),
      'POST /api/v1/activities': created,
    });
    renderSignedIn(<ActivityCreatePage />, '/activities/new');
    expect(await screen.findByRole('status')).toHaveTextContent('Loading');
    expect(screen.queryByRole('form', { name: 'New activity' })).toBeNull();
    answerTypes();
    const form = within(await screen.findByRole('form', { name: 'New activity' }));
    fill(form, 'Call about the offer');
    await waitFor(() => expect(api.requests().filter((request) => request.method === 'POST')).toHaveLength(1));
    expect(api.requests().find((request) => request.method === 'POST')?.body).toMatchObject({ typeId: MEETING.id, statusId: SCHEDULED.id });
  });

  it('shows the server’s field messages beside their fields, under the form’s names for them', async () => {
    const refused = () =>
      Response.json(
        {
          error: {
            code: 'validation',
            message: 'Invalid',
            fields: { subject: 'Already in use', customerId: 'Not a valid id' },
            reasons: { subject: { code: 'in_use' }, customerId: { code: 'invalid_id' } },
          },
        },
        { status: 400 },
      );
    const { form, posts } = await openForm({ 'POST /api/v1/activities': refused });
    fill(form, 'Visit');
    await waitFor(() => expect(posts()).toHaveLength(1));
    expect(await form.findByText('Already in use')).toBeInTheDocument();
    expect(form.getByLabelText(/^Subject/)).toHaveAttribute('aria-invalid', 'true');
    expect(form.getByText('Not a valid choice')).toBeInTheDocument();
    expect(form.getByRole('combobox', { name: /^Customer/ })).toHaveAttribute('aria-invalid', 'true');
  });
});
