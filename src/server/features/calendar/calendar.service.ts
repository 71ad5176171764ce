import type { CalendarActivity, CalendarAnswer, CalendarItem, CalendarQuery, CalendarUser, CalendarUsersAnswer } from '../../../shared/calendar';
import { assertCan } from '../../access/policy';
import type { Queryable } from '../../db/client';
import type { Actor } from '../../db/scope';
import { forbidden, notFound } from '../../http/errors';
import { iso } from '../../http/serialize';
import { toActivity } from '../activities/activities.service';
import * as repo from './calendar.repository';
import { calendarColor } from './colors';
import { byStart, projectOccurrences } from './projected';
import { type CalendarWindow, calendarWindow } from './window';

/** Managers and admins see every calendar; others as the workspace's `calendarVisibility` says. */
async function visibilityFor(db: Queryable, actor: Actor): Promise<repo.CalendarVisibility | 'all'> {
  if (actor.role === 'manager' || actor.role === 'admin') return 'all';
  return repo.findCalendarVisibility(db, actor);
}

/**
 * What the caller may do in a calendar: their own, or anyone's when they may change every activity
 * (not restricted). A restricted user changes a colleague's activities only where they may edit
 * the customer; each calendar entry says so in `editable`.
 */
function accessTo(actor: Actor, userId: string): CalendarUser['access'] {
  return userId === actor.userId || !actor.restricted ? 'edit' : 'read';
}

/** The active users whose calendars the caller may open, by name. */
export async function listCalendarUsers(db: Queryable, actor: Actor): Promise<CalendarUsersAnswer> {
  // Calendars show activities: whoever may read activities may open the calendars the setting allows.
  assertCan(actor, 'read', { kind: 'activity' });
  const rows = await repo.listCalendarUsers(db, actor, await visibilityFor(db, actor));
  const items = rows
    .filter((row) => row.active)
    .map((row) => ({ userId: row.id, name: row.name, color: row.calendarColor ?? calendarColor(row.id), access: accessTo(actor, row.id) }));
  return { items };
}

/**
 * Of `userIds`, those whose calendars the caller may open now (active users of the workspace the
 * visibility setting shows them), in the order given: a remembered choice loses the others quietly.
 */
export async function visibleCalendarUserIds(db: Queryable, actor: Actor, userIds: string[]): Promise<string[]> {
  assertCan(actor, 'read', { kind: 'activity' });
  if (userIds.length === 0) return [];
  const rows = await repo.listCalendarUsers(db, actor, await visibilityFor(db, actor), userIds);
  const open = new Set(rows.filter((row) => row.active).map((row) => row.id));
  return userIds.filter((id) => open.has(id));
}

/**
 * 404 for a user who is not in the caller's workspace, 403 for one whose calendar the setting hides
 * or who is deactivated (`/calendar/users` leaves them out, for managers and admins too).
 */
async function assertCalendarsVisible(db: Queryable, actor: Actor, userIds: string[]): Promise<void> {
  const known = await repo.listCalendarUsers(db, actor, 'all', userIds);
  if (known.length < userIds.length) throw notFound('User');
  if (known.some((row) => !row.active)) throw forbidden("You may not see this user's calendar", 'calendar_not_visible');
  const visibility = await visibilityFor(db, actor);
  if (visibility === 'all' || visibility === 'everyone') return;
  const visible = await repo.listCalendarUsers(db, actor, visibility, userIds);
  if (visible.length < userIds.length) throw forbidden("You may not see this user's calendar", 'calendar_not_visible');
}

/**
 * Which of the asked calendars (`asked`: lower-case ids) an activity sits in: its responsible's and
 * its additional users', in id order. From the row's own columns: no second read per row.
 */
function calendarsOf(row: repo.CalendarRow, asked: Set<string>): string[] {
  return [...new Set([row.responsibleId, ...row.additionalUserIds])].filter((id) => asked.has(id)).sort();
}

/** A row as the activity contract has it, with the calendars it sits in. */
// Built field by field (the activity contract's toActivity), the calendar's fields added: taking the
// row apart and spreading it into a new object cost 60 µs an entry (V8 copies large spreads slowly),
// half of the server's time for a week of ten calendars.
function toCalendarActivity(row: repo.CalendarRow, calendarUserIds: string[]): CalendarActivity {
  // scheduledAt again: never null in a window (typed so by the row).
  return Object.assign(toActivity(row), { scheduledAt: iso(row.scheduledAt), calendarUserIds, editable: row.editable });
}

/** Another user's private activity: when only, never what or with whom. */
function asBusy(row: repo.CalendarRow, calendarUserIds: string[]): CalendarItem {
  const { id, typeId, responsibleId, additionalUserIds, scheduledAt, endsAt, allDay, done } = toCalendarActivity(row, calendarUserIds);
  return { id, typeId, responsibleId, additionalUserIds, scheduledAt, endsAt, allDay, private: true, done, calendarUserIds, editable: false, busy: true };
}

/** A row as an entry of the asked calendars (`asked`: lower-case ids): busy time or the activity. */
const entryIn =
  (asked: Set<string>) =>
  (row: repo.CalendarRow): CalendarItem =>
    row.busy ? asBusy(row, calendarsOf(row, asked)) : toCalendarActivity(row, calendarsOf(row, asked));

/**
 * The coming occurrences in the window of the asked users' open recurring series (`projected:
 * true`), each in its responsible's wall-clock time: they are not rows until the one before is done.
 */
async function projectedIn(
  db: Queryable,
  actor: Actor,
  userIds: string[],
  window: CalendarWindow,
  asEntry: (row: repo.CalendarRow) => CalendarItem,
): Promise<CalendarItem[]> {
  const rows = await repo.listOpenSeries(db, actor, userIds, window.hi);
  if (rows.length === 0) return [];
  const zones = await repo.userTimeZones(db, actor, [...new Set(rows.map((row) => row.responsibleId))]);
  const series = rows.map((row) => ({ row, timeZone: zones.get(row.responsibleId) ?? 'UTC' }));
  return projectOccurrences(series, window, asEntry);
}

/**
 * The activities of `userIds` (default: the caller) in the window, each with the asked users it sits
 * with, and their recurring tasks' coming occurrences there (`projected: true`), by start.
 */
export async function listCalendar(db: Queryable, actor: Actor, query: CalendarQuery): Promise<CalendarAnswer> {
  assertCan(actor, 'read', { kind: 'activity' });
  const userIds = query.userIds ?? [actor.userId];
  await assertCalendarsVisible(db, actor, userIds);
  const window = calendarWindow(query.from, query.to, actor.timeZone);
  const rows = await repo.listCalendarActivities(db, actor, userIds, window);
  const asEntry = entryIn(new Set(userIds.map((id) => id.toLowerCase())));
  const projected = await projectedIn(db, actor, userIds, window, asEntry);
  const items = rows.map(asEntry);
  return { items: projected.length === 0 ? items : [...items, ...projected].sort(byStart) };
}
