import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { UnmatchedMessage } from '../../../shared/mail';
import { page, todoItem } from '../../test/fixtures';
import { fakeApi, renderSignedIn, type SentRequest } from '../../test/render';
import { UnmatchedList } from './UnmatchedList';

const CUSTOMER = '00000000-0000-4000-8000-0000000000c1';
const CONTACT = '00000000-0000-4000-8000-0000000000d1';

const waiting = (id: string, subject: string): UnmatchedMessage => ({
  id,
  userId: 'u',
  source: 'upload',
  direction: 'in',
  messageId: `<${id}@example.test>`,
  subject,
  from: { name: 'Ole Bæk', address: 'ole@baek.test' },
  to: [{ name: null, address: 'sales@tend.test' }],
  cc: [],
  date: '2026-11-30T09:15:00.000Z',
  preview: 'Hej, her er prislisten',
  attachmentCount: 2,
  size: 2000,
  createdAt: '2026-11-30T09:16:00.000Z',
});

describe('the mail waiting for a customer', () => {
  it('discards one after asking, assigns another to a customer and contact, and reads the list again after each', async () => {
    let list = [waiting('m-1', 'Nyhedsbrev'), waiting('m-2', 'Prisliste 2027')];
    const api = fakeApi({
      'GET /api/v1/mail/unmatched': () => page(list),
      'DELETE /api/v1/mail/unmatched/m-1': () => {
        list = list.filter((message) => message.id !== 'm-1');
        return { ok: true };
      },
      'POST /api/v1/mail/unmatched/m-2/assign': (request: SentRequest) => {
        list = [];
        return { activity: todoItem({ id: 'a-9', subject: 'Prisliste 2027', customerId: (request.body as { customerId: string }).customerId }) };
      },
      'GET /api/v1/customer-statuses': page([]),
      'GET /api/v1/customers': page([{ id: CUSTOMER, name: 'Bæk Ventilation ApS', city: null, status: 'lead', match: { field: 'name', kind: 'prefix' } }]),
      'GET /api/v1/contacts': page([{ id: CONTACT, customerId: CUSTOMER, firstName: 'Ole', lastName: 'Bæk', email: null }]),
    });
    renderSignedIn(<UnmatchedList />);
    const first = (await screen.findByText('Nyhedsbrev')).closest('li') as HTMLElement;
    expect(within(first).getByText('Ole Bæk <ole@baek.test>')).toBeInTheDocument();
    expect(within(first).getByRole('img', { name: 'Received' })).toBeInTheDocument();
    expect(within(first).getByText('2 attachments')).toBeInTheDocument();
    expect(within(first).getByText('Added by hand')).toBeInTheDocument();

    fireEvent.click(within(first).getByRole('button', { name: 'Discard' }));
    fireEvent.click(await within(first).findByRole('button', { name: 'Yes, discard' }));
    expect(await screen.findByText('“Nyhedsbrev” was discarded.')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByText('Nyhedsbrev')).not.toBeInTheDocument());

    const second = screen.getByText('Prisliste 2027').closest('li') as HTMLElement;
    fireEvent.click(within(second).getByRole('button', { name: 'Assign…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Assign the mail to a customer' });
    const box = within(dialog).getByRole('combobox', { name: /^Customer/ });
    fireEvent.focus(box);
    fireEvent.change(box, { target: { value: 'Bæk' } });
    fireEvent.click(await within(dialog).findByRole('option', { name: /^Bæk Ventilation ApS/ }));
    const contact = await within(dialog).findByRole('combobox', { name: 'Contact' });
    await within(contact).findByRole('option', { name: 'Ole Bæk' });
    fireEvent.change(contact, { target: { value: CONTACT } });
    fireEvent.click(within(dialog).getByRole('checkbox', { name: 'Remember this address for the contact' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Assign' }));

    expect(await screen.findByText('No mail is waiting.')).toBeInTheDocument();
    expect(screen.getByText('“Prisliste 2027” was journaled on the customer.')).toBeInTheDocument();
    const writes = api.requests().filter((request) => request.method !== 'GET');
    expect(writes).toEqual([
      { method: 'DELETE', url: '/api/v1/mail/unmatched/m-1', body: undefined },
      { method: 'POST', url: '/api/v1/mail/unmatched/m-2/assign', body: { customerId: CUSTOMER, contactId: CONTACT, learnAddress: true } },
    ]);
  });
});
