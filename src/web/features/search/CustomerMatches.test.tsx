import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { page } from '../../test/fixtures';
import { fakeApi, renderSignedIn } from '../../test/render';
import { CustomerMatches } from './CustomerMatches';

describe('the customers on the search page', () => {
  it('asks for the five best matches of the words and says why each matched', async () => {
    const api = fakeApi({
      'GET /api/v1/customers': page([
        { id: 'c-1', name: 'Dahl & Co', city: 'Bergen', match: { field: 'name', kind: 'prefix' } },
        { id: 'c-2', name: 'Bråthen & Co', city: null, match: { field: 'contact', kind: 'word', contactName: 'Lise Dahl' } },
      ]),
    });
    renderSignedIn(<CustomerMatches q="dahl" />);
    expect(await screen.findByText('Bergen · Matched by the start of the name')).toBeInTheDocument();
    expect(screen.getByText('Matched by the contact Lise Dahl')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Dahl & Co' })).toHaveAttribute('href', '/customers/c-1');
    expect(api.requests()).toEqual([{ method: 'GET', url: '/api/v1/customers?q=dahl&limit=5', body: undefined }]);
  });
});
