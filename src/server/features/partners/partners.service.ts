import type { Partner, PartnerInvite } from '../../../shared/partners';
import { assertCan, assertEditable } from '../../access/policy';
import { requireRole } from '../../auth/authenticate';
import type { Database, Queryable } from '../../db/client';
import type { Actor } from '../../db/scope';
import { AppError, invalid, notFound } from '../../http/errors';
import type { LinkContext } from '../auth/account-links.service';
import { insertInvitedUser } from '../users/invitations.service';
import { assertEmailFree, orEmailConflict } from '../users/users.service';
import { newUserDefaults } from '../workspaces/workspace-settings.service';
import * as repo from './partners.repository';
import { overQuota, type PartnerLoad } from './quota';

type PartnerRow = Awaited<ReturnType<typeof repo.partnersOfCustomer>>[number];

const toPartner = ({ invitedAt, ...row }: PartnerRow): Partner => ({ ...row, invited: invitedAt !== null });

/** 409 `quota_exceeded` when a partner without a seat would see more than the quota. */
export function assertWithinQuota(load: PartnerLoad) {
  const over = overQuota(load);
  if (!over) return;
  const message = `${load.name} would see ${over.n} ${over.what}: without a seat a partner sees at most ${over.max}`;
  throw new AppError('quota_exceeded', message).because(over.what === 'projects' ? 'quota_projects' : 'quota_tasks', {
    name: load.name,
    n: over.n,
    max: over.max,
  });
}

/** Staff only (a partner never gets here past the route guard; this says so again). */
function assertStaff(actor: Actor) {
  if (actor.role === 'partner') throw notFound();
}

/**
 * An admin or manager invites a person of a customer the caller sees: a partner user who cannot sign
 * in until they open the one-time link (7 days) and choose a password. Mailed when SMTP is
 * configured, otherwise the link is answered once to hand over.
 */
export async function invitePartner(db: Database, actor: Actor, input: PartnerInvite, ctx: LinkContext) {
  requireRole(actor, 'admin', 'manager');
  return orEmailConflict(
    db.transaction(async (tx) => {
      const customer = await repo.visibleCustomer(tx, actor, input.customerId);
      if (!customer) throw invalid({ customerId: 'No such customer' }, 'not_found_ref');
      await assertEmailFree(tx, actor.workspaceId, input.email);
      const defaults = await newUserDefaults(tx, actor);
      const { user, issued } = await insertInvitedUser(tx, actor, ctx, {
        workspaceId: actor.workspaceId,
        email: input.email,
        name: input.name,
        role: 'partner',
        partnerCustomerId: customer.id,
        locale: input.locale ?? defaults.locale,
        timeZone: defaults.timeZone,
      });
      return { userId: user.id, inviteUrl: issued.link, mailed: issued.mailed, expiresAt: issued.expiresAt };
    }),
  );
}

/** The partners of a customer the caller sees (404 otherwise), with what is shared with each. */
export async function listCustomerPartners(db: Database, actor: Actor, customerId: string) {
  assertStaff(actor);
  assertCan(actor, 'read', { kind: 'customer' });
  if (!(await repo.visibleCustomer(db, actor, customerId))) throw notFound('Customer');
  return { items: (await repo.partnersOfCustomer(db, actor, customerId)).map(toPartner), nextCursor: null };
}

async function lockedPartner(tx: Queryable, actor: Actor, userId: string) {
  const [row] = await repo.partnersByIds(tx, actor, [userId], true);
  // A partner of a customer the caller cannot see is as absent as another workspace's.
  if (!row || (row.customerId && !(await repo.visibleCustomer(tx, actor, row.customerId)))) throw notFound('User');
  return row;
}

/** An admin or manager gives a partner a seat (no quota) or takes it back, or (de)activates them. */
export async function updatePartner(db: Database, actor: Actor, userId: string, change: { seat?: boolean; active?: boolean }) {
  requireRole(actor, 'admin', 'manager');
  return db.transaction(async (tx) => {
    const before = await lockedPartner(tx, actor, userId);
    // Taking the seat back may not leave them over the quota: unshare first.
    if (change.seat === false) assertWithinQuota({ ...before, seat: false });
    await repo.updatePartner(tx, actor, userId, change);
    return toPartner(await lockedPartner(tx, actor, userId));
  });
}

/** The staff side of a project: visible to the caller (its customer's visibility), else 404. */
async function staffProject(db: Queryable, actor: Actor, projectId: string) {
  assertStaff(actor);
  const project = await repo.visibleProject(db, actor, projectId);
  if (!project) throw notFound();
  return project;
}

export async function getProjectPartners(db: Database, actor: Actor, projectId: string) {
  assertCan(actor, 'read', { kind: 'customer' });
  await staffProject(db, actor, projectId);
  return { items: await repo.projectPartnerList(db, actor, projectId) };
}

/**
 * Which partners see a project (replaces the set): staff who may change its customer; only partners
 * of that customer (400 naming `userIds` otherwise); a partner newly given it must stay within the
 * quota (409 `quota_exceeded`, and nothing changes). Partners are locked first, so two shares at
 * once cannot both slip under the limit.
 */
export async function putProjectPartners(db: Database, actor: Actor, projectId: string, userIds: string[]) {
  assertCan(actor, 'change', { kind: 'customer' });
  const seen = await staffProject(db, actor, projectId);
  await assertEditable(db, actor, { kind: 'customer', id: seen.customerId });
  const wanted = [...new Set(userIds)];
  return db.transaction(async (tx) => {
    const partners = await repo.partnersByIds(tx, actor, wanted, true);
    const strangers = wanted.filter((id) => !partners.some((p) => p.userId === id && p.customerId === seen.customerId));
    if (strangers.length > 0) throw invalid({ userIds: `Not a partner of this customer: ${strangers.join(', ')}` }, 'not_found_ref');
    const before = new Set((await repo.projectPartnerIds(tx, projectId)).map((r) => r.userId));
    await repo.replaceProjectPartners(tx, actor, projectId, wanted);
    const added = wanted.filter((id) => !before.has(id));
    for (const partner of await repo.partnersByIds(tx, actor, added)) assertWithinQuota(partner);
    return { items: await repo.projectPartnerList(tx, actor, projectId) };
  });
}

/**
 * The quota when `more` tasks are about to be added to (or moved into) a project: every partner
 * who sees the project must stay within it (409 `quota_exceeded` otherwise, and nothing is added).
 * Called by the activity service before it writes; a project no partner sees costs one indexed
 * probe. (Not serialised with a concurrent add: two adds at once may pass the 50th task by one.)
 */
export async function assertTaskWithinQuota(db: Queryable, actor: Actor, projectId: string, more: number) {
  for (const partner of await repo.partnersSeeingProject(db, actor, projectId)) assertWithinQuota({ ...partner, tasks: partner.tasks + more });
}
