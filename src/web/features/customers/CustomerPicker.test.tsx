import { fireEvent, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { page } from '../../test/fixtures';
import { fakeApi, renderSignedIn } from '../../test/render';
import { CustomerPicker, type CustomerRef } from './CustomerPicker';

function Picker({ onChange }: { onChange: (value: CustomerRef | null) => void }) {
  const [value, setValue] = useState<CustomerRef | null>(null);
  return (
    <CustomerPicker
      label="Customer"
      value={value}
      onChange={(next) => {
        setValue(next);
        onChange(next);
      }}
    />
  );
}

const statuses = page([
  { id: 's-1', key: 'lead', name: 'Lead', active: true, order: 0 },
  { id: 's-2', key: 'customer', name: 'Customer', active: true, order: 2 },
]);

describe('the customer picker', () => {
  it('searches the API with what was typed once typing pauses, and picks a match with the keyboard', async () => {
    const api = fakeApi({
      'GET /api/v1/customer-statuses': statuses,
      'GET /api/v1/customers': page([
        { id: 'customer-1', name: 'Østergaard Tømrer ApS', city: 'Aarhus', status: 'customer', match: { field: 'name', kind: 'prefix' } },
        { id: 'customer-2', name: 'Østerbro Cykler', city: null, status: 'lead', match: { field: 'name', kind: 'prefix' } },
      ]),
    });
    const picked: (CustomerRef | null)[] = [];
    renderSignedIn(<Picker onChange={(value) => picked.push(value)} />);
    const box = await screen.findByRole('combobox', { name: /^Customer/ });
    fireEvent.focus(box);
    fireEvent.change(box, { target: { value: 'Ø' } });
    fireEvent.change(box, { target: { value: 'Øster' } });

    expect(await screen.findByRole('option', { name: /^Østerbro Cykler/ })).toBeInTheDocument();
    // One search, for the text as it stood when typing paused, and no more than eight matches.
    const searches = api.requests().filter((request) => request.url.startsWith('/api/v1/customers'));
    expect(searches).toEqual([{ method: 'GET', url: `/api/v1/customers?q=${encodeURIComponent('Øster')}&limit=8`, body: undefined }]);

    // The first match is highlighted; ↓ moves to the second; what is picked is the id and the name.
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    fireEvent.keyDown(box, { key: 'Enter' });
    await waitFor(() => expect(picked).toEqual([{ id: 'customer-2', name: 'Østerbro Cykler' }]));
    expect(box).toHaveValue('Østerbro Cykler');
  });

  it('tells two customers of the same name apart by city and status, and says when a contact matched', async () => {
    fakeApi({
      'GET /api/v1/customer-statuses': statuses,
      'GET /api/v1/customers': page([
        { id: 'customer-1', name: 'Dahl & Co', city: 'Bergen', status: 'customer', match: { field: 'name', kind: 'exact' } },
        { id: 'customer-2', name: 'Dahl & Co', city: 'Oslo', status: 'lead', match: { field: 'name', kind: 'exact' } },
        { id: 'customer-3', name: 'Bråthen & Co', city: 'Oslo', status: 'lead', match: { field: 'contact', kind: 'word', contactName: 'Lise Dahl' } },
      ]),
    });
    renderSignedIn(<Picker onChange={() => undefined} />);
    const box = await screen.findByRole('combobox', { name: /^Customer/ });
    fireEvent.focus(box);
    fireEvent.change(box, { target: { value: 'dahl & co' } });

    const options = await screen.findAllByRole('option');
    await waitFor(() => expect(options[0]).toHaveTextContent('Dahl & CoBergen · Customer'));
    expect(options.map((option) => option.textContent)).toEqual([
      'Dahl & CoBergen · Customer',
      'Dahl & CoOslo · Lead',
      'Bråthen & CoOslo · Lead · Matched by the contact Lise Dahl',
    ]);
  });
});
