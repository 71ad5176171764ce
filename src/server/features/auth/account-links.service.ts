import { timingSafeEqual } from 'node:crypto';
import { hashPassword } from '../../auth/passwords';
import { hashSecret, newSecret } from '../../auth/tokens';
import type { Database, Queryable } from '../../db/client';
import { AppError, invalid } from '../../http/errors';
import { presentUser } from '../users/users.service';
import type { Mailer } from '../../mail/outbox';
import { resetMail } from './account-mail';
import * as repo from './account-links.repository';
import { deleteSessionsOf, deleteTokensOf } from './auth.repository';
import { startSession } from './auth.service';
import { MAX_ACCOUNTS_PER_EMAIL } from './sign-in.service';
import { POLICIES } from './throttle';
import { clearAttempts, countAttempt } from './throttle.repository';

export const RESET_TTL_MS = 60 * 60_000;
export const INVITATION_TTL_MS = 7 * 86_400_000;
/** Forgot-password answers take at least this long, so the time does not tell whether the address has an account. */
export const FORGOT_MIN_MS = 300;

const ttl = { reset: RESET_TTL_MS, invitation: INVITATION_TTL_MS } as const;
const pages = { reset: 'reset-password', invitation: 'accept-invitation' } as const;

/** Where links point: the app's public address, and the page of each purpose. */
export interface LinkContext {
  publicUrl: string;
  mailer: Mailer;
}

/**
 * The token travels in the URL's fragment (#), which browsers never send to a server: it stays out
 * of access logs, proxies and Referer headers.
 */
export const linkUrl = (publicUrl: string, purpose: repo.LinkPurpose, token: string) => `${publicUrl.replace(/\/+$/, '')}/${pages[purpose]}#token=${token}`;

/** A new one-time link for the user; older links of the same purpose stop working. */
export async function issueLink(db: Queryable, userId: string, purpose: repo.LinkPurpose, createdById: string | null) {
  await repo.deleteLinksOf(db, userId, purpose);
  const token = newSecret(purpose === 'reset' ? 'tnd_r' : 'tnd_i');
  const expiresAt = new Date(Date.now() + ttl[purpose]);
  await repo.insertLink(db, { userId, purpose, tokenHash: hashSecret(token), createdById, expiresAt });
  return { token, expiresAt };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Whether the address may get another mail now: per address, a few, then ever longer waits (no 429: that would be a different answer). */
async function mayMail(db: Database, email: string): Promise<boolean> {
  try {
    await countAttempt(db, `forgot:${email}`, POLICIES.forgotEmail);
    return true;
  } catch (error) {
    if (error instanceof AppError && error.code === 'too_many_requests') return false;
    throw error;
  }
}

/**
 * Forgot password: one mail to the address with a reset link for each workspace it has an account
 * in. The answer is the same (202) whether or not there is an account, and takes at least
 * FORGOT_MIN_MS either way. A client asking too often gets 429 (per client address); an address
 * asked for too often simply gets no more mails for a while, so nobody can mail-bomb it.
 */
export async function forgotPassword(db: Database, email: string, clientAddress: string, links: LinkContext) {
  // No access check: anyone may ask; only the owner of the mailbox can use the link.
  const started = Date.now();
  await countAttempt(db, `forgot-address:${clientAddress}`, POLICIES.forgotAddress);
  if (links.mailer.mailEnabled && (await mayMail(db, email))) await mailResetLinks(db, email, links);
  await sleep(Math.max(0, FORGOT_MIN_MS - (Date.now() - started)));
}

async function mailResetLinks(db: Database, email: string, links: LinkContext) {
  const accounts = await repo.accountsByEmail(db, email, MAX_ACCOUNTS_PER_EMAIL);
  if (accounts.length === 0) return;
  await db.transaction(async (tx) => {
    const urls = [];
    for (const account of accounts) {
      const { token } = await issueLink(tx, account.id, 'reset', null);
      urls.push({ workspaceName: account.workspaceName, url: linkUrl(links.publicUrl, 'reset', token) });
    }
    await links.mailer.queueMail(resetMail(email, accounts[0].locale, urls), tx);
  });
}

const reasons = {
  unknown: 'This link is not valid: ask for a new one',
  used: 'This link has been used already: ask for a new one',
  expired: 'This link has expired: ask for a new one',
} as const;
const linkReasons = { unknown: 'link_invalid', used: 'link_used', expired: 'link_expired' } as const;

/**
 * Uses a one-time token in the transaction: exactly one of two requests with it wins (the
 * conditional UPDATE), the other gets 400 naming `token`. The look-up is by the SHA-256 of a
 * 256-bit random token; the stored hash is compared in constant time once more before it counts.
 */
async function useToken(tx: Queryable, token: string, purpose: repo.LinkPurpose): Promise<string> {
  const tokenHash = hashSecret(token);
  const link = await repo.useLink(tx, tokenHash, purpose);
  if (!link || !timingSafeEqual(Buffer.from(link.tokenHash), Buffer.from(tokenHash))) {
    const state = await repo.linkState(tx, tokenHash, purpose);
    throw invalid({ token: reasons[state] }, linkReasons[state]);
  }
  return link.userId;
}

/** A new password from a reset link: every session and API token of the user ends, and a new session starts. */
export async function resetPassword(db: Database, input: { token: string; password: string }, kdfCost: number) {
  // No access check: the one-time token is the proof (it reached the account's mailbox).
  const passwordHash = await hashPassword(input.password, kdfCost);
  return db.transaction(async (tx) => {
    const userId = await useToken(tx, input.token, 'reset');
    const row = await repo.setPassword(tx, userId, passwordHash);
    if (!row.active || row.invitedAt) throw invalid({ token: reasons.unknown }, 'link_invalid');
    return finishPasswordChange(tx, row);
  });
}

async function finishPasswordChange(tx: Queryable, row: Awaited<ReturnType<typeof repo.setPassword>>) {
  await deleteSessionsOf(tx, row.id);
  await deleteTokensOf(tx, row.id);
  await repo.deleteLinksOf(tx, row.id, 'reset', { unusedOnly: true });
  // Whoever was guessing the old password starts from zero against the new one; the owner is let in.
  await clearAttempts(tx, `email:${row.email}`);
  return { user: await presentUser(tx, row), secret: await startSession(tx, row.id) };
}

/** An invited person chooses their password (and name): the invitation ends and they are signed in. */
export async function acceptInvitation(db: Database, input: { token: string; password: string; name?: string }, kdfCost: number) {
  // No access check: the one-time token is the proof (the admin sent it to this person).
  const passwordHash = await hashPassword(input.password, kdfCost);
  return db.transaction(async (tx) => {
    const userId = await useToken(tx, input.token, 'invitation');
    const row = await repo.setPassword(tx, userId, passwordHash, input.name);
    if (!row.active) throw invalid({ token: reasons.unknown }, 'link_invalid');
    return finishPasswordChange(tx, row);
  });
}
