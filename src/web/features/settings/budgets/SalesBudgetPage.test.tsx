import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeApi, ME, renderSignedIn, type SentRequest } from '../../../test/render';
import { SalesBudgetPage } from './SalesBudgetPage';

const YEAR = new Date().getFullYear();
const routes = {
  'GET /api/v1/salespeople': { items: [{ id: ME.id, name: ME.name }], nextCursor: null },
  'GET /api/v1/users': { items: [ME], nextCursor: null },
  'GET /api/v1/sales-budgets': { items: [], nextCursor: null },
  'PUT /api/v1/sales-budgets': (request: SentRequest) => request.body,
};

async function saveJanuary(locale: string, typed: string, cell: RegExp, save: RegExp) {
  const api = fakeApi(routes, { locale });
  renderSignedIn(<SalesBudgetPage />);
  // The button is named once the user's language has loaded (Danish is its own chunk): then the amount is read in it.
  const button = await screen.findByRole('button', { name: save }, { timeout: 5000 });
  const input = await screen.findByRole('textbox', { name: cell });
  fireEvent.change(input, { target: { value: typed } });
  fireEvent.click(button);
  await waitFor(() => expect(api.requests().some((request) => request.method === 'PUT')).toBe(true));
  return api.requests().find((request) => request.method === 'PUT');
}

describe('the sales budget reads amounts in the user’s locale', () => {
  it('saves "1.500" typed in Danish as 1500 (it was saved as 1.5)', async () => {
    const put = await saveJanuary('da', '1.500', /januar/i, /gem/i);
    expect(put).toEqual({
      method: 'PUT',
      url: `/api/v1/sales-budgets?year=${YEAR}`,
      body: { items: [{ userId: ME.id, month: `${YEAR}-01`, amount: 1500, currency: 'DKK' }] },
    });
  });

  it('saves "1,5" typed in Danish as 1.5', async () => {
    const put = await saveJanuary('da', '1,5', /januar/i, /gem/i);
    expect(put?.body).toEqual({ items: [{ userId: ME.id, month: `${YEAR}-01`, amount: 1.5, currency: 'DKK' }] });
  });

  it('saves "1,500" typed in English as 1500', async () => {
    const put = await saveJanuary('en', '1,500', /January/, /Save/);
    expect(put?.body).toEqual({ items: [{ userId: ME.id, month: `${YEAR}-01`, amount: 1500, currency: 'DKK' }] });
  });
});
