import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import i18next from 'i18next';
import { afterEach, describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../../shared/history';
import { page } from '../../test/fixtures';
import { fakeApi, ME, renderSignedIn } from '../../test/render';
import { AuditLogPage } from '../settings/audit/AuditLogPage';
import { CustomerHistory } from './CustomerHistory';

const entry = (change: Partial<AuditEntry>): AuditEntry => ({
  id: 'entry-1',
  at: '2026-11-30T09:15:00.000Z',
  userId: ME.id,
  userName: 'Mette',
  action: 'update',
  entity: 'customer',
  entityId: 'customer-1',
  entityName: 'Bæk & Søn',
  customerId: 'customer-1',
  before: { industryId: 'industry-1' },
  after: { industryId: 'industry-2' },
  changes: [{ field: 'industryId', before: 'industry-1', after: 'industry-2', beforeLabel: 'Printing', afterLabel: 'Print & media' }],
  ...change,
});

const industryChange = entry({});
const created = entry({
  id: 'entry-2',
  action: 'create',
  entity: 'contact',
  entityName: 'Jens Hansen',
  before: null,
  after: { firstName: 'Jens' },
  changes: [],
});
const phoneSet = entry({ id: 'entry-3', changes: [{ field: 'phone', before: null, after: '+45 11 22 33 44' }] });

afterEach(() => i18next.changeLanguage('en'));

describe('the change log as sentences', () => {
  it('says who changed what with names, not ids, in English and Danish', async () => {
    fakeApi({ 'GET /api/v1/customers/customer-1/history': page([industryChange, created, phoneSet]), 'GET /api/v1/users': page([]) });
    renderSignedIn(<CustomerHistory customerId="customer-1" />);
    const list = await screen.findByRole('list', { name: 'History' });
    expect(list).toHaveTextContent('Mette changed the industry of Bæk & Søn from Printing to Print & media');
    expect(list).toHaveTextContent('Mette added the contact Jens Hansen');
    expect(list).toHaveTextContent('Mette set the phone of Bæk & Søn to +45 11 22 33 44');
    // Ids stay in the raw details; the sentences name things.
    const sentences = [...list.querySelectorAll('.changelog__sentences li')].map((li) => li.textContent);
    expect(sentences.join(' ')).not.toContain('industry-2');
    await i18next.changeLanguage('da');
    await waitFor(() => expect(list).toHaveTextContent('Mette ændrede branchen for Bæk & Søn fra Printing til Print & media'));
  });

  it('keeps the raw before and after behind "Details"', async () => {
    fakeApi({ 'GET /api/v1/customers/customer-1/history': page([industryChange]), 'GET /api/v1/users': page([]) });
    renderSignedIn(<CustomerHistory customerId="customer-1" />);
    const details = within(await screen.findByRole('list', { name: 'History' })).getByText('Details');
    fireEvent.click(details);
    expect(details.closest('details')).toHaveTextContent('"industryId": "industry-2"');
  });

  it('the settings change log sends its filters to the API', async () => {
    const api = fakeApi({ 'GET /api/v1/audit-log': page([industryChange]), 'GET /api/v1/users': page([{ ...ME, name: 'Mette' }]) });
    renderSignedIn(<AuditLogPage />);
    expect(await screen.findByText('Mette changed the industry of Bæk & Søn from Printing to Print & media')).toBeInTheDocument();
    fireEvent.change(screen.getByLabelText('Record'), { target: { value: 'customer' } });
    fireEvent.change(screen.getByLabelText('Action'), { target: { value: 'update' } });
    await waitFor(() => expect(api.requests().some((r) => r.url.includes('entity=customer') && r.url.includes('action=update'))).toBe(true));
  });
});
