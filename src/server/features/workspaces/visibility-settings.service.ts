import type { VisibilitySettings, VisibilitySettingsUpdate } from '../../../shared/sharing';
import { assertCan } from '../../access/policy';
import { recordChange } from '../../audit/audit';
import type { Database, Queryable } from '../../db/client';
import type { Actor } from '../../db/scope';
import { notFound } from '../../http/errors';
import * as repo from './visibility-settings.repository';

/*
 * The workspace's visibility settings (issue 13), kept apart from the rest of the workspace's
 * settings so GET|PATCH /workspace can take them in as two more fields.
 */

async function settingsOf(db: Queryable, actor: Actor, lock = false): Promise<VisibilitySettings> {
  const row = await repo.findVisibility(db, actor, lock);
  if (!row) throw notFound('Workspace');
  return row;
}

/** Everyone reads them (the web app hides what a setting makes pointless). */
export async function getVisibilitySettings(db: Queryable, actor: Actor): Promise<VisibilitySettings> {
  assertCan(actor, 'read', { kind: 'workspace' });
  return settingsOf(db, actor);
}

/** The workspace's customer visibility, for services that explain it (no check: part of a checked call). */
export async function customerVisibility(db: Queryable, actor: Actor): Promise<VisibilitySettings['customerVisibility']> {
  return (await settingsOf(db, actor)).customerVisibility;
}

/**
 * An admin changes them; logged. Takes effect at every user's next request: the session look-up
 * reads the setting each time (authenticate.ts).
 */
export async function updateVisibilitySettings(db: Database, actor: Actor, input: VisibilitySettingsUpdate): Promise<VisibilitySettings> {
  assertCan(actor, 'change', { kind: 'workspace' });
  return db.transaction(async (tx) => {
    const before = await settingsOf(tx, actor, true);
    const after = { ...before, ...Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) } as VisibilitySettings;
    if (JSON.stringify(before) === JSON.stringify(after)) return before;
    await repo.updateVisibility(tx, actor, after);
    await recordChange(tx, actor, { action: 'update', entity: 'workspace', entityId: actor.workspaceId, before, after });
    return after;
  });
}
