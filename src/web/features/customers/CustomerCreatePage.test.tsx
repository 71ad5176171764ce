import { fireEvent, screen, waitFor } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { customerRecord, page } from '../../test/fixtures';
import { fakeApi, ME, renderSignedIn, type SentRequest } from '../../test/render';
import { CustomerCreatePage } from './CustomerCreatePage';

const existing = customerRecord({ status: 'customer', email: 'post@dahl.dk', city: 'Bergen' });
const created = { ...existing, id: '00000000-0000-4000-8000-0000000000c2', name: 'Dahl & Co', city: null, status: 'lead' };

function routes(candidates: object[]) {
  return {
    'GET /api/v1/customer-statuses': page([{ id: 's-1', key: 'lead', name: 'Lead', active: true, order: 0 }]),
    'GET /api/v1/users': page([]),
    'GET /api/v1/industries': page([]),
    'GET /api/v1/origins': page([]),
    'GET /api/v1/categories': page([]),
    'GET /api/v1/sources': page([]),
    'GET /api/v1/products': page([]),
    'GET /api/v1/customers/duplicates': page(candidates),
    'POST /api/v1/customers': (_: SentRequest) => Response.json(created, { status: 201 }),
  };
}

async function fillAndSave(candidates: object[]) {
  const api = fakeApi(routes(candidates));
  renderSignedIn(
    <Routes>
      <Route path="/customers/new" element={<CustomerCreatePage />} />
      <Route path="/customers/:id" element={<p>Customer page</p>} />
    </Routes>,
    '/customers/new',
  );
  fireEvent.change(await screen.findByLabelText(/^Name/), { target: { value: 'Dahl & Co' } });
  fireEvent.change(screen.getByLabelText(/^Email/), { target: { value: 'post@dahl.dk' } });
  fireEvent.click(screen.getByRole('button', { name: 'Create customer' }));
  return api;
}

const posts = (api: ReturnType<typeof fakeApi>) => api.requests().filter((request) => request.method === 'POST');

describe('creating a customer', () => {
  it('shows existing customers alike first, with links, and creates only when asked to create anyway', async () => {
    const api = await fillAndSave([{ ...existing, reasons: ['name', 'email'], nameSimilarity: 1 }]);
    const warning = await screen.findByRole('alert', { name: 'Is it one of these?' });
    expect(warning).toHaveTextContent('Bergen · customer · similar name · same email');
    expect(screen.getByRole('link', { name: 'Dahl og Co ApS' })).toHaveAttribute('href', `/customers/${existing.id}`);
    expect(api.requests().find((request) => request.url.startsWith('/api/v1/customers/duplicates'))?.url).toBe(
      '/api/v1/customers/duplicates?name=Dahl+%26+Co&email=post%40dahl.dk',
    );
    expect(posts(api)).toEqual([]);

    fireEvent.click(screen.getByRole('button', { name: 'Create anyway' }));
    expect(await screen.findByText('Customer page')).toBeInTheDocument();
    expect(posts(api)).toHaveLength(1);
    expect(posts(api)[0].body).toMatchObject({ name: 'Dahl & Co', email: 'post@dahl.dk', responsibleId: ME.id, status: 'lead' });
  });

  it('creates at once when nothing alike exists', async () => {
    const api = await fillAndSave([]);
    expect(await screen.findByText('Customer page')).toBeInTheDocument();
    await waitFor(() => expect(posts(api)).toHaveLength(1));
    expect(screen.queryByRole('alert', { name: 'Is it one of these?' })).not.toBeInTheDocument();
  });

  it('checks the shared rules in the browser and puts the server’s field messages beside their fields', async () => {
    const api = fakeApi({
      ...routes([]),
      'POST /api/v1/customers': () =>
        Response.json({ error: { code: 'validation_failed', message: 'Invalid', fields: { city: 'At most 100 characters' } } }, { status: 400 }),
    });
    renderSignedIn(<CustomerCreatePage />, '/customers/new');
    fireEvent.change(await screen.findByLabelText(/^Email/), { target: { value: 'not-an-email' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create customer' }));
    expect(await screen.findByText('Not a valid email address')).toBeInTheDocument();
    expect(screen.getByLabelText(/^Name/)).toHaveAttribute('aria-invalid', 'true');
    expect(api.requests().filter((request) => request.url.startsWith('/api/v1/customers'))).toEqual([]);

    fireEvent.change(screen.getByLabelText(/^Name/), { target: { value: 'Fjord Fisk' } });
    fireEvent.change(screen.getByLabelText(/^Email/), { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create customer' }));
    expect(await screen.findByText('At most 100 characters')).toBeInTheDocument();
    expect(screen.getByLabelText(/^City/)).toHaveAttribute('aria-invalid', 'true');
  });
});
