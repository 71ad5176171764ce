import type { Queryable } from '../../db/client';
import type { Actor } from '../../db/scope';
import { type DocumentRow, insertDocuments, type NewDocument } from './documents.repository';

export type { DocumentKind, DocumentRow, NewDocument } from './documents.repository';

/**
 * Files that come with an activity another feature is creating in `tx` (a journaled mail's .eml
 * and attachments): that feature has already checked the caller may create the activity.
 */
export function attachToNewActivity(tx: Queryable, actor: Actor, activityId: string, files: NewDocument[]): Promise<DocumentRow[]> {
  return insertDocuments(tx, actor.workspaceId, activityId, actor.userId, files);
}
