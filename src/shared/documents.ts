import { z } from 'zod';
import { dateTimeOutSchema } from './common';

/** The largest file Tend keeps: 25 MB (as a mail's size limit in the drop-box). */
export const DOCUMENT_MAX_BYTES = 25 * 1024 * 1024;
/** Files in one upload request. */
export const DOCUMENT_MAX_FILES = 20;

export const DOCUMENT_KINDS = ['file', 'message', 'attachment'] as const;

/** A file on an activity: an upload (`file`), a journaled mail's .eml (`message`) or one of its attachments. */
export const documentSchema = z.object({
  id: z.string(),
  activityId: z.string(),
  name: z.string(),
  /** Bytes. */
  size: z.number(),
  contentType: z.string(),
  kind: z.enum(DOCUMENT_KINDS),
  createdAt: dateTimeOutSchema,
  createdById: z.string().nullable(),
  createdByName: z.string().nullable(),
});
export type Document = z.infer<typeof documentSchema>;

export const documentListSchema = z.object({ items: z.array(documentSchema) });

export const documentContentQuerySchema = z.object({
  /** `1`/`true`: shown in the browser where that is safe (images, PDF, plain text); anything else is always a download. */
  inline: z
    .enum(['1', '0', 'true', 'false'])
    .transform((v) => v === '1' || v === 'true')
    .optional(),
});
