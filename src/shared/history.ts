import { z } from 'zod';
import { dateSchema, idSchema, pageQuerySchema } from './common';

/** What a change log entry records. */
export const AUDIT_ACTIONS = ['create', 'update', 'delete', 'move', 'trash', 'restore', 'complete', 'reopen'] as const;

/** One changed field; a label is the name of what an id (or a status key) refers to, absent for plain values. */
export const fieldChangeSchema = z.object({
  field: z.string(),
  before: z.unknown(),
  after: z.unknown(),
  beforeLabel: z.string().nullable().optional(),
  afterLabel: z.string().nullable().optional(),
});
export type FieldChange = z.infer<typeof fieldChangeSchema>;

/**
 * A change log entry. `before`/`after` are as recorded; `userName`, `entityName` (the record's name
 * now, or the last one known once it is gone) and `changes` (the fields that differ, with labels)
 * are what a sentence needs.
 */
export const auditEntrySchema = z.object({
  id: z.string(),
  at: z.string(),
  userId: z.string().nullable(),
  userName: z.string().nullable(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string().nullable(),
  entityName: z.string().nullable(),
  customerId: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
  changes: z.array(fieldChangeSchema),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

/** Filters shared by the workspace's log and a customer's history; dates are days in the caller's time zone. */
const entryFilters = {
  userId: idSchema.optional(),
  action: z.enum(AUDIT_ACTIONS).optional(),
  from: dateSchema.optional(),
  to: dateSchema.optional(),
};

export const historyQuerySchema = pageQuerySchema.extend(entryFilters);
export type HistoryQuery = z.infer<typeof historyQuerySchema>;

export const auditLogQuerySchema = pageQuerySchema.extend({
  ...entryFilters,
  entity: z.string().max(50).optional(),
  entityId: idSchema.optional(),
  customerId: idSchema.optional(),
});
export type AuditLogQuery = z.infer<typeof auditLogQuerySchema>;
