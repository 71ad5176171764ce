import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { todoItem } from '../../test/fixtures';
import { fakeApi, renderSignedIn, type SentRequest } from '../../test/render';
import { zonedParts } from '../activities/zoned-time';
import { todoRoutes } from './test-routes';
import { TodoPage } from './TodoPage';

const items = [
  todoItem(),
  todoItem({ id: 'activity-2', subject: 'Send tilbud', bucket: 'today', customerId: 'customer-2', customerName: 'Bageriet' }),
  todoItem({ id: 'activity-3', subject: 'Møde', bucket: 'future', customerId: 'customer-3', customerName: 'Cykelsmeden' }),
];
const done = (request: SentRequest) => ({ activity: { ...items[0], id: request.url.split('/')[4], done: true }, next: null });

async function openTodo(extra: Record<string, unknown> = {}) {
  const api = fakeApi({ ...todoRoutes(items), 'POST /api/v1/activities/activity-2/complete': done, ...extra });
  renderSignedIn(<TodoPage />, '/todo');
  await screen.findByRole('link', { name: 'Møde' });
  return api;
}
const writes = (api: ReturnType<typeof fakeApi>) => api.requests().filter((request) => request.method !== 'GET');
const press = (key: string, target: Element = document.body) => fireEvent.keyDown(target, { key });

describe('working the to-do by keyboard', () => {
  it('moves with j/k and the arrows, says where it is, and x ticks off the focused row', async () => {
    const api = await openTodo();
    press('j');
    expect(document.activeElement).toHaveAttribute('data-todo-row', 'activity-1');
    press('j');
    press('ArrowDown', document.activeElement ?? document.body);
    press('k', document.activeElement ?? document.body);
    expect(document.activeElement).toHaveAttribute('data-todo-row', 'activity-2');
    expect(screen.getByText(/^2 of 3: Send tilbud, Bageriet/)).toBeInTheDocument();

    press('x', document.activeElement ?? document.body);
    await waitFor(() => expect(writes(api)).toHaveLength(1));
    expect(writes(api)[0]).toEqual({ method: 'POST', url: '/api/v1/activities/activity-2/complete', body: {} });
    expect(await screen.findByText('Send tilbud is done.')).toBeInTheDocument();
  });

  it('does nothing while one types, / goes to the search, f opens the follow-up and ? the help', async () => {
    const api = await openTodo();
    press('/');
    const find = screen.getByLabelText('Find in the list');
    expect(document.activeElement).toBe(find);
    press('x', find);
    press('j', find);
    fireEvent.change(find, { target: { value: 'tilbud' } });
    expect(screen.queryByRole('link', { name: 'Møde' })).not.toBeInTheDocument();
    expect(writes(api)).toHaveLength(0);

    find.blur();
    press('j');
    press('f', document.activeElement ?? document.body);
    expect(await screen.findByRole('dialog', { name: 'Complete: Send tilbud' })).toBeInTheDocument();
    press('Escape');
    fireEvent(screen.getByRole('dialog'), new Event('cancel'));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    press('?');
    const help = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(within(help).getByText('Complete with a follow-up')).toBeInTheDocument();
  });
});

describe('opening by keyboard', () => {
  it('Enter on the focused row opens its activity', async () => {
    fakeApi(todoRoutes(items));
    renderSignedIn(
      <Routes>
        <Route path="/todo" element={<TodoPage />} />
        <Route path="/activities/:id" element={<p>The activity page</p>} />
      </Routes>,
      '/todo',
    );
    await screen.findByRole('link', { name: 'Møde' });
    press('j');
    press('j', document.activeElement ?? document.body);
    press('Enter', document.activeElement ?? document.body);
    expect(await screen.findByText('The activity page')).toBeInTheDocument();
  });
});

