import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { SalesProject } from '../../../shared/sales';
import { page } from '../../test/fixtures';
import { fakeApi, renderSignedIn, type SentRequest } from '../../test/render';
import { PipelinePage } from './PipelinePage';

const stage = (id: string, name: string, order: number, probability: number, kind: 'open' | 'won' | 'lost') => ({
  id,
  name,
  order,
  active: true,
  key: null,
  nameIsDefault: false,
  probability,
  kind,
});
const STAGES = [stage('s1', 'Proposal', 0, 50, 'open'), stage('s2', 'Won', 1, 100, 'won')];
const project = (id: string, name: string, stageId: string, amount: number): SalesProject => ({
  id,
  name,
  customerId: 'c1',
  customerName: 'Acme',
  contactId: null,
  responsibleId: 'u1',
  sourceId: null,
  stageId,
  status: stageId === 's2' ? 'won' : 'open',
  amount,
  currency: 'EUR',
  probability: stageId === 's2' ? 100 : 50,
  expectedCloseDate: null,
  followUpAt: null,
  followUpTypeId: null,
  followUpText: null,
  followUpActivityId: null,
  campaignId: null,
  closedAt: null,
  createdAt: '2026-11-01T00:00:00Z',
  updatedAt: '2026-11-01T00:00:00Z',
});
const WORKSPACE = {
  id: 'w1',
  name: 'W',
  defaultLocale: 'en',
  defaultTimeZone: 'UTC',
  weekStart: 1,
  currency: 'EUR',
  customerVisibility: 'everyone',
  calendarVisibility: 'everyone',
  exchangeRates: {},
};

describe('the pipeline board', () => {
  it('shows totals per stage, weighted by probability, and moves a project with its stage picker', async () => {
    let projects = [project('p1', 'Website', 's1', 1000), project('p2', 'Shop', 's1', 3000)];
    const api = fakeApi({
      'GET /api/v1/sales-stages': page(STAGES),
      'GET /api/v1/workspace': WORKSPACE,
      'GET /api/v1/sales-projects': () => page(projects),
      'PATCH /api/v1/sales-projects/p1': (request: SentRequest) => {
        projects = projects.map((p) => (p.id === 'p1' ? { ...p, ...(request.body as object), probability: 100 } : p));
        return projects[0];
      },
    });
    renderSignedIn(<PipelinePage />);
    const proposal = await screen.findByRole('region', { name: /Proposal/ });
    await waitFor(() => expect(within(proposal).getByText('Website')).toBeInTheDocument());
    expect(proposal.querySelector('[data-total="sum"]')?.textContent).toBe('€4,000.00');
    expect(proposal.querySelector('[data-total="weighted"]')?.textContent).toBe('€2,000.00');

    fireEvent.change(within(proposal).getByLabelText('Stage of Website'), { target: { value: 's2' } });
    await waitFor(() =>
      expect(api.requests().filter((r) => r.method === 'PATCH')).toEqual([{ method: 'PATCH', url: '/api/v1/sales-projects/p1', body: { stageId: 's2' } }]),
    );
    const won = screen.getByRole('region', { name: /Won/ });
    await waitFor(() => expect(within(won).getByText('Website')).toBeInTheDocument());
    expect(won.querySelector('[data-total="sum"]')?.textContent).toBe('€1,000.00');
    expect(proposal.querySelector('[data-total="sum"]')?.textContent).toBe('€3,000.00');
  });

  it('adds amounts in other currencies at the workspace rates and names those without a rate', async () => {
    fakeApi({
      'GET /api/v1/sales-stages': page(STAGES),
      'GET /api/v1/workspace': { ...WORKSPACE, currency: 'DKK', exchangeRates: { EUR: 7.5 } },
      'GET /api/v1/sales-projects': page([
        { ...project('p1', 'Website', 's1', 1000), currency: 'DKK' },
        project('p2', 'Shop', 's1', 200),
        { ...project('p3', 'App', 's1', 300), currency: 'GBP' },
      ]),
    });
    renderSignedIn(<PipelinePage />);
    const proposal = await screen.findByRole('region', { name: /Proposal/ });
    await waitFor(() => expect(within(proposal).getByText('App')).toBeInTheDocument());
    // 1,000 kr. + 200 € × 7.5; the pounds have no rate.
    const text = (total: string) => proposal.querySelector(`[data-total="${total}"]`)?.textContent?.replace(/\s/g, ' ');
    expect(text('sum')).toBe('DKK 2,500.00');
    expect(text('weighted')).toBe('DKK 1,250.00');
    expect(screen.getByRole('note')).toHaveTextContent('Not in the totals (no exchange rate to DKK in Settings → Exchange rates): £300.00.');
  });

  it('moves a project dropped on another column', async () => {
    const api = fakeApi({
      'GET /api/v1/sales-stages': page(STAGES),
      'GET /api/v1/workspace': WORKSPACE,
      'GET /api/v1/sales-projects': page([project('p1', 'Website', 's1', 1000)]),
      'PATCH /api/v1/sales-projects/p1': project('p1', 'Website', 's2', 1000),
    });
    renderSignedIn(<PipelinePage />);
    const card = (await screen.findByText('Website')).closest('li') as HTMLElement;
    const data = new Map<string, string>();
    const dataTransfer = { setData: (k: string, v: string) => data.set(k, v), getData: (k: string) => data.get(k) ?? '', effectAllowed: '' };
    fireEvent.dragStart(card, { dataTransfer });
    fireEvent.drop(screen.getByRole('region', { name: /Won/ }), { dataTransfer });
    await waitFor(() => expect(api.requests().filter((r) => r.method === 'PATCH')).toHaveLength(1));
  });
});
