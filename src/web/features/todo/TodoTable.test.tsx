import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { page, todoItem } from '../../test/fixtures';
import { fakeApi, renderSignedIn } from '../../test/render';
import { TodoPage } from './TodoPage';
import { todoRoutes } from './test-routes';

describe('the to-do table', () => {
  it('asks for the to-do once, and the users, types and statuses once for all rows', async () => {
    const items = [
      todoItem(),
      todoItem({ id: 'activity-2', subject: 'Send tilbud', bucket: 'today', customerId: 'customer-2', customerName: 'Bageriet' }),
      todoItem({ id: 'activity-3', subject: 'Møde', bucket: 'future', customerId: 'customer-3', customerName: 'Cykelsmeden' }),
    ];
    const api = fakeApi(todoRoutes(items));
    renderSignedIn(<TodoPage />, '/todo');

    const table = await screen.findByRole('table', { name: 'To-do' });
    expect(await within(table).findByRole('link', { name: 'Send tilbud' })).toBeInTheDocument();
    expect(within(table).getByRole('link', { name: 'Østergaard Tømrer ApS' })).toHaveAttribute('href', '/customers/customer-1');
    expect(within(table).getAllByRole('button', { name: /^Complete .* with follow-up$/ })).toHaveLength(3);

    expect(
      api
        .requests()
        .map((request) => `${request.method} ${request.url}`)
        .sort(),
    ).toEqual([
      'GET /api/v1/activity-statuses',
      'GET /api/v1/activity-types',
      'GET /api/v1/campaigns?limit=500',
      'GET /api/v1/groups',
      'GET /api/v1/me/preferences',
      'GET /api/v1/sales-projects?limit=500',
      'GET /api/v1/todo/counts',
      'GET /api/v1/todo?limit=50',
      'GET /api/v1/users',
    ]);
  });

  it('shows the project of an activity in a project after its customer, as a link to the project page (issue 17)', async () => {
    const items = [
      todoItem({
        id: 'activity-2',
        subject: 'Csempe kiválasztása',
        bucket: 'today',
        customerName: 'Kovács Bt.',
        projectId: 'project-1',
        projectName: 'Konyhafelújítás',
      }),
      todoItem({ id: 'activity-3', subject: 'Ring tilbage', bucket: 'today' }),
    ];
    fakeApi(todoRoutes(items));
    renderSignedIn(<TodoPage />, '/todo');
    const table = await screen.findByRole('table', { name: 'To-do' });
    expect(await within(table).findByRole('link', { name: 'Konyhafelújítás' })).toHaveAttribute('href', '/projects/project-1');
    const row = within(table).getByRole('link', { name: 'Ring tilbage' }).closest('tr') as HTMLElement;
    expect(
      within(row)
        .queryAllByRole('link')
        .map((link) => link.getAttribute('href')),
    ).not.toContain('/projects/project-1');
  });

  it('shows the sales project of an activity as a link to its page (issue 18)', async () => {
    fakeApi(todoRoutes([todoItem({ subject: 'Tilbud på lager', bucket: 'today', salesProjectId: 'sales-1', salesProjectName: 'Lagerudvidelse' })]));
    renderSignedIn(<TodoPage />, '/todo');
    const table = await screen.findByRole('table', { name: 'To-do' });
    expect(await within(table).findByRole('link', { name: 'Lagerudvidelse' })).toHaveAttribute('href', '/sales-projects/sales-1');
  });

  it('sends the filters in the address to the API', async () => {
    const api = fakeApi(todoRoutes([todoItem()]));
    renderSignedIn(<TodoPage />, '/todo?who=all&done=1&period=this-month');
    await screen.findByRole('table', { name: 'To-do' });
    const todo = api.requests().find((request) => request.url.startsWith('/api/v1/todo?'));
    expect(todo?.method).toBe('GET');
    expect(Object.fromEntries(new URL(todo?.url ?? '', 'http://tend.test').searchParams)).toEqual({
      responsibleId: 'all',
      period: 'this-month',
      includeDone: 'true',
      limit: '50',
    });
  });

  it('filters by sales project and campaign (kept in the address), the same filter for the counts', async () => {
    const api = fakeApi({
      ...todoRoutes([todoItem()]),
      'GET /api/v1/sales-projects': page([{ id: 'project-1', name: 'Nyt lager' }]),
      'GET /api/v1/campaigns': page([{ id: 'campaign-1', name: 'Messe' }]),
    });
    renderSignedIn(<TodoPage />, '/todo?campaign=campaign-1');
    await screen.findByRole('table', { name: 'To-do' });
    await waitFor(() => expect(api.requests().filter((request) => request.url.includes('campaignId=campaign-1'))).toHaveLength(2));
    await screen.findByRole('option', { name: 'Nyt lager' });
    fireEvent.change(screen.getByRole('combobox', { name: 'Sales project' }), { target: { value: 'project-1' } });
    await waitFor(() =>
      expect(
        api.requests().filter((request) => request.url.includes('salesProjectId=project-1') && request.url.includes('campaignId=campaign-1')),
      ).toHaveLength(2),
    );
  });

  it('filters by a team: its members (subgroups too) on the server, the same filter for the counts', async () => {
    const team = { id: 'group-1', name: 'Sales Jylland', type: 'standard', parentId: null, memberCount: 3, active: true, order: 0 };
    const api = fakeApi({ ...todoRoutes([todoItem()]), 'GET /api/v1/groups': page([team]) });
    renderSignedIn(<TodoPage />, '/todo');
    fireEvent.change(await screen.findByRole('combobox', { name: 'Team' }), { target: { value: 'group-1' } });
    await waitFor(() => expect(api.requests().filter((request) => request.url.includes('groupId=group-1'))).toHaveLength(2));
    const urls = api
      .requests()
      .filter((request) => request.url.includes('groupId=group-1'))
      .map((request) => request.url.split('?')[0]);
    expect(urls.sort()).toEqual(['/api/v1/todo', '/api/v1/todo/counts']);
  });
});
