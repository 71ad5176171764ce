import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeApi, renderSignedIn } from '../../test/render';
import { NotificationBell } from './NotificationBell';

const reminder = {
  id: 'n-1',
  activityId: 'activity-1',
  kind: 'reminder' as const,
  at: '2026-12-01T08:30:00.000Z',
  readAt: null,
  subject: 'Ring Mette om tagrenoveringen',
  customerName: 'Tagfirmaet ApS',
  scheduledAt: '2026-12-01T09:00:00.000Z',
};

describe('the notification bell', () => {
  it('shows the unread count, lists the reminders and marks one read when it is opened', async () => {
    const api = fakeApi({
      'GET /api/v1/notifications': { items: [reminder], unread: 1 },
      'POST /api/v1/notifications/n-1/read': { ok: true },
      'POST /api/v1/notifications/read-all': { marked: 1 },
    });
    renderSignedIn(<NotificationBell />);
    const bell = await screen.findByRole('button', { name: 'Notifications: 1 unread' });
    expect(bell).toHaveTextContent('1');
    fireEvent.click(bell);
    const link = await screen.findByRole('link', { name: /Ring Mette om tagrenoveringen · Tagfirmaet ApS/ });
    expect(link).toHaveAttribute('href', '/activities/activity-1');
    fireEvent.click(link);
    await waitFor(() => expect(api.requests().some((r) => r.method === 'POST' && r.url.includes('/notifications/n-1/read'))).toBe(true));
  });
});
