import type { Workspace, WorkspaceUpdate } from '../../../shared/workspace';
import { assertCan } from '../../access/policy';
import { recordChange } from '../../audit/audit';
import type { Database, Queryable } from '../../db/client';
import type { Actor } from '../../db/scope';
import { notFound } from '../../http/errors';
import * as repo from './workspace-settings.repository';

function toWorkspace(row: repo.WorkspaceRow): Workspace {
  return {
    id: row.id,
    name: row.name,
    defaultLocale: row.locale,
    defaultTimeZone: row.timeZone,
    weekStart: row.weekStart,
    currency: row.currency,
    exchangeRates: row.exchangeRates,
    customerVisibility: row.customerVisibility,
    calendarVisibility: row.calendarVisibility,
  };
}

async function workspaceOf(db: Queryable, actor: Actor, lock = false): Promise<Workspace> {
  const row = await repo.findWorkspace(db, actor, lock);
  if (!row) throw notFound('Workspace');
  return toWorkspace(row);
}

/** Everyone reads the workspace's name and defaults (formats, the date picker's first day). */
export async function getWorkspace(db: Queryable, actor: Actor): Promise<Workspace> {
  assertCan(actor, 'read', { kind: 'workspace' });
  return workspaceOf(db, actor);
}

/**
 * An admin changes the name, defaults or visibility settings (a change of customer visibility applies
 * at every user's next request: the session look-up reads it, see authenticate.ts). The row is locked while read and written, so two saves
 * at once each record the change they made; a save that changes nothing records nothing.
 */
export async function updateWorkspace(db: Database, actor: Actor, input: WorkspaceUpdate): Promise<Workspace> {
  assertCan(actor, 'change', { kind: 'workspace' });
  return db.transaction(async (tx) => {
    const before = await workspaceOf(tx, actor, true);
    const { defaultLocale, defaultTimeZone, ...same } = input;
    const changes = Object.fromEntries(Object.entries({ ...same, locale: defaultLocale, timeZone: defaultTimeZone }).filter(([, v]) => v !== undefined));
    if (Object.keys(changes).length === 0) return before;
    const after = toWorkspace(await repo.updateWorkspaceRow(tx, actor, changes));
    if (JSON.stringify(before) !== JSON.stringify(after)) {
      await recordChange(tx, actor, { action: 'update', entity: 'workspace', entityId: actor.workspaceId, before, after });
    }
    return after;
  });
}

/** The week start a workspace's users follow when they chose none. */
export async function workspaceWeekStart(db: Queryable, workspaceId: string): Promise<number> {
  // No access check: part of showing a user the caller may already see (users, sign-in).
  return repo.workspaceWeekStart(db, workspaceId);
}

/** What a user added without their own language or time zone gets: the workspace's defaults. */
export async function newUserDefaults(db: Queryable, actor: Actor): Promise<{ locale: string; timeZone: string; weekStart: number }> {
  // No access check: part of adding a user, which the users service checked.
  const row = await repo.findWorkspace(db, actor);
  return row ? { locale: row.locale, timeZone: row.timeZone, weekStart: row.weekStart } : { locale: actor.locale, timeZone: actor.timeZone, weekStart: 1 };
}