describe('snoozing', () => {
  it('moves an activity to tomorrow at its own time in two clicks, one PATCH', async () => {
    const api = await openTodo({ 'PATCH /api/v1/activities/activity-1': { ...items[0] } });
    fireEvent.click(screen.getByRole('button', { name: `Snooze ${items[0].subject}` }));
    fireEvent.click(screen.getByRole('button', { name: /^Tomorrow/ }));
    await waitFor(() => expect(writes(api)).toHaveLength(1));
    const [patch] = writes(api);
    expect(patch.method).toBe('PATCH');
    expect(patch.url).toBe('/api/v1/activities/activity-1');
    const body = patch.body as { scheduledAt: string; allDay: boolean };
    expect(body.allDay).toBe(false);
    const tomorrow = new Date(Date.now() + 86_400_000);
    expect(zonedParts(body.scheduledAt, 'Europe/Copenhagen')).toEqual({ date: zonedParts(tomorrow, 'Europe/Copenhagen').date, time: '10:00' });
    expect(await screen.findByText(/moved to/)).toBeInTheDocument();
  });

  it('s opens the menu on the focused row; a picked date moves it there', async () => {
    const api = await openTodo({ 'PATCH /api/v1/activities/activity-1': { ...items[0] } });
    press('j');
    press('s', document.activeElement ?? document.body);
    const menu = await screen.findByRole('group', { name: 'Move to' });
    fireEvent.change(within(menu).getByLabelText('Another date'), { target: { value: '2027-02-01' } });
    fireEvent.click(within(menu).getByRole('button', { name: 'Move' }));
    await waitFor(() => expect(writes(api)).toHaveLength(1));
    expect(writes(api)[0].body).toEqual({ scheduledAt: '2027-02-01T10:00:00+01:00', allDay: false });
  });
});

describe('several at once', () => {
  it('completes the chosen rows in one bulk request', async () => {
    const bulk = (request: SentRequest) => ({ items: (request.body as { ids: string[] }).ids.map((id) => ({ ...items[0], id, done: true })) });
    const api = await openTodo({ 'POST /api/v1/activities/bulk': bulk });
    fireEvent.click(screen.getByRole('checkbox', { name: `Choose ${items[0].subject}` }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Choose Møde' }));
    const bar = screen.getByRole('region', { name: 'Chosen activities' });
    expect(within(bar).getByText('2 chosen')).toBeInTheDocument();
    fireEvent.click(within(bar).getByRole('button', { name: 'Mark done' }));
    await waitFor(() => expect(writes(api)).toHaveLength(1));
    expect(writes(api)[0]).toEqual({ method: 'POST', url: '/api/v1/activities/bulk', body: { ids: ['activity-1', 'activity-3'], action: 'complete' } });
    expect(await screen.findByText('2 activities done.')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Chosen activities' })).not.toBeInTheDocument();
  });

  it('sorts by a column and remembers it for the user', async () => {
    let saved: unknown = { todoSort: 'due', todoOrder: 'asc' };
    const api = await openTodo({
      'GET /api/v1/me/preferences': () => saved,
      'PUT /api/v1/me/preferences': (request: SentRequest) => (saved = request.body),
    });
    expect(await screen.findByRole('columnheader', { name: 'Follow-up date' })).toHaveAttribute('aria-sort', 'ascending');
    fireEvent.click(screen.getByRole('button', { name: 'Customer' }));
    await waitFor(() => expect(writes(api)).toHaveLength(1));
    expect(writes(api)[0]).toEqual({ method: 'PUT', url: '/api/v1/me/preferences', body: { todoSort: 'customer', todoOrder: 'asc' } });
    await waitFor(() => expect(screen.getByRole('columnheader', { name: 'Customer' })).toHaveAttribute('aria-sort', 'ascending'));
    // The list is asked for again, in the order the server now keeps for the user.
    await waitFor(() => expect(api.requests().filter((request) => request.url.startsWith('/api/v1/todo?'))).toHaveLength(2));
  });
});
