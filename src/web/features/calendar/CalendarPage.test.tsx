import { fireEvent, screen, within } from '@testing-library/react';
import { Route, Routes, useParams } from 'react-router-dom';
import { afterEach, describe, expect, it } from 'vitest';
import { CALL_TYPE, page } from '../../test/fixtures';
import { fakeApi, ME, renderSignedIn } from '../../test/render';
import { todayIn, zonedIso } from '../activities/zoned-time';
import { CalendarPage } from './CalendarPage';

const OTHER = '00000000-0000-4000-8000-000000000002';
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
  { id: 'a-2', scheduledAt: at('12:00'), endsAt: at('13:00'), allDay: false, busy: true, calendarUserIds: [OTHER] },
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

function routes() {
  return {
    'GET /api/v1/calendar/users': { items: USERS },
    'GET /api/v1/calendar': { items: ITEMS },
    'GET /api/v1/activity-types': page([CALL_TYPE]),
    'GET /api/v1/activity-statuses': page([]),
  };
}

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
