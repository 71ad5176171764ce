import type { Document } from '../../../shared/documents';
import { assertCan, assertEditable } from '../../access/policy';
import { recordRecordChange } from '../../audit/audit';
import type { Database, Queryable } from '../../db/client';
import type { Actor } from '../../db/scope';
import { invalid, notFound } from '../../http/errors';
import { iso } from '../../http/serialize';
import { findActivityRow } from '../activities/activities.service';
import { type DocumentRow, insertDocuments, type ListedDocument, type NewDocument } from './documents.repository';
import * as repo from './documents.repository';

export type { DocumentKind, DocumentRow, NewDocument } from './documents.repository';

/**
 * Files that come with an activity another feature is creating in `tx` (a journaled mail's .eml
 * and attachments): that feature has already checked the caller may create the activity.
 */
export function attachToNewActivity(tx: Queryable, actor: Actor, activityId: string, files: NewDocument[]): Promise<DocumentRow[]> {
  return insertDocuments(tx, actor.workspaceId, activityId, actor.userId, files);
}

const toDocument = (row: ListedDocument): Document => ({
  id: row.id,
  activityId: row.activityId,
  name: row.name,
  size: row.size,
  contentType: row.contentType,
  kind: row.kind as Document['kind'],
  createdAt: iso(row.createdAt),
  createdById: row.createdById,
  createdByName: row.createdByName,
});

/** The documents of an activity the caller may see (404 otherwise), oldest first. */
export async function listDocuments(db: Database, actor: Actor, activityId: string): Promise<{ items: Document[] }> {
  assertCan(actor, 'read', { kind: 'activity' });
  await findActivityRow(db, actor, activityId);
  return { items: (await repo.listDocuments(db, actor, activityId)).map(toDocument) };
}

/**
 * Uploaded files on an activity the caller may change. `read` takes the files from the request
 * only once the caller may (nothing is read for a 403 or 404), and either every file is stored or,
 * when one is refused (too large), none.
 */
export async function uploadDocuments(db: Database, actor: Actor, activityId: string, read: () => Promise<NewDocument[]>): Promise<Document[]> {
  assertCan(actor, 'change', { kind: 'activity' });
  await findActivityRow(db, actor, activityId);
  await assertEditable(db, actor, { kind: 'activity', id: activityId });
  const files = await read();
  if (files.length === 0) throw invalid({ file: 'Send at least one file (multipart/form-data, field "file")' }, 'required');
  return db.transaction(async (tx) => {
    await findActivityRow(tx, actor, activityId);
    const stored = await insertDocuments(tx, actor.workspaceId, activityId, actor.userId, files);
    const listed = await repo.listDocuments(
      tx,
      actor,
      activityId,
      stored.map((d) => d.id),
    );
    return listed.map(toDocument);
  });
}

/** A document the caller may see, with its bytes. */
export async function documentContent(db: Database, actor: Actor, id: string): Promise<{ document: DocumentRow; content: Buffer }> {
  assertCan(actor, 'read', { kind: 'activity' });
  const document = await repo.findDocument(db, actor, id);
  const content = document ? await repo.readContent(db, document.id) : null;
  if (!document || !content) throw notFound();
  return { document, content };
}

/**
 * Removes a document from an activity the caller may change, and records it in the change log in
 * the same transaction (who, when, the file name and its activity): the customer's history and the
 * workspace's log show it. A delete that fails records nothing.
 */
export async function deleteDocument(db: Database, actor: Actor, id: string): Promise<void> {
  assertCan(actor, 'change', { kind: 'activity' });
  const document = await repo.findDocument(db, actor, id);
  if (!document) throw notFound();
  await assertEditable(db, actor, { kind: 'activity', id: document.activityId });
  await db.transaction(async (tx) => {
    const activity = await findActivityRow(tx, actor, document.activityId);
    if (!(await repo.deleteDocument(tx, actor, id))) throw notFound();
    const before = {
      name: document.name,
      contentType: document.contentType,
      size: document.size,
      kind: document.kind,
      activityId: activity.id,
      activitySubject: activity.subject,
      customerId: activity.customerId,
    };
    await recordRecordChange(tx, actor, { action: 'delete', entity: 'document', entityId: id, before, after: null });
  });
}
