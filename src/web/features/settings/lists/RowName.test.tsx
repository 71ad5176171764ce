import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { page } from '../../../test/fixtures';
import { fakeApi, renderSignedIn } from '../../../test/render';
import { CustomerStatusesPage } from './CustomerStatusesPage';

const status = (id: string, name: string, key: string, nameIsDefault: boolean) => ({ id, name, key, order: 0, active: true, nameIsDefault });

describe('a standard list item', () => {
  it('says when it still has its standard name (read in each user language), not when an admin renamed it', async () => {
    fakeApi({
      'GET /api/v1/customer-statuses': page([
        status('00000000-0000-4000-8000-00000000c001', 'Lead', 'lead', true),
        status('00000000-0000-4000-8000-00000000c002', 'Hot prospect', 'prospect', false),
      ]),
    });
    renderSignedIn(<CustomerStatusesPage />);
    const lead = await screen.findByRole('listitem', { name: 'Lead' });
    expect(lead).toHaveTextContent('standard name');
    expect(screen.getByText('standard name')).toHaveAttribute('title', expect.stringContaining('in their own language'));
    expect(screen.getByRole('listitem', { name: 'Hot prospect' })).not.toHaveTextContent('standard name');
  });
});

describe('a renamed standard item', () => {
  it('offers its standard name back while renaming, and a click sends nameIsDefault: true', async () => {
    const renamed = { ...status('00000000-0000-4000-8000-00000000c002', 'Hot prospect', 'prospect', false), standardName: 'Prospect' };
    const own = status('00000000-0000-4000-8000-00000000c003', 'Partner', 'partner', false);
    const { sent } = fakeApi({
      'GET /api/v1/customer-statuses': page([renamed, own]),
      'PATCH /api/v1/customer-statuses/00000000-0000-4000-8000-00000000c002': { ...renamed, name: 'Prospect', nameIsDefault: true },
    });
    renderSignedIn(<CustomerStatusesPage />);
    fireEvent.click(await screen.findByRole('button', { name: 'Rename Partner' }));
    expect(screen.queryByRole('button', { name: /standard name/ })).toBeNull(); // an item the workspace added has none
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    fireEvent.click(screen.getByRole('button', { name: 'Rename Hot prospect' }));
    fireEvent.click(screen.getByRole('button', { name: 'Use the standard name “Prospect”' }));
    await waitFor(() => expect(sent.find((request) => request.method === 'PATCH')?.body).toEqual({ nameIsDefault: true }));
  });
});
