import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { lookupsRoutes, page, todoItem } from '../../test/fixtures';
import { fakeApi, renderSignedIn } from '../../test/render';
import { CustomerTimeline } from './Timeline';

const { bucket: _bucket, customerName: _customer, contactName: _contact, typeKey: _type, ...call } = todoItem();

describe('the customer timeline', () => {
  it('completes an open activity with its next follow-up, from the timeline', async () => {
    const api = fakeApi({
      ...lookupsRoutes,
      'GET /api/v1/customers/customer-1/activities': page([call, { ...call, id: 'activity-0', subject: 'Tidligere møde', done: true }]),
      'POST /api/v1/activities/activity-1/complete': { activity: { ...call, done: true }, next: { ...call, id: 'activity-2', subject: 'Send tilbud' } },
    });
    renderSignedIn(<CustomerTimeline customerId="customer-1" />);
    fireEvent.click(await screen.findByRole('button', { name: `Complete ${call.subject} with follow-up` }));
    expect(screen.queryByRole('button', { name: 'Complete Tidligere møde with follow-up' })).not.toBeInTheDocument();
    const dialog = await screen.findByRole('dialog', { name: `Complete: ${call.subject}` });
    fireEvent.change(within(dialog).getByLabelText(/^Follow-up date/), { target: { value: '2026-12-07' } });
    fireEvent.change(within(dialog).getByLabelText(/^Follow-up text/), { target: { value: 'Send tilbud' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Mark done' }));
    await waitFor(() => expect(api.requests().filter((request) => request.method === 'POST')).toHaveLength(1));
    expect(api.requests().find((request) => request.method === 'POST')?.body).toEqual({
      note: '',
      followUp: { scheduledAt: '2026-12-07T00:00:00+01:00', allDay: true, typeId: call.typeId, text: 'Send tilbud' },
    });
    expect(await screen.findByText(/is done\. Next: Send tilbud/)).toBeInTheDocument();
  });
});
