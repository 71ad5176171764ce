import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route, Routes, useParams } from 'react-router-dom';
import { afterEach, describe, expect, it } from 'vitest';
import { CALL_TYPE, page } from '../../test/fixtures';
import { fakeApi, ME, renderSignedIn } from '../../test/render';
import { todayIn, zonedIso } from '../activities/zoned-time';
import { weekOf } from './calendar-time';
import { CalendarPage } from './CalendarPage';

const OTHER = '00000000-0000-4000-8000-000000000002';
const GONE = '00000000-0000-4000-8000-000000000003';
const WON = { id: 'status-won', key: 'won', name: 'Won', closed: true, active: true, order: 1, nameIsDefault: false };
const DELIVERY_TYPE = { ...CALL_TYPE, id: 'type-delivery', key: 'delivery', name: 'Delivery', icon: 'truck', color: '#b45309' };
const USERS = [
  { userId: ME.id, name: 'Mette Holm', color: '#2563eb', access: 'edit' },
  { userId: OTHER, name: 'Ole Dahl', color: '#16a34a', access: 'read' },
];
const today = todayIn(ME.timeZone);
const at = (time: string) => zonedIso(today, time, ME.timeZone);
const ITEMS = [
  {
    id: 'a-1',
    typeId: CALL_TYPE.id,
    subject: 'Ring Dahl',
    scheduledAt: at('10:00'),
    endsAt: at('11:00'),
    allDay: false,
    done: false,
    calendarUserIds: [ME.id],
  },
  { id: 'a-2', typeId: CALL_TYPE.id, scheduledAt: at('12:00'), endsAt: at('13:00'), allDay: false, busy: true, calendarUserIds: [OTHER] },
  {
    id: 'a-3',
    typeId: DELIVERY_TYPE.id,
    subject: 'Deliver the roof tiles',
    scheduledAt: at('14:00'),
    endsAt: at('15:00'),
    allDay: false,
    done: false,
    calendarUserIds: [ME.id],
  },
];
// A recurring task's coming occurrence: no row of its own, its series is the activity a-3.
const PROJECTED = {
  id: `a-3:${today}`,
  seriesId: 'a-3',
  projected: true,
  editable: false,
  typeId: CALL_TYPE.id,
  subject: 'Ring igen',
  scheduledAt: at('14:00'),
  endsAt: at('15:00'),
  allDay: false,
  done: false,
  calendarUserIds: [ME.id],
};

function routes(preferences: Record<string, unknown> = { todoSort: 'due', todoOrder: 'asc' }) {
  return {
    'GET /api/v1/calendar/users': { items: USERS },
    'GET /api/v1/calendar': { items: ITEMS },
    'GET /api/v1/activity-types': page([CALL_TYPE, DELIVERY_TYPE]),
    'GET /api/v1/activity-statuses': page([WON]),
    'GET /api/v1/me/preferences': preferences,
    'PUT /api/v1/me/preferences': ({ body }: { body: unknown }) => ({ ...preferences, ...(body as object) }),
    'GET /api/v1/activities': page([]),
    'GET /api/v1/users': page([]),
  };
}

const calendarQuery = (api: ReturnType<typeof fakeApi>) => {
  const asked = api.requests().filter((request) => request.url.startsWith('/api/v1/calendar?'));
  return new URL(asked.at(-1)?.url ?? '', 'http://x').searchParams;
};

