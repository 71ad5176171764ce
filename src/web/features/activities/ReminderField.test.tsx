import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CALL_TYPE, page, todoItem } from '../../test/fixtures';
import { fakeApi, ME, renderSignedIn, type SentRequest } from '../../test/render';
import { ActivityCreatePage } from './ActivityCreatePage';
import { ActivityForm } from './ActivityForm';

const CALL = { ...CALL_TYPE, id: '00000000-0000-4000-8000-0000000000e2' };
const routes = {
  'GET /api/v1/users': page([ME]),
  'GET /api/v1/activity-types': page([CALL]),
  'GET /api/v1/activity-statuses': page([]),
  'POST /api/v1/activities': (request: SentRequest) => ({ ...todoItem(), ...(request.body as object) }),
};

async function newActivity() {
  const api = fakeApi(routes);
  renderSignedIn(<ActivityCreatePage />, '/activities/new');
  const form = within(await screen.findByRole('form', { name: 'New activity' }));
  await waitFor(() => expect(form.getByLabelText(/^Activity type/)).toHaveValue(CALL.id));
  fireEvent.change(form.getByLabelText(/^Subject/), { target: { value: 'Call about the roof' } });
  fireEvent.change(form.getByLabelText(/^Date/), { target: { value: '2026-12-01' } });
  fireEvent.change(form.getByLabelText(/^Time/), { target: { value: '09:30' } });
  const reminders = within(form.getByRole('group', { name: 'Reminders' }));
  const posts = () => api.requests().filter((request) => request.method === 'POST');
  const save = () => fireEvent.click(form.getByRole('button', { name: 'Create activity' }));
  return { form, reminders, posts, save };
}

function addCustom(reminders: ReturnType<typeof within>, amount: string, unit: string) {
  fireEvent.change(reminders.getByLabelText('Custom reminder'), { target: { value: amount } });
  fireEvent.change(reminders.getByLabelText('Unit'), { target: { value: unit } });
  fireEvent.click(reminders.getByRole('button', { name: 'Add reminder' }));
}

describe('reminders on the activity form', () => {
  it('chips toggle the usual times, "custom" adds another; the API gets minutes before, ascending', async () => {
    const { reminders, posts, save } = await newActivity();
    fireEvent.click(reminders.getByRole('button', { name: '1 day before' }));
    fireEvent.click(reminders.getByRole('button', { name: '15 minutes before' }));
    fireEvent.click(reminders.getByRole('button', { name: '5 minutes before' }));
    fireEvent.click(reminders.getByRole('button', { name: '5 minutes before' }));
    addCustom(reminders, '2', 'hours');
    // The custom time becomes a chip of its own, switched on.
    expect(reminders.getByRole('button', { name: '2 hours before' })).toHaveAttribute('aria-pressed', 'true');
    expect(reminders.getByRole('button', { name: '5 minutes before' })).toHaveAttribute('aria-pressed', 'false');
    save();
    await waitFor(() => expect(posts()).toHaveLength(1), { timeout: 3000 });
    expect((posts()[0].body as { reminders: number[] }).reminders).toEqual([15, 120, 1440]);
  });

  it('refuses more than 4 weeks before with the shared rules, sending nothing', async () => {
    const { reminders, posts, save } = await newActivity();
    addCustom(reminders, '29', 'days');
    save();
    expect(await reminders.findByText(/at most/i)).toBeInTheDocument();
    expect(reminders.getByRole('button', { name: '29 days before' })).toHaveAttribute('aria-pressed', 'true');
    expect(posts()).toEqual([]);
  });

  it("shows an activity's reminders when editing it, and none for a task without a deadline", async () => {
    fakeApi(routes);
    const lookups = { types: [CALL], statuses: [], typeOf: () => CALL, statusOf: () => undefined, loaded: true, error: null };
    const form = (scheduledAt: string | null) => (
      <ActivityForm
        label="Edit"
        lookups={lookups}
        activity={todoItem({ reminders: [60, 10_080], scheduledAt })}
        submitLabel="Save"
        onSubmit={async () => undefined}
        onCancel={() => undefined}
      />
    );
    const { unmount } = renderSignedIn(form('2026-12-10T09:00:00.000Z'));
    const reminders = within(await screen.findByRole('group', { name: 'Reminders' }));
    expect(reminders.getByRole('button', { name: '1 hour before' })).toHaveAttribute('aria-pressed', 'true');
    expect(reminders.getByRole('button', { name: '1 week before' })).toHaveAttribute('aria-pressed', 'true');
    unmount();
    renderSignedIn(form(null));
    await screen.findByRole('form', { name: 'Edit' });
    expect(screen.queryByRole('group', { name: 'Reminders' })).toBeNull();
  });
});
