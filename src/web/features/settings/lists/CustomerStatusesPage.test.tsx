import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { page } from '../../../test/fixtures';
import { fakeApi, renderSignedIn, type SentRequest } from '../../../test/render';
import { CustomerStatusesPage } from './CustomerStatusesPage';

const status = (name: string, key: string) => ({ id: '00000000-0000-4000-8000-00000000c001', name, key, order: 0, active: true });

async function addStatus(name: string, key: string, extra: Record<string, unknown> = {}) {
  const api = fakeApi({ 'GET /api/v1/customer-statuses': page([]), ...extra });
  renderSignedIn(<CustomerStatusesPage />);
  const form = within(await screen.findByRole('form', { name: 'Add to Customer statuses' }));
  fireEvent.change(form.getByLabelText(/^Name/), { target: { value: name } });
  fireEvent.change(form.getByLabelText(/^Key/), { target: { value: key } });
  fireEvent.click(form.getByRole('button', { name: 'Add' }));
  return { form, posts: () => api.requests().filter((request) => request.method === 'POST') };
}

describe('adding a customer status (react-hook-form with the shared schema)', () => {
  it('checks the key with the server’s rule: a bad one never reaches the API', async () => {
    const { form, posts } = await addStatus('Key account', 'Key Account');
    expect(await form.findByText('Lower-case letters, digits and _ (e.g. "key_account")')).toBeInTheDocument();
    expect(form.getByLabelText(/^Key/)).toHaveAttribute('aria-invalid', 'true');
    expect(posts()).toEqual([]);
  });

  it('sends the name and a key made from it when the key is left empty', async () => {
    const created = (request: SentRequest) => status('Key account', (request.body as { key: string }).key);
    const { posts } = await addStatus('Key account', '', { 'POST /api/v1/customer-statuses': created });
    await waitFor(() => expect(posts()).toEqual([{ method: 'POST', url: '/api/v1/customer-statuses', body: { name: 'Key account', key: 'key_account' } }]));
    expect(await screen.findByText('key_account')).toBeInTheDocument();
  });

  it('shows the server’s message beside the key', async () => {
    const taken = () => Response.json({ error: { code: 'conflict', message: 'Already in use', fields: { key: 'Already in use' } } }, { status: 409 });
    const { form, posts } = await addStatus('Lead', 'lead', { 'POST /api/v1/customer-statuses': taken });
    expect(await form.findByText('Already in use')).toBeInTheDocument();
    expect(form.getByLabelText(/^Key/)).toHaveAttribute('aria-invalid', 'true');
    expect(posts()).toHaveLength(1);
  });
});
