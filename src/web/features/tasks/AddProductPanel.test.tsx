import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { page, todoItem } from '../../test/fixtures';
import { fakeApi, renderSignedIn } from '../../test/render';
import { AddProductPanel } from './AddProductPanel';

const CUSTOMER = { id: '00000000-0000-4000-8000-0000000000c1', productIds: [] };
const product = (id: string, name: string, active = true) => ({ id, name, order: 0, active, taskTemplateIds: [] });
const task = (id: string, subject: string, scheduledAt: string | null) => {
  const { bucket: _bucket, ...activity } = todoItem({ id, subject, scheduledAt, allDay: scheduledAt !== null });
  return activity;
};

async function addProduct(answer: unknown) {
  const api = fakeApi({
    'GET /api/v1/products': page([product('p1', 'AdWords package'), product('p2', 'Retired', false)]),
    [`POST /api/v1/customers/${CUSTOMER.id}/products`]: answer,
  });
  renderSignedIn(<AddProductPanel customer={CUSTOMER} />);
  const form = within(await screen.findByRole('form', { name: 'Add product' }));
  const select = form.getByLabelText(/^Product/);
  // Inactive products are not offered.
  expect(within(select).queryByRole('option', { name: 'Retired' })).toBeNull();
  fireEvent.change(select, { target: { value: 'p1' } });
  fireEvent.click(form.getByRole('button', { name: 'Add product' }));
  return api;
}

describe('adding a product to a customer', () => {
  it('sends the product, then lists the tasks it created with their due dates, each linked', async () => {
    const api = await addProduct({
      tasks: [
        task('t1', 'Kick-off call', '2026-12-04T00:00:00.000Z'),
        task('t2', 'Monthly optimisation', '2026-12-15T00:00:00.000Z'),
        task('t3', 'Brief', null),
      ],
    });
    const created = within(await screen.findByRole('list', { name: 'Tasks created' }));
    expect(screen.getByText('AdWords package added: 3 tasks created.')).toBeInTheDocument();
    expect(created.getByRole('link', { name: 'Kick-off call' })).toHaveAttribute('href', '/activities/t1');
    expect(created.getByRole('link', { name: 'Monthly optimisation' }).parentElement).toHaveTextContent(/15 Dec|Dec 15/);
    expect(created.getByRole('link', { name: 'Brief' }).parentElement).toHaveTextContent('No deadline');
    expect(api.requests().filter((request) => request.method === 'POST')).toEqual([
      { method: 'POST', url: `/api/v1/customers/${CUSTOMER.id}/products`, body: { productId: 'p1' } },
    ]);
  });

  it('says so when the product made no tasks', async () => {
    await addProduct({ tasks: [] });
    expect(await screen.findByText(/no active task templates/)).toBeInTheDocument();
  });

  it("shows the server's refusal and creates nothing on the page", async () => {
    await addProduct(Response.json({ error: { code: 'forbidden', message: 'You may not change this customer' } }, { status: 403 }));
    await waitFor(() => expect(screen.getByRole('alert')).toBeInTheDocument());
    expect(screen.queryByRole('list', { name: 'Tasks created' })).toBeNull();
  });
});
