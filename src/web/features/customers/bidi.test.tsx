import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import i18n from '../../i18n';
import { customerRecord, page } from '../../test/fixtures';
import { fakeApi, ME, renderSignedIn } from '../../test/render';
import { CustomerList } from './CustomerList';

const FSI = '\u2068';
const PDI = '\u2069';

// A Hebrew name with a Latin company suffix, an Israeli phone number, a Latin contact name it matched by.
const routes = (contactName: string) => ({
  'GET /api/v1/customers': page([
    customerRecord({
      id: 'c-1',
      name: 'אורן שיווק Ltd.',
      phone: '+972 3-555-0142',
      email: 'oren@shivuk.co.il',
      city: 'תל אביב',
      responsibleId: ME.id,
      match: { field: 'contact', kind: 'word', contactName },
    }),
  ]),
  'GET /api/v1/customer-statuses': page([]),
  'GET /api/v1/users': page([]),
  'GET /api/v1/industries': page([]),
  'GET /api/v1/categories': page([]),
});

afterEach(async () => {
  await i18n.changeLanguage('en');
});

describe('user data in a right-to-left page', () => {
  it('isolates a mixed Hebrew/Latin name, and keeps the phone and email left to right', async () => {
    fakeApi(routes('Lise Dahl'), { locale: 'he' });
    renderSignedIn(<CustomerList />, '/customers?q=lise');
    const name = await screen.findByRole('link', { name: 'אורן שיווק Ltd.' }, { timeout: 10_000 });
    await waitFor(() => expect(document.documentElement.dir).toBe('rtl'));
    expect(name).toHaveAttribute('dir', 'auto');
    const row = name.closest('tr') as HTMLElement;
    const phone = within(row).getByText('+972 3-555-0142');
    expect(phone.tagName).toBe('BDI');
    expect(phone).toHaveAttribute('dir', 'ltr');
    expect(within(row).getByText('oren@shivuk.co.il')).toHaveAttribute('dir', 'ltr');
    expect(within(row).getByText('תל אביב').tagName).toBe('BDI');
  });

  it('isolates a Latin name inside a Hebrew sentence (FSI … PDI around the value)', async () => {
    fakeApi(routes('Lise Dahl'), { locale: 'he' });
    renderSignedIn(<CustomerList />, '/customers?q=lise');
    const reason = await screen.findByText((text) => text.includes(`${FSI}Lise Dahl${PDI}`), {}, { timeout: 10_000 });
    expect(reason).toHaveClass('match-reason');
  });

  it('leaves Latin values in English sentences as they are, and isolates a Hebrew one', async () => {
    expect(i18n.t('picker.tooEarly', { date: '11/30/2026' })).toBe('Choose 11/30/2026 or later');
    fakeApi(routes('אורן כהן'));
    renderSignedIn(<CustomerList />, '/customers?q=oren');
    // (The existing list test checks "Matched by the contact Lise Dahl" comes out unchanged.)
    const reason = await screen.findByText((text) => text.startsWith('Matched by'), {}, { timeout: 10_000 });
    expect(reason.textContent).toContain(`${FSI}אורן כהן${PDI}`);
  });
});
