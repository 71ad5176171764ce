import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ActivityType } from '../../../shared/activities';
import type { TaskTemplate } from '../../../shared/tasks';
import { page } from '../../test/fixtures';
import { fakeApi, renderSignedIn, type SentRequest } from '../../test/render';
import { TaskTemplatesPage } from './TaskTemplatesPage';

const id = (n: number) => `00000000-0000-4000-8000-00000000000${n}`;
const type = (n: number, key: string, name: string): ActivityType => ({
  id: id(n),
  key,
  name,
  icon: 'circle',
  color: '#64748b',
  active: true,
  order: n,
  completionSetsCustomerStatus: null,
  nameIsDefault: true,
});
const TASK = type(1, 'task', 'Task');
const CALL = type(2, 'call', 'Call');
const SEO = { id: id(3), name: 'SEO', order: 0, active: true, key: 'seo', nameIsDefault: true };
const REPORT: TaskTemplate = {
  id: id(4),
  key: null,
  name: 'Quarterly report',
  order: 0,
  active: true,
  nameIsDefault: true,
  icon: 'file-text',
  workAreaIds: [],
  typeId: TASK.id,
  due: 'none',
  dueInDays: null,
  recurrence: null,
  commentChecks: [{ key: 'report_sent', label: 'Report sent', defaultChecked: false }],
};

function open() {
  const answer = (request: SentRequest) => ({ ...REPORT, id: id(5), ...(request.body as object) });
  const api = fakeApi({
    'GET /api/v1/task-templates': page([REPORT]),
    'GET /api/v1/work-areas': page([SEO]),
    'GET /api/v1/activity-types': page([TASK, CALL]),
    'POST /api/v1/task-templates': answer,
    [`PATCH /api/v1/task-templates/${REPORT.id}`]: answer,
  });
  renderSignedIn(<TaskTemplatesPage />);
  return (method: string) => api.requests().filter((request) => request.method === method);
}

describe('task templates (Administration → Customer tasks)', () => {
  it('adds a template with every field: type, work area, a deadline, and an auto-check ticked by default', async () => {
    const sent = open();
    const form = within(await screen.findByRole('form', { name: 'Add to Customer tasks' }));
    fireEvent.change(form.getByLabelText(/^Name/), { target: { value: 'Kick-off call' } });
    fireEvent.click(await form.findByRole('checkbox', { name: 'SEO' }));
    await waitFor(() => expect(form.getByLabelText(/^Activity type/)).toHaveValue(TASK.id));
    fireEvent.change(form.getByLabelText(/^Activity type/), { target: { value: CALL.id } });
    fireEvent.change(form.getByLabelText(/^Due/), { target: { value: 'deadline' } });
    fireEvent.change(form.getByLabelText(/^Deadline after/), { target: { value: '3' } });
    fireEvent.click(form.getByRole('button', { name: 'Add a check' }));
    fireEvent.change(form.getByLabelText(/^Check 1/), { target: { value: 'Agenda sent' } });
    fireEvent.click(form.getByRole('checkbox', { name: 'Ticked by default' }));
    // Required fields are marked.
    for (const label of [/^Name/, /^Activity type/, /^Due/, /^Deadline after/]) expect(form.getByLabelText(label)).toBeRequired();
    fireEvent.click(form.getByRole('button', { name: 'Add' }));
    await waitFor(() => expect(sent('POST')).toHaveLength(1));
    expect(sent('POST')[0].body).toEqual({
      name: 'Kick-off call',
      icon: 'square-check',
      workAreaIds: [SEO.id],
      typeId: CALL.id,
      due: 'deadline',
      dueInDays: 3,
      recurrence: null,
      commentChecks: [{ key: 'agenda_sent', label: 'Agenda sent', defaultChecked: true }],
    });
  });

  it('edits a template: a monthly rule shown in words with its next dates, and its checks keep their keys', async () => {
    const sent = open();
    fireEvent.click(await screen.findByRole('button', { name: 'Edit Quarterly report' }));
    const form = within(screen.getByRole('form', { name: 'Edit Quarterly report' }));
    expect(form.getByLabelText(/^Check 1/)).toHaveValue('Report sent');
    fireEvent.change(form.getByLabelText(/^Due/), { target: { value: 'recurring' } });
    fireEvent.change(form.getByLabelText(/^Unit/), { target: { value: 'month' } });
    fireEvent.change(form.getByLabelText(/^Every/), { target: { value: '3' } });
    fireEvent.change(form.getByLabelText('Day of the month'), { target: { value: '-1' } });
    expect(form.getByRole('status')).toHaveTextContent(/every 3 months/);
    expect(form.getByText(/^Next dates:/).textContent?.split('·')).toHaveLength(3);
    fireEvent.change(form.getByLabelText(/^Check 1/), { target: { value: 'Report mailed' } });
    fireEvent.click(form.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(sent('PATCH')).toHaveLength(1));
    expect(sent('PATCH')[0].body).toMatchObject({
      due: 'recurring',
      recurrence: 'FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=-1',
      commentChecks: [{ key: 'report_sent', label: 'Report mailed', defaultChecked: false }],
    });
  });

  it('checks the rules in the browser: a check without a label is refused, nothing is sent', async () => {
    const sent = open();
    const form = within(await screen.findByRole('form', { name: 'Add to Customer tasks' }));
    fireEvent.change(form.getByLabelText(/^Name/), { target: { value: 'Brief' } });
    fireEvent.click(form.getByRole('button', { name: 'Add a check' }));
    fireEvent.click(form.getByRole('button', { name: 'Add' }));
    expect(await form.findByText('Required')).toBeInTheDocument();
    expect(sent('POST')).toEqual([]);
  });
});
