import type { Queryable } from '../../db/client';
import { documentContents, documents } from '../../db/schema';

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
  await db.insert(documentContents).values(rows.map((r, i) => ({ documentId: r.id, content: files[i].content })));
  return rows;
}
