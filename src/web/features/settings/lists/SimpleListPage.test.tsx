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

  it('shows an item added while the list was still loading once, when the load already holds it', async () => {
    let postArrived = () => {};
    const posted = new Promise<void>((resolve) => {
      postArrived = resolve;
    });
    let listAnswered = () => {};
    const answered = new Promise<void>((resolve) => {
      listAnswered = resolve;
    });
    fakeApi({
      // The list's load reads after the insert committed, and its answer arrives before the insert's.
      'GET /api/v1/origins': async () => {
        await posted;
        setTimeout(listAnswered, 50);
        return page([item('o1', 'Fair', 0), item('o2', 'Recommendation', 1)]);
      },
      'POST /api/v1/origins': async () => {
        postArrived();
        await answered;
        return item('o2', 'Recommendation', 1);
      },
    });
    renderSignedIn(<SimpleListPage path="origins" title="Origins" />);
    const form = await screen.findByRole('form', { name: 'Add to Origins' });
    fireEvent.change(within(form).getByLabelText(/^Name/), { target: { value: 'Recommendation' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Add' }));
    await waitFor(() => expect(within(form).getByLabelText(/^Name/)).toHaveValue(''));
    const list = screen.getByRole('list', { name: 'Origins' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((row) => row.getAttribute('aria-label')),
    ).toEqual(['Fair', 'Recommendation']);
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
