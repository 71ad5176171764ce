import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { TodoPage } from '../todo/TodoPage';
import { CALL_TYPE, todoItem } from '../../test/fixtures';
import { todoRoutes } from '../todo/test-routes';
import { fakeApi, renderSignedIn, type SentRequest } from '../../test/render';

const item = todoItem({ note: 'Ringede, ingen svar' });
const completed = (request: SentRequest) => ({
  activity: { ...item, done: true },
  next: (request.body as { followUp?: unknown }).followUp ? { ...item, id: 'activity-2', subject: 'Send tilbud' } : null,
});

async function openDialog() {
  const api = fakeApi({ ...todoRoutes([item]), 'POST /api/v1/activities/activity-1/complete': completed });
  renderSignedIn(<TodoPage />, '/todo');
  fireEvent.click(await screen.findByRole('button', { name: `Complete ${item.subject} with follow-up` }));
  const dialog = await screen.findByRole('dialog', { name: `Complete: ${item.subject}` });
  return { api, dialog };
}

const posted = (api: ReturnType<typeof fakeApi>) => api.requests().filter((request) => request.method === 'POST');

describe('the complete dialog', () => {
  it('sends the note and the next follow-up (date and time in the user’s time zone)', async () => {
    const { api, dialog } = await openDialog();
    const ui = within(dialog);
    expect(ui.getByLabelText('Note')).toHaveValue('Ringede, ingen svar');
    fireEvent.change(ui.getByLabelText('Note'), { target: { value: 'Talte med Mette' } });
    fireEvent.change(ui.getByLabelText(/^Follow-up date/), { target: { value: '2026-12-07' } });
    fireEvent.change(ui.getByLabelText(/^Follow-up time/), { target: { value: '10:30' } });
    fireEvent.change(ui.getByLabelText(/^Follow-up text/), { target: { value: 'Send tilbud' } });
    fireEvent.click(ui.getByRole('button', { name: 'Mark done' }));

    await waitFor(() => expect(posted(api)).toHaveLength(1));
    expect(posted(api)[0]).toEqual({
      method: 'POST',
      url: '/api/v1/activities/activity-1/complete',
      body: { note: 'Talte med Mette', followUp: { scheduledAt: '2026-12-07T10:30:00+01:00', allDay: false, typeId: CALL_TYPE.id, text: 'Send tilbud' } },
    });
    expect(await screen.findByRole('status')).toHaveTextContent(/Send tilbud/);
  });

  it('without follow-up text only marks the activity done, and the to-do is asked for again', async () => {
    const { api, dialog } = await openDialog();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Mark done' }));
    await waitFor(() => expect(posted(api)).toHaveLength(1));
    expect(posted(api)[0].body).toEqual({ note: 'Ringede, ingen svar' });
    await waitFor(() => expect(api.requests().filter((request) => request.url.startsWith('/api/v1/todo?'))).toHaveLength(2));
  });
});
