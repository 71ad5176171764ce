import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeApi, renderSignedIn } from '../../test/render';
import { FailedJobsPage } from './FailedJobsPage';

describe('the background jobs page (admins)', () => {
  it('lists each queue with failures, how many and when last', async () => {
    fakeApi({ 'GET /api/v1/jobs/failed': { items: [{ queue: 'reminders.deliver', failed: 1234, lastFailedAt: '2026-11-30T08:15:00.000Z' }] } });
    renderSignedIn(<FailedJobsPage />);
    const table = await screen.findByRole('table', { name: 'Background jobs' });
    const row = within(table).getByText('reminders.deliver').closest('tr') as HTMLElement;
    expect(within(row).getByText('1,234')).toBeInTheDocument();
    expect(row.textContent).toMatch(/Nov 30, 2026/);
  });

  it('says so when nothing failed', async () => {
    fakeApi({ 'GET /api/v1/jobs/failed': { items: [] } });
    renderSignedIn(<FailedJobsPage />);
    expect(await screen.findByText('No background job has failed in the last 7 days.')).toBeInTheDocument();
  });
});
