import {
  FEED_DAYS_AHEAD,
  FEED_DAYS_BACK,
  FEED_MAX_COMING,
  FEED_MAX_PAST,
  type CalendarFeedCreated,
  type CalendarFeedStatus,
} from '../../../shared/calendar-feed';
import { assertCan } from '../../access/policy';
import { hashSecret, newSecret } from '../../auth/tokens';
import type { Queryable } from '../../db/client';
import type { Actor } from '../../db/scope';
import { notFound } from '../../http/errors';
import { isoOrNull } from '../../http/serialize';
import * as repo from './calendar-feed.repository';
import { buildCalendar } from './ics';

const DAY = 86_400_000;
const PREFIX = 'tcf';
/** What a feed address ends with: the prefix, 32 random bytes in base64url, `.ics`. */
const FEED_FILE = /^(tcf_[A-Za-z0-9_-]{43})\.ics$/;
export const FEED_PATH = '/api/v1/calendar-feed';

/** A new secret address of the caller's calendar; the old one, if any, stops answering at once. */
export async function createFeed(db: Queryable, actor: Actor, publicUrl: string): Promise<CalendarFeedCreated> {
  assertCan(actor, 'create', { kind: 'token' });
  const secret = newSecret(PREFIX);
  await repo.replaceFeed(db, actor, hashSecret(secret));
  return { url: `${publicUrl}${FEED_PATH}/${secret}.ics` };
}

/** Stops the caller's feed (nothing to stop is no error: the address answers 404 either way). */
export async function revokeFeed(db: Queryable, actor: Actor): Promise<void> {
  assertCan(actor, 'delete', { kind: 'token', ownership: 'own' });
  await repo.deleteFeed(db, actor);
}

export async function feedStatus(db: Queryable, actor: Actor): Promise<CalendarFeedStatus> {
  assertCan(actor, 'read', { kind: 'token', ownership: 'own' });
  const feed = await repo.findFeed(db, actor);
  return { active: feed !== null, createdAt: isoOrNull(feed?.createdAt) };
}

/**
 * The calendar behind a feed address, read as its owner (their visibility, their private
 * entries): FEED_DAYS_BACK days back and FEED_DAYS_AHEAD ahead, at most FEED_MAX_PAST past and
 * FEED_MAX_COMING coming activities, the nearest to now kept. 404 for an unknown, replaced or
 * revoked address and for a deactivated owner.
 */
export async function feedCalendar(db: Queryable, file: string, publicUrl: string): Promise<string> {
  const secret = FEED_FILE.exec(file)?.[1];
  const owner = secret ? await repo.findFeedOwner(db, hashSecret(secret)) : null;
  if (!owner) throw notFound();
  const now = new Date();
  const past = await repo.feedActivities(db, owner.actor, {
    from: new Date(now.getTime() - FEED_DAYS_BACK * DAY),
    to: now,
    order: 'desc',
    limit: FEED_MAX_PAST,
  });
  const coming = await repo.feedActivities(db, owner.actor, {
    from: now,
    to: new Date(now.getTime() + FEED_DAYS_AHEAD * DAY),
    order: 'asc',
    limit: FEED_MAX_COMING,
  });
  return buildCalendar({ name: owner.name, timeZone: owner.actor.timeZone, publicUrl, activities: [...past.reverse(), ...coming] });
}
