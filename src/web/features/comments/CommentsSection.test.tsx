import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Activity } from '../../../shared/activities';
import type { Comment } from '../../../shared/comments';
import { page } from '../../test/fixtures';
import { fakeApi, renderSignedIn } from '../../test/render';
import { CommentsSection } from './CommentsSection';

const activity = {
  id: 'activity-1',
  subject: 'Monthly optimisation',
  customerId: 'customer-1',
  // A task made from a template (issue 15): its auto-checks and their default ticks.
  commentChecks: [
    { key: 'report_sent', label: 'Report sent', defaultChecked: true },
    { key: 'budget_ok', label: 'Budget checked', defaultChecked: false },
  ],
} as unknown as Activity;

const earlier: Comment = {
  id: 'comment-1',
  activityId: 'activity-1',
  authorId: 'user-2',
  authorName: 'Mette Hansen',
  text: 'Called, they want the offer',
  checks: { report_sent: true },
  keywordIds: ['kw-1'],
  customerStatus: null,
  createdAt: '2026-05-04T08:30:00.000Z',
};

const routes = {
  'GET /api/v1/activities/activity-1/comments': page([earlier]),
  'GET /api/v1/status-keywords': page([{ id: 'kw-1', name: 'Offer sent', active: true, order: 0 }]),
  'GET /api/v1/customer-statuses': page([{ id: 's1', key: 'prospect', name: 'Prospect', active: true, order: 0, nameIsDefault: true }]),
  'POST /api/v1/activities/activity-1/comments': { ...earlier, id: 'comment-2' },
};

describe('the comments of an activity', () => {
  it('shows the thread with author, time in the user’s zone, keywords and ticked checks', async () => {
    fakeApi(routes);
    renderSignedIn(<CommentsSection activity={activity} />);
    const thread = await screen.findByRole('region', { name: 'Comments' });
    await within(thread).findByText('Called, they want the offer');
    expect(within(thread).getByText('Mette Hansen')).toBeInTheDocument();
    expect(within(thread).getByText(/Ticked: Report sent/)).toBeInTheDocument();
    expect(thread.querySelector('time')?.getAttribute('dateTime')).toBe('2026-05-04T08:30:00.000Z');
  });

  it("pre-ticks the task's auto-checks and sends keywords, the new status and the ticks", async () => {
    const api = fakeApi(routes);
    renderSignedIn(<CommentsSection activity={activity} />);
    const form = await screen.findByRole('form', { name: 'Write a comment' });
    const ui = within(form);
    expect(ui.getByRole('checkbox', { name: 'Report sent' })).toBeChecked();
    expect(ui.getByRole('checkbox', { name: 'Budget checked' })).not.toBeChecked();
    fireEvent.change(ui.getByLabelText(/^Comment/), { target: { value: 'Sent the offer' } });
    fireEvent.click(await ui.findByRole('checkbox', { name: 'Offer sent' }));
    fireEvent.click(ui.getByRole('checkbox', { name: 'Budget checked' }));
    await ui.findByRole('option', { name: 'Prospect' });
    fireEvent.change(ui.getByLabelText("Customer's new status"), { target: { value: 'prospect' } });
    fireEvent.click(ui.getByRole('button', { name: 'Add comment' }));
    await waitFor(() => expect(api.requests().filter((r) => r.method === 'POST')).toHaveLength(1));
    expect(api.requests().find((r) => r.method === 'POST')?.body).toEqual({
      text: 'Sent the offer',
      keywordIds: ['kw-1'],
      checks: { report_sent: true, budget_ok: true },
      customerStatus: 'prospect',
    });
  });

  it('leaves the status out when none is chosen, and says a required text in the user’s language', async () => {
    const api = fakeApi(routes);
    renderSignedIn(<CommentsSection activity={{ ...activity, commentChecks: undefined } as unknown as Activity} />);
    const form = await screen.findByRole('form', { name: 'Write a comment' });
    fireEvent.click(within(form).getByRole('button', { name: 'Add comment' }));
    await within(form).findAllByText('Required');
    expect(api.requests().filter((r) => r.method === 'POST')).toHaveLength(0);
    fireEvent.change(within(form).getByLabelText(/^Comment/), { target: { value: 'Just a note' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Add comment' }));
    await waitFor(() => expect(api.requests().filter((r) => r.method === 'POST')).toHaveLength(1));
    expect(api.requests().find((r) => r.method === 'POST')?.body).toEqual({ text: 'Just a note', keywordIds: [], checks: {} });
  });
});
