import { screen } from '@testing-library/react';
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
