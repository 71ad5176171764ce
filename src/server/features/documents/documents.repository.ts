import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/client';
import { activities, documentContents, documents, users } from '../../db/schema';
import { type Actor, activityNotInTrash, visibleTo } from '../../db/scope';

export type DocumentKind = 'file' | 'message' | 'attachment';

export interface NewDocument {
  name: string;
  contentType: string;
  content: Buffer;
  kind?: DocumentKind;
}

export interface DocumentRow {
  id: string;
  activityId: string;
  name: string;
  contentType: string;
  size: number;
  kind: string;
  createdAt: Date;
}

export type ListedDocument = DocumentRow & { createdById: string | null; createdByName: string | null };

/** Stores files on one activity (the caller has checked the activity and holds the transaction). */
export async function insertDocuments(
  db: Queryable,
  workspaceId: string,
  activityId: string,
  createdById: string | null,
  files: NewDocument[],
): Promise<DocumentRow[]> {
  if (files.length === 0) return [];
  const rows = await db
    .insert(documents)
    .values(
      files.map((f) => ({
        workspaceId,
        activityId,
        name: f.name,
        contentType: f.contentType,
        size: f.content.length,
        kind: f.kind ?? 'file',
        createdById,
      })),
    )
    .returning({
      id: documents.id,
      activityId: documents.activityId,
      name: documents.name,
      contentType: documents.contentType,
      size: documents.size,
      kind: documents.kind,
      createdAt: documents.createdAt,
    });
  for (const [i, row] of rows.entries()) {
    await db.insert(documentContents).values({ documentId: row.id, content: base64Bytes(files[i].content) });
  }
  return rows;
}

const listColumns = {
  id: documents.id,
  activityId: documents.activityId,
  name: documents.name,
  contentType: documents.contentType,
  size: documents.size,
  kind: documents.kind,
  createdAt: documents.createdAt,
  createdById: documents.createdById,
  createdByName: users.name,
};

/** The documents of one activity, oldest first, those uploaded together by name (the caller has checked the activity is visible); `ids`: only these. */
export function listDocuments(db: Queryable, actor: Actor, activityId: string, ids?: string[]): Promise<ListedDocument[]> {
  return db
    .select(listColumns)
    .from(documents)
    .leftJoin(users, eq(users.id, documents.createdById))
    .where(and(eq(documents.workspaceId, actor.workspaceId), eq(documents.activityId, activityId), ids ? inArray(documents.id, ids) : undefined))
    .orderBy(asc(documents.createdAt), asc(documents.name), asc(documents.id));
}

/**
 * A document whose activity the caller may see (the activity's visibility rule, not in the trash),
 * or null: another workspace's, a private activity's, a restricted customer's are all not found.
 */
export async function findDocument(db: Queryable, actor: Actor, id: string): Promise<DocumentRow | null> {
  const [row] = await db
    .select({
      id: documents.id,
      activityId: documents.activityId,
      name: documents.name,
      contentType: documents.contentType,
      size: documents.size,
      kind: documents.kind,
      createdAt: documents.createdAt,
    })
    .from(documents)
    .innerJoin(activities, eq(activities.id, documents.activityId))
    .where(visibleTo(actor, activities, eq(documents.id, id), eq(documents.workspaceId, actor.workspaceId), activityNotInTrash(activities.customerId)));
  return row ?? null;
}

/**
 * Bytes travel to and from the database as base64 text: the embedded engine (PGlite) took 15 s to
 * take a 25 MB bytea parameter and 4 s to give it back, as base64 3 s and 0.6 s; PostgreSQL decodes
 * either in a blink.
 */
const base64Bytes = (content: Buffer) => sql<Buffer>`decode(${content.toString('base64')}, 'base64')`;

/** The bytes of a document found with findDocument. */
export async function readContent(db: Queryable, documentId: string): Promise<Buffer | null> {
  const [row] = await db
    .select({ content: sql<string>`encode(${documentContents.content}, 'base64')` })
    .from(documentContents)
    .where(eq(documentContents.documentId, documentId));
  return row ? Buffer.from(row.content, 'base64') : null;
}

export async function deleteDocument(db: Queryable, actor: Actor, id: string): Promise<boolean> {
  const gone = await db
    .delete(documents)
    .where(and(eq(documents.workspaceId, actor.workspaceId), eq(documents.id, id)))
    .returning({ id: documents.id });
  return gone.length > 0;
}
