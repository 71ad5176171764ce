import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { customerRecord, page } from '../../test/fixtures';
import { fakeApi, ME, renderSignedIn } from '../../test/render';
import { CustomerList } from './CustomerList';

const customer = (id: string, name: string, extra: Record<string, unknown> = {}) =>
  customerRecord({ id, name, city: 'Oslo', responsibleId: ME.id, updatedAt: '2026-11-02T10:00:00.000Z', ...extra });

const routes = {
  'GET /api/v1/customers': page([
    customer('c-1', 'Dahl & Co', { match: { field: 'name', kind: 'prefix' } }),
    customer('c-2', 'Bråthen & Co', { match: { field: 'contact', kind: 'word', contactName: 'Lise Dahl' } }),
  ]),
  'GET /api/v1/customer-statuses': page([]),
  'GET /api/v1/users': page([]),
  'GET /api/v1/industries': page([]),
  'GET /api/v1/categories': page([]),
};

const listRequests = (api: ReturnType<typeof fakeApi>) => api.requests().filter((request) => request.url.startsWith('/api/v1/customers?'));

describe('the customer list', () => {
  it('sorts by a clicked column, ascending then descending, and keeps it in the address', async () => {
    const api = fakeApi(routes);
    renderSignedIn(<CustomerList />, '/customers');
    const table = () => screen.findByRole('table', { name: 'Customers' });
    fireEvent.click(within(await table()).getByRole('button', { name: 'Status' }));
    await waitFor(() => expect(listRequests(api).at(-1)?.url).toBe('/api/v1/customers?sort=status&order=asc&limit=25'));
    expect(within(await table()).getByRole('columnheader', { name: 'Status' })).toHaveAttribute('aria-sort', 'ascending');
    fireEvent.click(within(await table()).getByRole('button', { name: 'Status' }));
    await waitFor(() => expect(listRequests(api).at(-1)?.url).toBe('/api/v1/customers?sort=status&order=desc&limit=25'));
    expect(screen.getByLabelText('Order')).toHaveValue('status:desc');
  });

  it('asks for the best matches first while searching, and says which customers matched through a contact', async () => {
    const api = fakeApi(routes);
    renderSignedIn(<CustomerList />, '/customers?q=dahl');
    expect(await screen.findByText('Matched by the contact Lise Dahl')).toBeInTheDocument();
    expect(listRequests(api)[0].url).toBe('/api/v1/customers?q=dahl&limit=25');
    expect(screen.getAllByText(/^Matched by/)).toHaveLength(1);
  });

  it('exports the whole list with the filters and order in view, as CSV or Excel', async () => {
    fakeApi(routes);
    renderSignedIn(<CustomerList />, '/customers?q=dahl&status=lead&sort=city&order=desc');
    fireEvent.click(await screen.findByText('Export'));
    expect(screen.getByRole('link', { name: 'CSV (comma-separated)' })).toHaveAttribute(
      'href',
      '/api/v1/customers/export?format=csv&q=dahl&status=lead&sort=city&order=desc',
    );
    expect(screen.getByRole('link', { name: 'Excel (XLSX)' }).getAttribute('href')).toMatch(/^\/api\/v1\/customers\/export\?format=xlsx&q=dahl/);
  });
});
