import type { Invitation, InvitationCreate } from '../../../shared/users';
import { assertCan } from '../../access/policy';
import type { Database, Queryable } from '../../db/client';
import { isViolation } from '../../db/constraint-errors';
import type { Actor } from '../../db/scope';
import { notFound, problem } from '../../http/errors';
import { iso } from '../../http/serialize';
import { invitationMail, resetMail } from '../auth/account-mail';
import { type LinkContext, issueLink, linkUrl } from '../auth/account-links.service';
import * as repo from './users.repository';
import { newUserDefaults } from '../workspaces/workspace-settings.service';
import { assertEmailFree, orEmailConflict } from './users.service';

/** An invited person has no password until they accept: this hash matches none (not even the KDF's format). */
const NO_PASSWORD = '!invited';

type Pending = Awaited<ReturnType<typeof repo.pendingInvitations>>[number];

function toInvitation(row: Pending, now = Date.now()): Invitation {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    invitedAt: iso(row.invitedAt ?? new Date(0)),
    expiresAt: row.expiresAt ? iso(row.expiresAt) : null,
    expired: !row.expiresAt || row.expiresAt.getTime() <= now,
  };
}

/** Mails the link when SMTP is configured; otherwise answers it, to be shown to the admin once. */
async function deliver(ctx: LinkContext, send: (url: string) => Promise<void>, url: string) {
  if (!ctx.mailer.mailEnabled) return { mailed: false, link: url };
  await send(url);
  return { mailed: true, link: null };
}

async function sendInvitation(tx: Queryable, actor: Actor, ctx: LinkContext, user: { id: string; email: string; locale: string }) {
  const { token, expiresAt } = await issueLink(tx, user.id, 'invitation', actor.userId);
  const names = await repo.inviterAndWorkspace(tx, actor);
  const send = (url: string) => ctx.mailer.queueMail(invitationMail(user.email, user.locale, names.inviter, names.workspaceName, url), tx);
  return { ...(await deliver(ctx, send, linkUrl(ctx.publicUrl, 'invitation', token))), expiresAt: iso(expiresAt) };
}

async function pendingOne(db: Queryable, actor: Actor, id: string): Promise<Pending> {
  const row = (await repo.pendingInvitations(db, actor)).find((r) => r.id === id);
  if (!row) throw notFound('Invitation');
  return row;
}

/**
 * A new invited user (no password yet) and their one-time link, in the caller's transaction, after
 * the caller's own checks: outside partners (issue 17) are invited this way.
 */
export async function insertInvitedUser(tx: Queryable, actor: Actor, ctx: LinkContext, values: Omit<repo.UserValues, 'passwordHash' | 'invitedAt'>) {
  const user = await repo.insertUser(tx, { ...values, passwordHash: NO_PASSWORD, invitedAt: new Date() });
  return { user, issued: await sendInvitation(tx, actor, ctx, user) };
}

/** Invites a person: a user who cannot sign in until they open the link and choose a password. */
export async function invite(db: Database, actor: Actor, input: InvitationCreate, ctx: LinkContext) {
  assertCan(actor, 'create', { kind: 'user' });
  return orEmailConflict(
    db.transaction(async (tx) => {
      await assertEmailFree(tx, actor.workspaceId, input.email);
      const defaults = await newUserDefaults(tx, actor);
      const user = await repo.insertUser(tx, {
        workspaceId: actor.workspaceId,
        email: input.email,
        name: input.name,
        passwordHash: NO_PASSWORD,
        role: input.role,
        locale: input.locale ?? defaults.locale,
        timeZone: input.timeZone ?? defaults.timeZone,
        invitedAt: new Date(),
      });
      const issued = await sendInvitation(tx, actor, ctx, user);
      return { ...issued, invitation: toInvitation(await pendingOne(tx, actor, user.id)) };
    }),
  );
}

export async function listInvitations(db: Database, actor: Actor) {
  assertCan(actor, 'manage', { kind: 'user' });
  const rows = await repo.pendingInvitations(db, actor);
  return { items: rows.map((r) => toInvitation(r)), nextCursor: null };
}

/** A new link for a pending invitation (the old one stops working), e.g. when it expired. */
export async function resendInvitation(db: Database, actor: Actor, id: string, ctx: LinkContext) {
  assertCan(actor, 'manage', { kind: 'user' });
  return db.transaction(async (tx) => {
    const pending = await pendingOne(tx, actor, id);
    const user = await repo.findUser(tx, actor, id);
    const issued = await sendInvitation(tx, actor, ctx, { id, email: pending.email, locale: user?.locale ?? actor.locale });
    return { ...issued, invitation: toInvitation(await pendingOne(tx, actor, id)) };
  });
}

/**
 * Revokes an invitation: the invited user goes away with it, or, when records already name them
 * (a customer's responsible), stays deactivated.
 */
export async function revokeInvitation(db: Database, actor: Actor, id: string) {
  assertCan(actor, 'manage', { kind: 'user' });
  await db.transaction(async (tx) => {
    await pendingOne(tx, actor, id);
    try {
      await tx.transaction((sp) => repo.deleteInvitedUser(sp, actor, id));
    } catch (error) {
      if (!isViolation(error, 'foreignKey')) throw error;
      await repo.deleteAccountLinks(tx, id);
      await repo.deactivateInvitedUser(tx, actor, id);
    }
  });
  return { ok: true as const };
}

/** An admin resets a user's password: a one-time reset link, mailed to them or shown to the admin once. */
export async function adminPasswordReset(db: Database, actor: Actor, id: string, ctx: LinkContext) {
  assertCan(actor, 'manage', { kind: 'user' });
  return db.transaction(async (tx) => {
    const user = await repo.findUser(tx, actor, id);
    if (!user) throw notFound('User');
    if (user.invitedAt) throw problem('conflict', 'invitation_not_accepted', 'This person has not accepted their invitation yet: send the invitation again');
    if (!user.active) throw problem('conflict', 'user_deactivated', 'This user is deactivated: activate them first');
    const { token, expiresAt } = await issueLink(tx, user.id, 'reset', actor.userId);
    const names = await repo.inviterAndWorkspace(tx, actor);
    const send = (url: string) => ctx.mailer.queueMail(resetMail(user.email, user.locale, [{ workspaceName: names.workspaceName, url }]), tx);
    return { ...(await deliver(ctx, send, linkUrl(ctx.publicUrl, 'reset', token))), expiresAt: iso(expiresAt) };
  });
}
