import { fireEvent, screen, waitFor } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { customerRecord, page } from '../../test/fixtures';
import { fakeApi, ME, renderSignedIn, type SentRequest } from '../../test/render';
import { SalesProjectCreatePage } from './SalesProjectCreatePage';

const customer = customerRecord();
const STAGES = [
  { id: '00000000-0000-4000-8000-0000000000e0', name: 'Lost', order: 0, active: true, key: null, nameIsDefault: false, probability: 0, kind: 'lost' },
  { id: '00000000-0000-4000-8000-0000000000e1', name: 'Proposal', order: 1, active: true, key: null, nameIsDefault: false, probability: 50, kind: 'open' },
];
const WORKSPACE = { id: 'w1', name: 'W', defaultLocale: 'en', defaultTimeZone: 'UTC', weekStart: 1, currency: 'DKK' };

function start(path: string) {
  const api = fakeApi({
    'GET /api/v1/sales-stages': page(STAGES),
    'GET /api/v1/workspace': WORKSPACE,
    [`GET /api/v1/customers/${customer.id}`]: customer,
    'GET /api/v1/contacts': page([{ id: '00000000-0000-4000-8000-000000000071', customerId: customer.id, firstName: 'Ida', lastName: 'Dahl' }]),
    'GET /api/v1/users': page([{ id: ME.id, name: ME.name, active: true }]),
    'GET /api/v1/sources': page([{ id: '00000000-0000-4000-8000-000000000051', name: 'Fair', active: true, order: 0 }]),
    'GET /api/v1/campaigns': page([]),
    'GET /api/v1/activity-types': page([]),
    'POST /api/v1/sales-projects': (_: SentRequest) => Response.json({ id: 'p9' }, { status: 201 }),
  });
  renderSignedIn(
    <Routes>
      <Route path="/sales-projects/new" element={<SalesProjectCreatePage />} />
      <Route path="/sales-projects/:id" element={<p>Project page</p>} />
    </Routes>,
    path,
  );
  return api;
}

const posts = (api: ReturnType<typeof fakeApi>) => api.requests().filter((request) => request.method === 'POST');

describe('creating a sales project', () => {
  it('starts with the customer from the address, the caller and the first open stage, and opens the saved project', async () => {
    const api = start(`/sales-projects/new?customer=${customer.id}`);
    fireEvent.change(await screen.findByLabelText(/^Name/), { target: { value: 'Website' } });
    expect(screen.getByRole('combobox', { name: /^Customer/ })).toHaveValue(customer.name);
    await waitFor(() => expect(screen.getByRole('option', { name: 'Ida Dahl' })).toBeInTheDocument());
    fireEvent.change(screen.getByLabelText(/^Contact/), { target: { value: '00000000-0000-4000-8000-000000000071' } });
    fireEvent.change(screen.getByLabelText(/^Source/), { target: { value: '00000000-0000-4000-8000-000000000051' } });
    fireEvent.change(screen.getByLabelText(/^Amount/), { target: { value: '1,500.50' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create sales project' }));
    expect(await screen.findByText('Project page')).toBeInTheDocument();
    expect(posts(api)[0].body).toEqual({
      name: 'Website',
      customerId: customer.id,
      contactId: '00000000-0000-4000-8000-000000000071',
      responsibleId: ME.id,
      sourceId: '00000000-0000-4000-8000-000000000051',
      stageId: '00000000-0000-4000-8000-0000000000e1',
      amount: 1500.5,
      currency: 'DKK',
      expectedCloseDate: null,
      followUpAt: null,
      followUpTypeId: null,
      followUpText: null,
      campaignId: null,
    });
  });

  it('names the missing fields and sends nothing', async () => {
    const api = start('/sales-projects/new');
    fireEvent.click(await screen.findByRole('button', { name: 'Create sales project' }));
    expect(await screen.findByText('Please check the marked fields.')).toBeInTheDocument();
    expect(screen.getByLabelText(/^Name/)).toHaveAttribute('aria-invalid', 'true');
    expect(posts(api)).toEqual([]);
  });
});
