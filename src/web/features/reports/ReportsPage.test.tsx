import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import i18next from 'i18next';
import { afterEach, describe, expect, it } from 'vitest';
import type { ReportResult, SavedReport } from '../../../shared/reports';
import { fakeApi, ME, renderSignedIn, type SentRequest } from '../../test/render';
import { ReportsPage } from './ReportsPage';

afterEach(() => i18next.changeLanguage('en'));

const READY: SavedReport = {
  id: 'ready-activities-per-salesperson-week',
  name: 'Activities per salesperson per week',
  ownerId: null,
  shared: true,
  readyMade: true,
  definition: { subject: 'activities', groupBy: ['responsible', 'week'], measures: ['count'], chart: 'bar' },
  createdAt: null,
  updatedAt: null,
};

/** The server's answer: whatever was asked, two salespeople in March and April. */
function answer(request: SentRequest): ReportResult {
  const body = request.body as { groupBy: string[]; measures: string[] };
  const values = (n: number) => Object.fromEntries(body.measures.map((m, i) => [m, n * (i + 1)]));
  const months = body.groupBy[1] === 'month';
  return {
    columns: [...body.groupBy.map((key) => ({ key, kind: 'group' as const })), ...body.measures.map((key) => ({ key, kind: 'measure' as const }))],
    rows: [
      { groups: [{ key: 'u1', label: 'Mette' }, ...(months ? [{ key: '2026-03', label: '2026-03' }] : [])], values: values(1234) },
      { groups: [{ key: 'u2', label: 'Ole' }, ...(months ? [{ key: '2026-04', label: '2026-04' }] : [])], values: values(5) },
    ],
    totals: values(1239),
  };
}

const runs = (requests: SentRequest[]) => requests.filter((r) => r.url === '/api/v1/reports/run');

describe('the report builder', () => {
  it('runs what is picked and shows it as a table in the reader’s language', async () => {
    const api = fakeApi(
      { 'GET /api/v1/reports': { items: [READY], nextCursor: null }, 'POST /api/v1/reports/run': answer, 'GET /api/v1/users': { items: [], nextCursor: null } },
      { locale: 'da' },
    );
    renderSignedIn(<ReportsPage />);
    expect(await screen.findByRole('button', { name: 'Aktiviteter pr. sælger pr. uge' })).toBeInTheDocument();
    fireEvent.change(screen.getByLabelText('Derefter efter'), { target: { value: 'month' } });
    fireEvent.click(screen.getByLabelText('Udført'));
    fireEvent.change(screen.getByLabelText('Fra'), { target: { value: '2026-03-01' } });
    await waitFor(() => expect(runs(api.requests()).at(-1)?.body).toMatchObject({ filters: { from: '2026-03-01' } }));
    expect(runs(api.requests()).at(-1)?.body).toEqual({
      subject: 'activities',
      groupBy: ['responsible', 'month'],
      measures: ['count', 'done'],
      chart: 'bar',
      filters: { from: '2026-03-01' },
    });
    const table = within(await screen.findByRole('table'));
    expect(await table.findByText('marts 2026')).toBeInTheDocument();
    expect(table.getByRole('columnheader', { name: 'Sælger' })).toBeInTheDocument();
    expect(table.getByText('1.234')).toBeInTheDocument(); // Danish thousands
    expect(table.getByText('2.478')).toBeInTheDocument(); // the total of "Udført"
    expect(table.getByText('I alt')).toBeInTheDocument();
  });

  it('switches to sales projects with their measures and opens a ready-made report', async () => {
    const api = fakeApi({
      'GET /api/v1/reports': { items: [READY], nextCursor: null },
      'POST /api/v1/reports/run': answer,
      'GET /api/v1/users': { items: [], nextCursor: null },
    });
    renderSignedIn(<ReportsPage />);
    fireEvent.change(await screen.findByLabelText('Subject'), { target: { value: 'sales-projects' } });
    expect(screen.getByLabelText('Won amount')).toBeInTheDocument();
    expect(screen.queryByLabelText('Overdue')).not.toBeInTheDocument();
    await waitFor(() => expect(runs(api.requests()).at(-1)?.body).toMatchObject({ subject: 'sales-projects', measures: ['count'] }));
    fireEvent.click(screen.getByRole('button', { name: 'Activities per salesperson per week' }));
    await waitFor(() => expect(runs(api.requests()).at(-1)?.body).toEqual(READY.definition));
    expect(screen.getByRole('link', { name: /Export CSV/ })).toHaveAttribute('href', '/api/v1/reports/ready-activities-per-salesperson-week/export?format=csv');
  });

  it('saves and shares a report, then offers its exports', async () => {
    const saved = (request: SentRequest): SavedReport => ({
      ...(request.body as Pick<SavedReport, 'name' | 'shared' | 'definition'>),
      id: 'r-1',
      ownerId: ME.id,
      readyMade: false,
      createdAt: '2026-12-01T10:00:00Z',
      updatedAt: '2026-12-01T10:00:00Z',
    });
    const api = fakeApi({
      'GET /api/v1/reports': { items: [], nextCursor: null },
      'POST /api/v1/reports/run': answer,
      'POST /api/v1/reports': (request: SentRequest) => Response.json(saved(request), { status: 201 }),
      'GET /api/v1/users': { items: [], nextCursor: null },
    });
    renderSignedIn(<ReportsPage />);
    fireEvent.change(await screen.findByLabelText('Report name'), { target: { value: 'Per salesperson' } });
    fireEvent.click(screen.getByLabelText('Share with the workspace'));
    fireEvent.click(screen.getByRole('button', { name: 'Save as new report' }));
    await waitFor(() => expect(api.requests().some((r) => r.method === 'POST' && r.url === '/api/v1/reports')).toBe(true));
    expect(api.requests().find((r) => r.url === '/api/v1/reports' && r.method === 'POST')?.body).toEqual({
      name: 'Per salesperson',
      shared: true,
      definition: { subject: 'activities', groupBy: ['responsible'], measures: ['count'], chart: 'bar' },
    });
    expect(await screen.findByRole('link', { name: /Export Excel/ })).toHaveAttribute('href', '/api/v1/reports/r-1/export?format=xlsx');
    expect(screen.getByRole('button', { name: 'Stop sharing' })).toBeInTheDocument();
  });
});
