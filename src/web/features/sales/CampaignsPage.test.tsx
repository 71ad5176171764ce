import { fireEvent, screen, waitFor } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { page } from '../../test/fixtures';
import { fakeApi, renderSignedIn, type SentRequest } from '../../test/render';
import { CampaignPage, CampaignsPage } from './CampaignsPage';

const ID = '00000000-0000-4000-8000-0000000000ca';
const CAMPAIGN = {
  id: ID,
  name: 'Spring fair',
  description: null,
  startsOn: '2026-03-01',
  endsOn: '2026-03-31',
  active: true,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
};
const RESULTS = { activities: 0, customers: 0, byType: [], salesProjects: 0, wonAmount: 0 };
const writes = (api: ReturnType<typeof fakeApi>) => api.requests().filter((r) => r.method !== 'GET');

describe('campaigns', () => {
  it('a manager creates a campaign with its description, period and active flag', async () => {
    const api = fakeApi({
      'GET /api/v1/campaigns': page([]),
      'POST /api/v1/campaigns': (_: SentRequest) => Response.json(CAMPAIGN, { status: 201 }),
    });
    renderSignedIn(<CampaignsPage />);
    fireEvent.click(await screen.findByRole('button', { name: 'New campaign' }));
    fireEvent.change(screen.getByLabelText(/^Campaign name/), { target: { value: 'Spring fair' } });
    fireEvent.change(screen.getByLabelText(/^Description/), { target: { value: 'Stand 12' } });
    fireEvent.change(screen.getByLabelText(/^Starts/), { target: { value: '2026-03-01' } });
    fireEvent.change(screen.getByLabelText(/^Ends/), { target: { value: '2026-03-31' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add campaign' }));
    await waitFor(() =>
      expect(writes(api)).toEqual([
        {
          method: 'POST',
          url: '/api/v1/campaigns',
          body: { name: 'Spring fair', description: 'Stand 12', startsOn: '2026-03-01', endsOn: '2026-03-31', active: true },
        },
      ]),
    );
  });

  it('a manager edits a campaign on its page (deactivates it)', async () => {
    const api = fakeApi({
      [`GET /api/v1/campaigns/${ID}`]: CAMPAIGN,
      [`GET /api/v1/campaigns/${ID}/results`]: RESULTS,
      'GET /api/v1/activity-types': page([]),
      'GET /api/v1/workspace': { id: 'w1', currency: 'EUR' },
      [`PATCH /api/v1/campaigns/${ID}`]: (r: SentRequest) => ({ ...CAMPAIGN, ...(r.body as object), updatedAt: '2026-02-01T00:00:00Z' }),
    });
    renderSignedIn(
      <Routes>
        <Route path="/campaigns/:id" element={<CampaignPage />} />
      </Routes>,
      `/campaigns/${ID}`,
    );
    fireEvent.click(await screen.findByText('Edit campaign'));
    fireEvent.click(screen.getByLabelText('Active'));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(writes(api)).toHaveLength(1));
    expect(writes(api)[0].body).toEqual({ name: 'Spring fair', description: null, startsOn: '2026-03-01', endsOn: '2026-03-31', active: false });
  });

  it('a user sees the campaigns read-only', async () => {
    fakeApi({ 'GET /api/v1/campaigns': page([CAMPAIGN]) }, { role: 'user' });
    renderSignedIn(<CampaignsPage />);
    expect(await screen.findByText('Spring fair')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'New campaign' })).toBeNull();
  });
});
