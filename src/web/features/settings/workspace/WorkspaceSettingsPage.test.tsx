import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Workspace } from '../../../../shared/workspace';
import { fakeApi, renderSignedIn, type SentRequest } from '../../../test/render';
import { ExchangeRatesPage, WorkspaceSettingsPage } from './WorkspaceSettingsPage';

const WORKSPACE: Workspace = {
  id: '00000000-0000-4000-8000-0000000000aa',
  name: 'Bæk & Søn',
  defaultLocale: 'da',
  defaultTimeZone: 'Europe/Copenhagen',
  weekStart: 1,
  currency: 'DKK',
  customerVisibility: 'everyone',
  calendarVisibility: 'everyone',
  exchangeRates: { EUR: 7.46 },
};

async function openForm(routes: Record<string, unknown> = {}, workspace: Partial<Workspace> = {}, locale = 'en') {
  const api = fakeApi({ 'GET /api/v1/workspace': { ...WORKSPACE, ...workspace }, ...routes }, { locale });
  renderSignedIn(<WorkspaceSettingsPage />);
  // In English, or already in Hungarian when its chunk arrived before the form was looked for.
  const form = within(await screen.findByRole('form', { name: /^(Workspace|Munkaterület)$/ }));
  await form.findByDisplayValue('Bæk & Søn');
  return { api, form };
}

const patches = (api: ReturnType<typeof fakeApi>) => api.requests().filter((request) => request.method === 'PATCH');
const options = (select: HTMLElement) =>
  within(select)
    .getAllByRole('option')
    .map((option) => option.textContent);

describe('Settings → Workspace', () => {
  it('offers the five languages each named in itself, Monday to Sunday, and the common currencies', async () => {
    const { form } = await openForm();
    expect(options(form.getByLabelText(/^Default language/))).toEqual(['English', 'Dansk', 'Norsk bokmål', 'Magyar', 'עברית']);
    expect(options(form.getByLabelText(/^First day of the week/))).toEqual(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']);
    expect(options(form.getByLabelText(/^Currency/)).map((label) => label?.slice(0, 3))).toEqual(['DKK', 'NOK', 'HUF', 'ILS', 'EUR', 'USD', 'GBP', 'SEK']);
  });

  it('names the weekdays in the user’s language', async () => {
    const { form } = await openForm({}, {}, 'hu');
    // Hungarian is its own chunk, fetched when first used.
    expect(options(await form.findByLabelText(/^A hét első napja/, {}, { timeout: 5000 }))).toEqual([
      'hétfő',
      'kedd',
      'szerda',
      'csütörtök',
      'péntek',
      'szombat',
      'vasárnap',
    ]);
  });

  it('offers a currency outside the common ones when the workspace has it', async () => {
    const { form } = await openForm({}, { currency: 'CHF' });
    expect(form.getByLabelText(/^Currency/)).toHaveValue('CHF');
  });

  it('offers the customer visibility and sends the one chosen', async () => {
    const { api, form } = await openForm({ 'PATCH /api/v1/workspace': (request: SentRequest) => ({ ...WORKSPACE, ...(request.body as object) }) });
    expect(options(form.getByLabelText(/^Who sees customers/))).toEqual(['Everyone sees every customer', 'Restricted']);
    fireEvent.change(form.getByLabelText(/^Who sees customers/), { target: { value: 'restricted' } });
    fireEvent.click(form.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(patches(api)).toHaveLength(1));
    expect(patches(api)[0].body).toMatchObject({ customerVisibility: 'restricted', calendarVisibility: 'everyone' });
  });

  it('saves the week start as a number and the currency as chosen, and says so', async () => {
    const { api, form } = await openForm({ 'PATCH /api/v1/workspace': (request: SentRequest) => ({ ...WORKSPACE, ...(request.body as object) }) });
    fireEvent.change(form.getByLabelText(/^First day of the week/), { target: { value: '7' } });
    fireEvent.change(form.getByLabelText(/^Currency/), { target: { value: 'EUR' } });
    fireEvent.change(form.getByLabelText(/^Default language/), { target: { value: 'he' } });
    fireEvent.click(form.getByRole('button', { name: 'Save' }));
    expect(await form.findByText('The workspace settings are saved.')).toBeInTheDocument();
    expect(patches(api)).toEqual([
      {
        method: 'PATCH',
        url: '/api/v1/workspace',
        body: {
          name: 'Bæk & Søn',
          defaultLocale: 'he',
          defaultTimeZone: 'Europe/Copenhagen',
          weekStart: 7,
          currency: 'EUR',
          customerVisibility: 'everyone',
          calendarVisibility: 'everyone',
        },
      },
    ]);
  });

  it('adds an exchange rate typed with a decimal comma, refuses a currency twice, and sends the whole set', async () => {
    const api = fakeApi({
      'GET /api/v1/workspace': WORKSPACE,
      'PATCH /api/v1/workspace': (request: SentRequest) => ({ ...WORKSPACE, ...(request.body as object) }),
    });
    renderSignedIn(<ExchangeRatesPage />);
    const rates = within(await screen.findByRole('form', { name: 'Exchange rates' }));
    await rates.findByDisplayValue('EUR');
    expect(rates.getByLabelText(/^Currency/)).toHaveValue('EUR');
    expect(rates.getByLabelText(/^Worth in DKK/)).toHaveValue('7.46');
    fireEvent.click(rates.getByRole('button', { name: 'Add a currency' }));
    fireEvent.change(rates.getAllByLabelText(/^Currency/)[1], { target: { value: 'EUR' } });
    fireEvent.change(rates.getAllByLabelText(/^Worth in DKK/)[1], { target: { value: '6,85' } });
    fireEvent.click(rates.getByRole('button', { name: 'Save exchange rates' }));
    expect(await rates.findByText('Listed more than once')).toBeInTheDocument();
    expect(patches(api)).toEqual([]);
    fireEvent.change(rates.getAllByLabelText(/^Currency/)[1], { target: { value: 'USD' } });
    fireEvent.click(rates.getByRole('button', { name: 'Save exchange rates' }));
    expect(await rates.findByText('The exchange rates are saved.')).toBeInTheDocument();
    expect(patches(api).map((request) => request.body)).toEqual([{ exchangeRates: { EUR: 7.46, USD: 6.85 } }]);
  });

  it('checks the name in the browser and shows the server’s field message beside its field', async () => {
    const refused = () =>
      Response.json({ error: { code: 'validation_failed', message: 'Invalid', fields: { currency: 'Not a known currency' } } }, { status: 400 });
    const { api, form } = await openForm({ 'PATCH /api/v1/workspace': refused });
    fireEvent.change(form.getByLabelText(/^Name/), { target: { value: '  ' } });
    fireEvent.click(form.getByRole('button', { name: 'Save' }));
    expect(await form.findByText('Required')).toBeInTheDocument();
    expect(patches(api)).toEqual([]);
    fireEvent.change(form.getByLabelText(/^Name/), { target: { value: 'Fjord' } });
    fireEvent.click(form.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(form.getByLabelText(/^Currency/)).toHaveAttribute('aria-invalid', 'true'));
    expect(form.getByText('Not a known currency')).toBeInTheDocument();
  });
});
