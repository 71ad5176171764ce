import type { z } from 'zod';
import type { auditEntrySchema } from '../../../shared/settings';
import { assertCan } from '../../access/policy';
import { listChanges } from '../../audit/audit';
import type { Database } from '../../db/client';
import type { Actor } from '../../db/scope';
import { decodeCursor, page } from '../../http/cursor';

/** Every settings change, newest first: who, when, what, before and after. */
export async function listAuditLog(
  db: Database,
  actor: Actor,
  query: { entity?: string; limit: number; cursor?: string },
): Promise<{ items: z.infer<typeof auditEntrySchema>[]; nextCursor: string | null }> {
  assertCan(actor, 'read', { kind: 'audit-log' });
  const rows = await listChanges(db, actor, { entity: query.entity, limit: query.limit, after: decodeCursor(query.cursor, ['instant', 'id']) });
  const result = page(rows, query.limit, (row) => [row.atIso, row.id]);
  return {
    items: result.items.map((row) => ({
      at: row.atIso,
      userId: row.userId,
      action: row.action,
      entity: row.entity,
      entityId: row.entityId,
      before: row.before,
      after: row.after,
    })),
    nextCursor: result.nextCursor,
  };
}
