import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { page } from '../../../test/fixtures';
import { fakeApi, renderSignedIn, type SentRequest } from '../../../test/render';
import { SimpleListPage } from './SimpleListPage';

const item = (id: string, name: string, order: number) => ({ id, name, order, active: true });

describe('a settings list (origins)', () => {
  it('adds an item: the name reaches the API, and the list shows it', async () => {
    const api = fakeApi({
      'GET /api/v1/origins': page([item('o1', 'Fair', 0)]),
      'POST /api/v1/origins': (request: SentRequest) => item('o2', (request.body as { name: string }).name, 1),
    });
    renderSignedIn(<SimpleListPage path="origins" title="Origins" />);
    expect(await screen.findByText('Fair')).toBeInTheDocument();

    const form = screen.getByRole('form', { name: 'Add to Origins' });
    fireEvent.change(within(form).getByLabelText(/^Name/), { target: { value: 'Recommendation' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Add' }));

    await waitFor(() =>
      expect(api.requests().filter((request) => request.method === 'POST')).toEqual([
        { method: 'POST', url: '/api/v1/origins', body: { name: 'Recommendation' } },
      ]),
    );
    expect(await screen.findByText('Recommendation')).toBeInTheDocument();
  });

  it('shows the server’s field message beside the name', async () => {
    fakeApi({
      'GET /api/v1/origins': page([]),
      'POST /api/v1/origins': () =>
        Response.json({ error: { code: 'conflict', message: 'Already in use', fields: { name: 'Already in use' } } }, { status: 409 }),
    });
    renderSignedIn(<SimpleListPage path="origins" title="Origins" />);
    const form = await screen.findByRole('form', { name: 'Add to Origins' });
    fireEvent.change(within(form).getByLabelText(/^Name/), { target: { value: 'Fair' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Add' }));
    expect(await within(form).findByText(/already in use/i)).toBeInTheDocument();
  });
});
