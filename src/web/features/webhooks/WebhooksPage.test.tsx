import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeApi, renderSignedIn } from '../../test/render';
import { WebhooksPage } from './WebhooksPage';

const HOOK = {
  id: '6f1c1c52-2a4b-4d7e-9d6e-1b2c3d4e5f60',
  url: 'https://hooks.example.com/tend',
  events: ['customer.created'],
  enabled: true,
  createdAt: '2026-11-30T08:00:00.000Z',
  lastStatus: 'failed',
};
const DELIVERY = {
  id: '7a1c1c52-2a4b-4d7e-9d6e-1b2c3d4e5f61',
  event: 'customer.created',
  status: 'failed',
  attempts: 8,
  responseCode: 500,
  lastError: 'HTTP 500',
  occurredAt: '2026-11-30T08:15:00.000Z',
  lastAttemptAt: '2026-11-30T10:15:00.000Z',
  nextAttemptAt: null,
  deliveredAt: null,
};

describe('Settings → Webhooks', () => {
  it('adds a webhook with the chosen events and shows its secret once', async () => {
    const api = fakeApi({
      'GET /api/v1/webhooks': { items: [], nextCursor: null },
      'POST /api/v1/webhooks': (request: { body?: unknown }) => ({ ...HOOK, ...(request.body as object), lastStatus: null, secret: 'whsec_shown_once' }),
    });
    renderSignedIn(<WebhooksPage />);
    expect(await screen.findByText('No webhooks yet.')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Add a webhook' }));
    fireEvent.change(screen.getByLabelText(/Address \(URL\)/), { target: { value: 'https://hooks.example.com/tend' } });
    fireEvent.click(screen.getByLabelText('Customer changed'));
    fireEvent.click(screen.getByLabelText('Activity completed'));
    fireEvent.click(screen.getByRole('button', { name: 'Add webhook' }));
    expect(await screen.findByText('whsec_shown_once')).toBeInTheDocument();
    const post = api.requests().find((r) => r.method === 'POST');
    expect(post?.body).toEqual({ url: 'https://hooks.example.com/tend', events: ['customer.created', 'customer.deleted', 'activity.completed'] });
  });

  it('says why an address is refused, in the field', async () => {
    fakeApi({
      'GET /api/v1/webhooks': { items: [], nextCursor: null },
      'POST /api/v1/webhooks': () =>
        Response.json(
          { error: { code: 'validation_failed', message: 'Invalid url', fields: { url: 'private' }, reasons: { url: { code: 'public_address' } } } },
          { status: 400 },
        ),
    });
    renderSignedIn(<WebhooksPage />);
    fireEvent.click(await screen.findByRole('button', { name: 'Add a webhook' }));
    fireEvent.change(screen.getByLabelText(/Address \(URL\)/), { target: { value: 'http://10.0.0.1/' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add webhook' }));
    expect(await screen.findByText(/Must be a public address on the internet/)).toBeInTheDocument();
  });

  it("shows a webhook's delivery log with status and response code", async () => {
    fakeApi({
      'GET /api/v1/webhooks': { items: [HOOK], nextCursor: null },
      [`GET /api/v1/webhooks/${HOOK.id}/deliveries`]: { items: [DELIVERY], nextCursor: null },
    });
    renderSignedIn(<WebhooksPage />);
    expect(await screen.findByText('https://hooks.example.com/tend')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Delivery log' }));
    const log = await screen.findByRole('region', { name: 'Deliveries to https://hooks.example.com/tend' });
    expect(within(log).getByText('Failed')).toBeInTheDocument();
    expect(within(log).getByText('Answer 500')).toBeInTheDocument();
    expect(within(log).getByText('8 attempts')).toBeInTheDocument();
    expect(within(log).getByText('HTTP 500')).toBeInTheDocument();
  });
});
