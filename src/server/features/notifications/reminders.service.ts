import { inArray, sql } from 'drizzle-orm';
import type { Database, Queryable } from '../../db/client';
import { activities, customers, users } from '../../db/schema';
import type { Jobs } from '../../jobs/jobs';
import type { Mailer } from '../../mail/outbox';
import { reminderMail } from './reminder-mail';
import { type Delivered, deliverDue } from './reminders.repository';

declare module '../../jobs/jobs' {
  interface JobTypes {
    'reminders.deliver': Record<string, never>;
  }
}

export interface ReminderDeps {
  mailer: Mailer;
  publicUrl: string;
}

/** The mails of the notifications just delivered, queued in the same transaction (sent only if it commits). */
async function queueMails(tx: Queryable, deps: ReminderDeps, delivered: Delivered[]) {
  if (!deps.mailer.mailEnabled || delivered.length === 0) return;
  const facts = await tx
    .select({
      activityId: activities.id,
      to: users.email,
      locale: users.locale,
      timeZone: users.timeZone,
      emailReminders: users.emailReminders,
      subject: activities.subject,
      scheduledAt: activities.scheduledAt,
      allDay: activities.allDay,
      customerName: customers.name,
    })
    .from(activities)
    .innerJoin(users, sql`${users.id} = ${activities.responsibleId}`)
    .leftJoin(customers, sql`${customers.id} = ${activities.customerId}`)
    .where(inArray(activities.id, [...new Set(delivered.map((d) => d.activityId))]));
  for (const f of facts) {
    // An undated task's reminders sleep (see syncReminders), so a due one always has a time.
    const { scheduledAt } = f;
    if (!f.emailReminders || !scheduledAt) continue;
    const url = `${deps.publicUrl.replace(/\/$/, '')}/activities/${f.activityId}`;
    await deps.mailer.queueMail(reminderMail({ ...f, scheduledAt, url }), tx);
  }
}

/** Hands out every reminder due by `now` (in batches), with its mail; answers how many. */
export async function deliverReminders(db: Database, deps: ReminderDeps, now = new Date()): Promise<number> {
  let total = 0;
  for (;;) {
    const delivered = await db.transaction(async (tx) => {
      const batch = await deliverDue(tx, now);
      await queueMails(tx, deps, batch);
      return batch;
    });
    total += delivered.length;
    if (delivered.length < 500) return total;
  }
}

/**
 * Reminders run on the job queue: every process asks for a delivery run every `intervalSeconds`
 * (and once at start, which hands out what fell due while no server ran); the singleton key keeps
 * one run queued however many processes ask, and each run is safe to repeat.
 */
export function registerReminderJobs(jobs: Jobs, db: Database, deps: ReminderDeps, intervalSeconds: number) {
  jobs.register('reminders.deliver', async () => void (await deliverReminders(db, deps)), { retryLimit: 2, retryDelaySeconds: 5, expireInSeconds: 5 * 60 });
  let timer: NodeJS.Timeout | null = null;
  const ask = () => jobs.enqueue('reminders.deliver', {}, { singletonKey: 'reminders' }).catch(() => undefined);
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
