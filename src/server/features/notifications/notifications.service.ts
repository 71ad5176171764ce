import type { Notification, NotificationList } from '../../../shared/notifications';
import { assertCan } from '../../access/policy';
import type { Database } from '../../db/client';
import type { Actor } from '../../db/scope';
import { notFound } from '../../http/errors';
import { visibleActivities } from '../activities/activities.service';
import * as repo from './notifications.repository';
import { decodeCursor, page } from '../../http/cursor';

type PageQuery = { limit: number; cursor?: string };

type Row = Awaited<ReturnType<typeof repo.listOwn>>[number];
type Seen = { subject: string; customerName: string | null; scheduledAt: Date | null };

const present = (n: Row, seen: Seen | undefined): Notification => ({
  id: n.id,
  activityId: n.activityId,
  kind: 'reminder',
  at: n.at.toISOString(),
  readAt: n.readAt ? n.readAt.toISOString() : null,
  subject: seen?.subject ?? null,
  customerName: seen?.customerName ?? null,
  scheduledAt: seen?.scheduledAt ? seen.scheduledAt.toISOString() : null,
});

/** The caller's notifications (newest 50) and how many are unread; names only of activities the caller still sees. */
export async function listNotifications(db: Database, actor: Actor, query: PageQuery = { limit: 50 }): Promise<NotificationList> {
  assertCan(actor, 'read', { kind: 'notification' });
  const after = decodeCursor(query.cursor, ['instant', 'id']);
  const [rows, unread] = await Promise.all([repo.listOwn(db, actor, query.limit + 1, after), repo.countUnread(db, actor)]);
  const { items, nextCursor } = page(rows, query.limit, (n) => [n.at.toISOString(), n.id]);
  const ids = [...new Set(items.map((n) => n.activityId))];
  const visible = await visibleActivities(db, actor, ids);
  const byId = new Map(visible.map((a) => [a.id, a]));
  return { items: items.map((n) => present(n, byId.get(n.activityId))), nextCursor, unread };
}

export async function readNotification(db: Database, actor: Actor, id: string): Promise<{ ok: true }> {
  assertCan(actor, 'change', { kind: 'notification' });
  if (!(await repo.markRead(db, actor, id))) throw notFound();
  return { ok: true };
}

export async function readAllNotifications(db: Database, actor: Actor): Promise<{ marked: number }> {
  assertCan(actor, 'change', { kind: 'notification' });
  return { marked: await repo.markAllRead(db, actor) };
}

export async function listFailedJobs(db: Database, actor: Actor) {
  assertCan(actor, 'read', { kind: 'job' });
  const items = await repo.failedJobs(db);
  return { items: items.map((j) => ({ queue: j.queue, failed: Number(j.failed), lastFailedAt: new Date(j.lastFailedAt).toISOString() })) };
}
