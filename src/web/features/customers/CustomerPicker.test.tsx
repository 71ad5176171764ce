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

describe('the customer picker', () => {
  it('searches the API with what was typed once typing pauses, and picks a match with the keyboard', async () => {
    const api = fakeApi({
      'GET /api/v1/customers': page([
        { id: 'customer-1', name: 'Østergaard Tømrer ApS' },
        { id: 'customer-2', name: 'Østerbro Cykler' },
      ]),
    });
    const picked: (CustomerRef | null)[] = [];
    renderSignedIn(<Picker onChange={(value) => picked.push(value)} />);
    const box = await screen.findByRole('combobox', { name: /^Customer/ });
    fireEvent.focus(box);
    fireEvent.change(box, { target: { value: 'Ø' } });
    fireEvent.change(box, { target: { value: 'Øster' } });

    expect(await screen.findByRole('option', { name: 'Østerbro Cykler' })).toBeInTheDocument();
    // One search, for the text as it stood when typing paused, and no more than eight matches.
    const searches = api.requests().filter((request) => request.url.startsWith('/api/v1/customers'));
    expect(searches).toEqual([{ method: 'GET', url: `/api/v1/customers?q=${encodeURIComponent('Øster')}&limit=8`, body: undefined }]);

    // The first match is highlighted; ↓ moves to the second.
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    fireEvent.keyDown(box, { key: 'Enter' });
    await waitFor(() => expect(picked).toEqual([{ id: 'customer-2', name: 'Østerbro Cykler' }]));
    expect(box).toHaveValue('Østerbro Cykler');
  });
});
