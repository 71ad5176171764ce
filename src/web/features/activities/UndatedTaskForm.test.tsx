import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ActivityCreate } from '../../../shared/activities';
import { CALL_TYPE, page, todoItem } from '../../test/fixtures';
import { fakeApi, ME, renderSignedIn } from '../../test/render';
import { ActivityForm } from './ActivityForm';

// An id the shared schema takes (the fixture's is not a UUID).
const CALL = { ...CALL_TYPE, id: '00000000-0000-4000-8000-0000000000e2' };
const lookups = { types: [CALL], statuses: [], typeOf: () => CALL, statusOf: () => undefined, loaded: true, error: null };

function editUndatedTask() {
  fakeApi({ 'GET /api/v1/users': page([ME]) });
  const sent: ActivityCreate[] = [];
  renderSignedIn(
    <ActivityForm
      label="Edit"
      lookups={lookups}
      activity={todoItem({ typeId: CALL.id, subject: 'Quarterly report', scheduledAt: null })}
      submitLabel="Save"
      onSubmit={async (input) => sent.push(input)}
      onCancel={() => undefined}
    />,
  );
  return sent;
}

describe('editing a task without a deadline', () => {
  it('keeps it without one when the date is left alone, and says so', async () => {
    const sent = editUndatedTask();
    const form = within(await screen.findByRole('form', { name: 'Edit' }));
    expect(form.getByText(/No deadline yet/)).toBeInTheDocument();
    fireEvent.change(form.getByLabelText(/^Subject/), { target: { value: 'Quarterly report, draft' } });
    fireEvent.click(form.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0].subject).toBe('Quarterly report, draft');
    expect(sent[0]).not.toHaveProperty('scheduledAt');
    expect(sent[0]).not.toHaveProperty('reminders');
  });

  it('gives it the date the user picks', async () => {
    const sent = editUndatedTask();
    const form = within(await screen.findByRole('form', { name: 'Edit' }));
    fireEvent.change(form.getByLabelText(/^Date/), { target: { value: '2026-12-15' } });
    expect(form.queryByText(/No deadline yet/)).toBeNull();
    fireEvent.click(form.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0].scheduledAt?.slice(0, 10)).toBe('2026-12-15');
  });
});
