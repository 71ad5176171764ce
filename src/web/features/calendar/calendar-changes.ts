import type { Calendar } from '@event-calendar/core';
import type { ActivityUpdate } from '../../../shared/activities';
import type { CalendarItem } from './calendar-api';
import { allDayInstant, fromWall } from './calendar-time';

const itemOf = (event: Calendar.Event) => event.extendedProps.item as CalendarItem;

/** The PATCH for an event's new place: its time, and its user when it went to another user's column. */
export function changeOf(event: Calendar.Event, timeZone: string, oldUser?: string, newUser?: string): ActivityUpdate {
  const item = itemOf(event);
  const change: ActivityUpdate = event.allDay
    ? { scheduledAt: allDayInstant(event.start), allDay: true, endsAt: null }
    : { scheduledAt: fromWall(event.start, timeZone), allDay: false, endsAt: fromWall(event.end, timeZone) };
  if (newUser && oldUser && newUser !== oldUser) {
    if (item.responsibleId === oldUser || !item.responsibleId) change.responsibleId = newUser;
    // Moved from an additional user's column: the new user takes that place.
    else change.additionalUserIds = (item.additionalUserIds ?? []).map((id) => (id === oldUser ? newUser : id)).filter((id) => id !== item.responsibleId);
  }
  return change;
}
