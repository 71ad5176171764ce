import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { page } from '../../test/fixtures';
import { fakeApi, renderSignedIn, type SentRequest } from '../../test/render';
import { ProductsPage } from './ProductsPage';

const template = (id: string, name: string, active = true) => ({ id, name, order: 0, active, key: null, nameIsDefault: false });
const ADWORDS = { id: 'p1', name: 'AdWords package', order: 0, active: true, taskTemplateIds: ['t1'] };

function open() {
  const answer = (request: SentRequest) => ({ ...ADWORDS, id: 'p2', ...(request.body as object) });
  const api = fakeApi({
    'GET /api/v1/products': page([ADWORDS]),
    'GET /api/v1/task-templates': page([template('t1', 'Kick-off call'), template('t2', 'Monthly optimisation'), template('t3', 'Retired', false)]),
    'POST /api/v1/products': answer,
    'PATCH /api/v1/products/p1': answer,
  });
  renderSignedIn(<ProductsPage title="Products" />);
  return (method: string) => api.requests().filter((request) => request.method === method);
}

describe('products bundle task templates', () => {
  it('adds a product with the templates ticked; a retired template is not offered', async () => {
    const sent = open();
    const form = within(await screen.findByRole('form', { name: 'Add to Products' }));
    fireEvent.change(form.getByLabelText(/^Name/), { target: { value: 'SEO package' } });
    fireEvent.click(await form.findByRole('checkbox', { name: 'Monthly optimisation' }));
    expect(form.queryByRole('checkbox', { name: 'Retired' })).toBeNull();
    fireEvent.click(form.getByRole('button', { name: 'Add' }));
    await waitFor(() => expect(sent('POST')).toHaveLength(1));
    expect(sent('POST')[0].body).toEqual({ name: 'SEO package', taskTemplateIds: ['t2'] });
  });

  it("shows a product's templates by name and changes them", async () => {
    const sent = open();
    const row = within(await screen.findByRole('listitem', { name: 'AdWords package' }));
    expect(await row.findByText('Kick-off call')).toBeInTheDocument();
    fireEvent.click(row.getByRole('button', { name: 'Task templates of AdWords package' }));
    const panel = within(row.getByRole('form', { name: 'Task templates of AdWords package' }));
    fireEvent.click(panel.getByRole('checkbox', { name: 'Monthly optimisation' }));
    fireEvent.click(panel.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(sent('PATCH')).toHaveLength(1));
    expect(sent('PATCH')[0].body).toEqual({ taskTemplateIds: ['t1', 't2'] });
  });
});
