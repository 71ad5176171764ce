import type { TodoItem } from '../../../shared/todo';
import { addDays, localDate, wallClock } from '../../../shared/wall-clock';
import type { Database } from '../../db/client';
import type { Actor } from '../../db/scope';
import type { Jobs } from '../../jobs/jobs';
import type { Mailer } from '../../mail/outbox';
import { startOfDay } from '../todo/buckets';
import { countTodo, listTodo } from '../todo/todo.service';
import { morningMail } from './morning-mail';
import { claimMorningMail, type MorningMailUser, morningMailUsers } from './morning-mail.repository';

declare module '../../jobs/jobs' {
  interface JobTypes {
    'notifications.morning-mail': Record<string, never>;
  }
}

/** The mail goes from 07:00 in the user's time zone … */
export const MORNING_STARTS = 7;
/** … until noon: a day whose morning no server ran at all gets no mail in the afternoon. */
export const MORNING_ENDS = 12;
/** Today's activities listed in the mail; the rest are counted. */
const LISTED = 25;

export interface MorningMailDeps {
  mailer: Mailer;
  publicUrl: string;
}

interface DayTodo {
  overdue: number;
  todayCount: number;
  items: TodoItem[];
}

/**
 * The user's day as their to-do shows it: how many are overdue and today's first activities.
 * The range read is the user's day widened to the UTC day of the same date, where an all-day
 * activity sits; the to-do's own bucket then keeps exactly today's.
 */
async function dayTodo(db: Database, actor: Actor, now: Date): Promise<DayTodo | null> {
  const counts = await countTodo(db, actor, {}, now);
  if (counts.overdue + counts.today === 0) return null;
  const day = localDate(now, actor.timeZone);
  const next = addDays(day, 1);
  const from = Math.min(startOfDay(day, actor.timeZone).getTime(), Date.parse(`${day}T00:00:00Z`));
  const before = Math.max(startOfDay(next, actor.timeZone).getTime(), Date.parse(`${next}T00:00:00Z`));
  const range = { from: new Date(from).toISOString(), to: new Date(before - 1).toISOString() };
  const { items } = await listTodo(db, actor, { ...range, limit: 4 * LISTED, sort: 'due', order: 'asc' }, now);
  return { overdue: counts.overdue, todayCount: counts.today, items: items.filter((i) => i.bucket === 'today').slice(0, LISTED) };
}

/** One user's mail of `day`: claimed and queued in one transaction, so it is sent once or not at all. */
async function mailOne(db: Database, deps: MorningMailDeps, user: MorningMailUser, day: string, now: Date): Promise<boolean> {
  const todo = await dayTodo(db, user.actor, now);
  return db.transaction(async (tx) => {
    // Claimed even when nothing is due: the day is handled, and no later run reads the to-do again.
    if (!(await claimMorningMail(tx, user.actor.userId, day)) || !todo) return false;
    const items = todo.items.map((i) => ({
      id: i.id,
      subject: i.subject,
      customerName: i.customerName,
      scheduledAt: new Date(i.scheduledAt ?? 0),
      allDay: i.allDay,
    }));
    const baseUrl = deps.publicUrl.replace(/\/$/, '');
    const facts = {
      to: user.email,
      locale: user.actor.locale,
      timeZone: user.actor.timeZone,
      day,
      overdue: todo.overdue,
      todayCount: todo.todayCount,
      items,
      baseUrl,
    };
    await deps.mailer.queueMail(morningMail(facts), tx);
    return true;
  });
}

/** Whether `now` is in the user's morning and their mail of today is still to be handled: the day, else null. */
function dueDay(user: MorningMailUser, now: Date): string | null {
  const { hour } = wallClock(now, user.actor.timeZone);
  const day = localDate(now, user.actor.timeZone);
  if (hour < MORNING_STARTS || hour >= MORNING_ENDS) return null;
  return user.sentOn !== null && user.sentOn >= day ? null : day;
}

/**
 * Sends the morning mail of every user whose morning it is at `now` and who has not had today's:
 * answers how many were queued. Only with mail configured. One user's failure does not hold up
 * the others; it fails the run afterwards, so the job retries (the claimed ones are not sent again).
 */
export async function sendMorningMails(db: Database, deps: MorningMailDeps, now = new Date()): Promise<number> {
  if (!deps.mailer.mailEnabled) return 0;
  let sent = 0;
  const failures: unknown[] = [];
  for (const user of await morningMailUsers(db)) {
    const day = dueDay(user, now);
    if (!day) continue;
    try {
      if (await mailOne(db, deps, user, day, now)) sent += 1;
    } catch (error) {
      failures.push(error);
    }
  }
  if (failures.length > 0) throw failures[0];
  return sent;
}

/**
 * The morning mail runs on the job queue as the reminders do: every process asks for a run every
 * `intervalSeconds` (and once at start); the singleton key keeps one run queued, and each run is
 * safe to repeat (the claim). `clock` is the run's "now" (tests pass a fixed one).
 */
export function registerMorningMailJobs(jobs: Jobs, db: Database, deps: MorningMailDeps, intervalSeconds: number, clock: () => Date = () => new Date()) {
  jobs.register('notifications.morning-mail', async () => void (await sendMorningMails(db, deps, clock())), {
    retryLimit: 2,
    retryDelaySeconds: 30,
    expireInSeconds: 10 * 60,
  });
  let timer: NodeJS.Timeout | null = null;
  const ask = () => jobs.enqueue('notifications.morning-mail', {}, { singletonKey: 'morning-mail' }).catch(() => undefined);
  return {
    start() {
      void ask();
      timer = setInterval(ask, intervalSeconds * 1000);
      timer.unref();
    },
    stop() {
      if (timer) clearInterval(timer);
    },
  };
}
