import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { page } from '../../test/fixtures';
import { fakeApi, renderSignedIn, type SentRequest } from '../../test/render';
import { ContactsSection } from './ContactsSection';

const routes = {
  'GET /api/v1/contacts': page([]),
  'GET /api/v1/contact-roles': page([]),
  'GET /api/v1/categories': page([]),
};

async function openForm(extra: Record<string, unknown> = {}) {
  const api = fakeApi({ ...routes, ...extra });
  renderSignedIn(<ContactsSection customerId="customer-1" readOnly={false} />);
  fireEvent.click(await screen.findByRole('button', { name: 'Add contact' }));
  return { api, form: within(await screen.findByRole('form', { name: 'Add contact' })) };
}

describe('the contact form (react-hook-form with the shared schema)', () => {
  it('checks the server’s rules in the browser: nothing reaches the API until they hold', async () => {
    const { api, form } = await openForm();
    fireEvent.change(form.getByLabelText(/^Email/), { target: { value: 'not-an-email' } });
    fireEvent.click(form.getByRole('button', { name: 'Add contact' }));
    expect(await form.findByText('Not a valid email address')).toBeInTheDocument();
    expect(form.getByLabelText(/^First name/)).toHaveAttribute('aria-invalid', 'true');
    expect(api.requests().filter((request) => request.method === 'POST')).toEqual([]);
  });

  it('sends what was typed, and shows the server’s field message beside its field', async () => {
    const refused = (_: SentRequest) =>
      Response.json({ error: { code: 'validation', message: 'Invalid', fields: { phone: 'At most 50 characters' } } }, { status: 400 });
    const { api, form } = await openForm({ 'POST /api/v1/contacts': refused });
    fireEvent.change(form.getByLabelText(/^First name/), { target: { value: 'Mette' } });
    fireEvent.change(form.getByLabelText(/^Phone/), { target: { value: '12 34 56 78' } });
    fireEvent.click(form.getByRole('button', { name: 'Add contact' }));

    await waitFor(() => expect(api.requests().filter((request) => request.method === 'POST')).toHaveLength(1));
    expect(api.requests().find((request) => request.method === 'POST')).toEqual({
      method: 'POST',
      url: '/api/v1/contacts',
      body: { firstName: 'Mette', lastName: '', title: '', email: '', phone: '12 34 56 78', roleId: null, categoryIds: [], customerId: 'customer-1' },
    });
    expect(await form.findByText('At most 50 characters')).toBeInTheDocument();
    expect(form.getByLabelText(/^Phone/)).toHaveAttribute('aria-invalid', 'true');
  });
});
