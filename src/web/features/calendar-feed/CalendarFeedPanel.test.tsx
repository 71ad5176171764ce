import { fireEvent, screen, waitFor } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { page } from '../../test/fixtures';
import { fakeApi, ME, renderSignedIn } from '../../test/render';
import { CalendarPage } from '../calendar/CalendarPage';
import { CalendarFeedPanel } from './CalendarFeedPanel';

const explanations = import.meta.glob<{ calendarFeed: { explain: string } }>('../../i18n/calendarfeed.*.json', { eager: true, import: 'default' });

const URL_1 = 'https://crm.example.test/api/v1/calendar-feed/tcf_first.ics';
const URL_2 = 'https://crm.example.test/api/v1/calendar-feed/tcf_second.ics';

function serve(active: boolean, more: Record<string, unknown> = {}) {
  let state = { active, createdAt: active ? '2026-11-01T10:00:00.000Z' : null };
  const urls = [URL_1, URL_2];
  return fakeApi({
    'GET /api/v1/me/calendar-feed': () => state,
    'POST /api/v1/me/calendar-feed': () => {
      state = { active: true, createdAt: '2026-11-30T10:00:00.000Z' };
      return { url: urls.shift() };
    },
    'DELETE /api/v1/me/calendar-feed': () => {
      state = { active: false, createdAt: null };
      return null;
    },
    ...more,
  });
}

afterEach(() => vi.unstubAllGlobals());

describe('the calendar feed panel', () => {
  it('creates an address, shows it and copies it', async () => {
    const writeText = vi.fn(async () => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    serve(false);
    renderSignedIn(<CalendarFeedPanel />);
    expect(await screen.findByText('You have no calendar address.')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Create address' }));
    expect(await screen.findByLabelText('Your calendar address')).toHaveValue(URL_1);
    fireEvent.click(screen.getByRole('button', { name: 'Copy' }));
    expect(await screen.findByText('Copied.')).toBeInTheDocument();
    expect(writeText).toHaveBeenCalledWith(URL_1);
    expect(screen.getByText(/Google Calendar/)).toBeInTheDocument();
  });

  it('makes a new address in place of the old one, and stops the feed', async () => {
    const api = serve(true);
    renderSignedIn(<CalendarFeedPanel />);
    fireEvent.click(await screen.findByRole('button', { name: 'New address' }));
    expect(await screen.findByLabelText('Your calendar address')).toHaveValue(URL_1);
    fireEvent.click(screen.getByRole('button', { name: 'Stop the feed' }));
    fireEvent.click(screen.getByRole('button', { name: 'Stop' }));
    expect(await screen.findByText('You have no calendar address.')).toBeInTheDocument();
    expect(screen.queryByLabelText('Your calendar address')).toBeNull();
    await waitFor(() => expect(api.requests().map((r) => r.method)).toEqual(['GET', 'POST', 'GET', 'DELETE', 'GET']));
  });

  it('is where the calendar page’s link lands, scrolled into view', async () => {
    const scrolled = vi.fn();
    Object.defineProperty(HTMLElement.prototype, 'scrollIntoView', { value: scrolled, configurable: true, writable: true });
    serve(false, {
      'GET /api/v1/calendar/users': { items: [{ userId: ME.id, name: ME.name, color: null, access: 'edit' }] },
      'GET /api/v1/calendar': { items: [] },
      'GET /api/v1/me/preferences': { todoSort: 'due', todoOrder: 'asc' },
      'GET /api/v1/activity-types': page([]),
      'GET /api/v1/activity-statuses': page([]),
    });
    try {
      renderSignedIn(
        <Routes>
          <Route path="/calendar" element={<CalendarPage />} />
          <Route path="/account/settings" element={<CalendarFeedPanel />} />
        </Routes>,
        '/calendar',
      );
      fireEvent.click(await screen.findByRole('link', { name: 'Subscribe in another calendar' }));
      const panel = await screen.findByRole('region', { name: 'Calendar feed' });
      expect(panel).toHaveAttribute('id', 'calendar-feed');
      await waitFor(() => expect(scrolled.mock.contexts).toContain(panel));
    } finally {
      Reflect.deleteProperty(HTMLElement.prototype, 'scrollIntoView');
    }
  });

  it.each(['en', 'da', 'nb', 'hu', 'he'])('explains in one line how to subscribe in Google Calendar, Outlook and Apple Calendar (%s)', (language) => {
    const explain = explanations[`../../i18n/calendarfeed.${language}.json`]?.calendarFeed.explain ?? '';
    for (const name of ['Google', 'Outlook', 'Apple']) expect(explain).toContain(name);
    expect(explain).not.toContain('\n');
  });
});