describe('the calendar page', () => {
  afterEach(() => localStorage.clear());

  it('shows the chosen users side by side in the week, in the user’s time zone, busy time without details', async () => {
    localStorage.setItem(`tend.calendar.${ME.id}`, JSON.stringify({ userIds: [ME.id, OTHER], tab: 'resourceTimeGridWeek' }));
    const api = fakeApi(routes());
    renderSignedIn(<CalendarPage />);
    const calendar = await screen.findByRole('region', { name: 'Calendar' });
    expect(await within(calendar).findByText('Call: Ring Dahl')).toBeInTheDocument();
    expect(within(calendar).getByText('Busy')).toBeInTheDocument();
    expect(within(calendar).getAllByText('Ole Dahl').length).toBeGreaterThan(0);
    const asked = api.requests().find((request) => request.url.startsWith('/api/v1/calendar?'));
    const query = new URL(asked?.url ?? '', 'http://x').searchParams;
    expect(query.get('userIds')).toBe(`${ME.id},${OTHER}`);
    // The week starts on Monday at midnight in Copenhagen (UTC+1 in winter), whatever the browser's zone.
    expect(query.get('from')).toMatch(/T00:00:00\+0[12]:00$/);
    expect(new Date(query.get('from') ?? '').getUTCDay()).toBe(0);
  });

  it('shows each entry’s type icon, and none on busy time', async () => {
    localStorage.setItem(`tend.calendar.${ME.id}`, JSON.stringify({ userIds: [ME.id, OTHER], tab: 'resourceTimeGridDay' }));
    fakeApi(routes());
    renderSignedIn(<CalendarPage />);
    const calendar = await screen.findByRole('region', { name: 'Calendar' });
    const call = await within(calendar).findByText('Call: Ring Dahl');
    await waitFor(() => expect(call.querySelector('svg.lucide-phone')).not.toBeNull());
    // An icon outside the common few arrives with the icon set, and the entry is drawn again with it.
    const delivery = await within(calendar).findByText('Delivery: Deliver the roof tiles');
    await waitFor(() => expect(calendar.querySelector('.ec-event-title svg.lucide-truck')).not.toBeNull());
    expect(delivery.closest('.ec-event')?.querySelector('svg.lucide-truck')).not.toBeNull();
    const busy = within(calendar).getByText('Busy').closest('.ec-event');
    expect(busy?.querySelector('svg')).toBeNull();
  });

  it('opens on the choices the server remembers, whatever this browser had, without calendars no longer visible', async () => {
    localStorage.setItem(`tend.calendar.${ME.id}`, JSON.stringify({ userIds: [ME.id], tab: 'resourceTimeGridWeek' }));
    const api = fakeApi(routes({ todoSort: 'due', todoOrder: 'asc', calendarUserIds: [OTHER, GONE, ME.id], calendarView: 'day' }));
    renderSignedIn(<CalendarPage />);
    await waitFor(() => expect(screen.getByRole('tab', { name: 'Day' })).toHaveAttribute('aria-selected', 'true'));
    await waitFor(() => expect(calendarQuery(api).get('userIds')).toBe(`${ME.id},${OTHER}`));
    expect(screen.getByRole('checkbox', { name: 'Ole Dahl' })).toBeChecked();
    // The server's choice becomes this browser's first paint next time.
    await waitFor(() => expect(JSON.parse(localStorage.getItem(`tend.calendar.${ME.id}`) ?? '{}')).toMatchObject({ tab: 'resourceTimeGridDay' }));
  });

  it('saves a change of users or view on the server', async () => {
    const api = fakeApi(routes());
    renderSignedIn(<CalendarPage />);
    fireEvent.click(await screen.findByRole('checkbox', { name: 'Ole Dahl' }));
    fireEvent.click(screen.getByRole('tab', { name: 'Month' }));
    await waitFor(() =>
      expect(
        api
          .requests()
          .filter((request) => request.method === 'PUT')
          .map((request) => request.body),
      ).toEqual([{ calendarUserIds: [ME.id, OTHER] }, { calendarView: 'month' }]),
    );
    expect(screen.getByRole('tab', { name: 'Month' })).toHaveAttribute('aria-selected', 'true');
  });

  it('lists this week when the list is the first tab shown, with the search page’s filters', async () => {
    const api = fakeApi(routes({ todoSort: 'due', todoOrder: 'asc', calendarView: 'list' }));
    renderSignedIn(<CalendarPage />);
    expect(await screen.findByRole('region', { name: 'List' })).toBeInTheDocument();
    const week = weekOf(today, 1);
    await waitFor(() => expect(api.requests().some((request) => request.url.startsWith('/api/v1/activities?'))).toBe(true));
    const asked = new URL(api.requests().find((request) => request.url.startsWith('/api/v1/activities?'))?.url ?? '', 'http://x').searchParams;
    expect([asked.get('from'), asked.get('to'), asked.get('responsibleId')]).toEqual([week.firstDate, week.lastDate, ME.id]);
    const list = screen.getByRole('region', { name: 'List' });
    fireEvent.change(await within(list).findByLabelText('Activity type'), { target: { value: CALL_TYPE.id } });
    fireEvent.change(within(list).getByLabelText('Activity status'), { target: { value: WON.id } });
    fireEvent.change(within(list).getByLabelText('Open or done'), { target: { value: 'done' } });
    fireEvent.change(within(list).getByLabelText('Words'), { target: { value: 'tagrenovering' } });
    await waitFor(() => {
      const last = new URL(
        api
          .requests()
          .filter((request) => request.url.startsWith('/api/v1/activities?'))
          .at(-1)?.url ?? '',
        'http://x',
      ).searchParams;
      expect([last.get('typeId'), last.get('statusId'), last.get('done'), last.get('q'), last.get('from')]).toEqual([
        CALL_TYPE.id,
        WON.id,
        'true',
        'tagrenovering',
        week.firstDate,
      ]);
    });
  });
});

function Opened() {
  return <p>{`Opened ${useParams().id}`}</p>;
}

describe('a recurring task’s coming occurrences', () => {
  afterEach(() => localStorage.clear());

  it('look projected, cannot be dragged, say what they are, and open their series', async () => {
    localStorage.setItem(`tend.calendar.${ME.id}`, JSON.stringify({ userIds: [ME.id], tab: 'resourceTimeGridDay' }));
    fakeApi({ ...routes(), 'GET /api/v1/calendar': { items: [ITEMS[0], PROJECTED] } });
    renderSignedIn(
      <Routes>
        <Route path="/" element={<CalendarPage />} />
        <Route path="/activities/:id" element={<Opened />} />
      </Routes>,
    );
    const calendar = await screen.findByRole('region', { name: 'Calendar' });
    const projected = (await within(calendar).findByText('Call: Ring igen')).closest('.ec-event');
    const real = within(calendar).getByText('Call: Ring Dahl').closest('.ec-event');
    expect(real).toHaveClass('ec-draggable');
    expect(real).not.toHaveClass('cal-projected');
    expect(projected).toHaveClass('cal-projected');
    expect(projected).not.toHaveClass('ec-draggable');
    expect(real?.querySelector('.ec-resizer')).not.toBeNull();
    expect(projected?.querySelector('.ec-resizer')).toBeNull();
    expect(projected).toHaveAttribute('title', 'Planned occurrence: Call: Ring igen');
    expect(projected).toHaveAccessibleName('Planned occurrence: Call: Ring igen');
    fireEvent.click(projected as Element);
    expect(await screen.findByText('Opened a-3')).toBeInTheDocument();
  });
});
