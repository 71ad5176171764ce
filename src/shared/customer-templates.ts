import { z } from 'zod';
import { booleanQuery } from './activities';
import { idSchema, requiredText } from './common';
import { because } from './reasons';
import { ruleProblem } from './recurrence';

/** Plain checks only (no transforms): the same schema describes the export's answer. */
const name = (max: number) =>
  z
    .string()
    .trim()
    .min(1, { message: 'Required' })
    .max(max, { message: `At most ${max} characters` });
const rule = z
  .string()
  .max(500)
  .refine((r) => ruleProblem(r) === null, because('recurrence', 'Not a recurrence rule Tend can follow'));

/** The JSON document a customer is exported as (issue 17): read back by POST /customers/import in this or another workspace. */
export const TEMPLATE_FORMAT = 'tend.customer';
export const TEMPLATE_VERSION = 1;

const text = (max: number) => z.string().max(max).nullable().optional();

export const templateProjectSchema = z.object({
  /** The project's key inside the document; `parentKey` names its parent's (null: at the top). */
  key: z.string().min(1).max(100),
  parentKey: z.string().max(100).nullable().optional(),
  name: name(200),
  description: text(5000),
  archived: z.boolean().optional(),
});

export const templateTaskSchema = z.object({
  subject: name(500),
  note: text(20_000),
  /** The activity type's key (call, meeting, task, …); a key the importing workspace lacks becomes its first type. */
  typeKey: z.string().max(100),
  projectKey: z.string().max(100).nullable().optional(),
  /** Days after the export day it was due (negative: before); null: no date. Imported, the days count from the import day. */
  dayOffset: z.number().int().min(-36_500).max(36_500).nullable(),
  /** Its time of day (HH:MM, the exporter's wall clock); null for an all-day task or one without a date. */
  time: z
    .string()
    .regex(/^\d{2}:\d{2}$/)
    .nullable()
    .optional(),
  allDay: z.boolean().optional(),
  durationMinutes: z.number().int().min(0).max(525_600).nullable().optional(),
  recurrence: rule.nullable().optional(),
});

export const templateContactSchema = z.object({
  firstName: name(100),
  lastName: z.string().max(100).optional(),
  title: text(100),
  email: text(320),
  phone: text(50),
});

export const customerDocumentSchema = z.object({
  format: z.literal(TEMPLATE_FORMAT),
  version: z.literal(TEMPLATE_VERSION),
  exportedAt: z.string().optional(),
  customer: z.object({
    name: z.string().max(200),
    status: z.string().max(50).optional(),
    email: text(320),
    phone: text(50),
    website: text(300),
    address: text(300),
    postalCode: text(20),
    city: text(100),
    countryCode: text(2),
  }),
  contacts: z.array(templateContactSchema).max(1000).default([]),
  projects: z.array(templateProjectSchema).max(2000).default([]),
  tasks: z.array(templateTaskSchema).max(5000).default([]),
});
export type CustomerDocument = z.infer<typeof customerDocumentSchema>;

export const customerExportQuerySchema = z.object({
  /** false leaves the contacts out of the document. */
  contacts: booleanQuery.optional(),
});

/** The document is checked by the service (its format and version first, for a clear 400), so it is taken as any JSON object here. */
export const customerImportSchema = z.object({
  document: z.record(z.string(), z.unknown()),
  name: requiredText(200),
  responsibleId: idSchema.optional(),
  shareWith: z
    .object({
      userIds: z.array(idSchema).max(200).optional(),
      groupIds: z.array(idSchema).max(200).optional(),
    })
    .optional(),
});
export type CustomerImport = z.infer<typeof customerImportSchema>;
