import { z } from 'zod';
import { dateTimeOutSchema, idSchema } from './common';

/** What a file can be imported as (issue 19). */
export const IMPORT_ENTITIES = ['customers', 'contacts', 'activities'] as const;
export const importEntitySchema = z.enum(IMPORT_ENTITIES, { message: 'One of customers, contacts, activities' });
export type ImportEntity = z.infer<typeof importEntitySchema>;

/** The fields a column can fill, per entity; the first of each list must be mapped (contacts: a name and the customer). */
export const IMPORT_FIELDS = {
  customers: ['name', 'email', 'phone', 'website', 'address', 'postalCode', 'city', 'countryCode', 'status', 'responsible'],
  contacts: ['customer', 'firstName', 'lastName', 'fullName', 'title', 'email', 'phone'],
  activities: ['customer', 'subject', 'type', 'date', 'note', 'done', 'responsible'],
} as const satisfies Record<ImportEntity, readonly string[]>;
export type ImportField = (typeof IMPORT_FIELDS)[ImportEntity][number];
export const ALL_IMPORT_FIELDS = [...new Set(Object.values(IMPORT_FIELDS).flat())] as ImportField[];

/** Fields a run needs mapped, per entity (contacts: firstName or fullName as well). */
export const REQUIRED_IMPORT_FIELDS: Record<ImportEntity, readonly ImportField[]> = {
  customers: ['name'],
  contacts: ['customer'],
  activities: ['customer', 'subject'],
};

export const IMPORT_MATCHES = ['email', 'name'] as const;
export const importMatchSchema = z.enum(IMPORT_MATCHES, { message: 'One of email, name' });
export type ImportMatch = z.infer<typeof importMatchSchema>;

/** Column name → the field it fills, or null to leave the column out. */
export const importMappingSchema = z.record(z.string().max(200), z.enum(ALL_IMPORT_FIELDS as [ImportField, ...ImportField[]]).nullable());
export type ImportMapping = z.infer<typeof importMappingSchema>;

export const importFailureSchema = z.object({
  /** The row as a spreadsheet numbers it: the header is row 1. */
  row: z.number().int(),
  field: z.string(),
  message: z.string(),
});
export type ImportFailure = z.infer<typeof importFailureSchema>;

export const IMPORT_STATUSES = ['uploaded', 'queued', 'running', 'done', 'failed'] as const;

export const importSchema = z.object({
  id: idSchema,
  entity: importEntitySchema,
  fileName: z.string(),
  columns: z.array(z.string()),
  /** The first rows of the file (at most 10), for the preview. */
  sample: z.array(z.array(z.string())),
  /** The proposed mapping until a run, then the one it ran with. */
  mapping: importMappingSchema,
  match: importMatchSchema.nullable(),
  status: z.enum(IMPORT_STATUSES),
  total: z.number().int(),
  done: z.number().int(),
  created: z.number().int(),
  updated: z.number().int(),
  /** The first 500 rows that failed; `failedCount` counts them all (GET …/failed.csv has every one). */
  failed: z.array(importFailureSchema),
  failedCount: z.number().int(),
  createdAt: dateTimeOutSchema,
});
export type Import = z.infer<typeof importSchema>;

export const importRunSchema = z.object({
  mapping: importMappingSchema,
  /** How a row finds the record it updates: by email (a row without one by name), or by name. Default email. */
  match: importMatchSchema.optional(),
});
export type ImportRun = z.infer<typeof importRunSchema>;

/** The largest file an import takes. */
export const IMPORT_MAX_BYTES = 50 * 1024 * 1024;
export const IMPORT_MAX_ROWS = 200_000;
