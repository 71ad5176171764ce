import { z } from 'zod';
import { dateSchema, dateTimeInSchema, idSchema, optionalText, pageQuerySchema, requiredText } from './common';
import { matching } from './reasons';
import { listItemCreateSchema, listItemSchema, listItemUpdateSchema, nameIsDefaultField } from './settings';

/** Sales stages (issue 18): a settings list; `won`/`lost` stages close a sales project. */
export const SALES_STAGE_KINDS = ['open', 'won', 'lost'] as const;
export type SalesStageKind = (typeof SALES_STAGE_KINDS)[number];
const probabilitySchema = z.number().int().min(0, { message: 'At least 0' }).max(100, { message: 'At most 100' });

export const salesStageSchema = listItemSchema.extend({
  key: z.string().nullable(),
  ...nameIsDefaultField,
  probability: z.number(),
  kind: z.enum(SALES_STAGE_KINDS),
});
export type SalesStage = z.infer<typeof salesStageSchema>;
export const salesStageCreateSchema = listItemCreateSchema.extend({
  probability: probabilitySchema.default(0),
  kind: z.enum(SALES_STAGE_KINDS).default('open'),
});
export const salesStageUpdateSchema = listItemUpdateSchema.extend({
  nameIsDefault: z.boolean().optional(),
  probability: probabilitySchema.optional(),
  kind: z.enum(SALES_STAGE_KINDS).optional(),
});

export const SALES_PROJECT_STATUSES = SALES_STAGE_KINDS;
export type SalesProjectStatus = SalesStageKind;

export const currencySchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(...matching(/^[A-Z]{3}$/, 'currency', 'Three letters (ISO 4217, e.g. EUR)'));

export const salesProjectSchema = z.object({
  id: z.string(),
  name: z.string(),
  customerId: z.string(),
  customerName: z.string(),
  contactId: z.string().nullable(),
  responsibleId: z.string(),
  sourceId: z.string().nullable(),
  stageId: z.string(),
  /** The stage's kind: open, won or lost. */
  status: z.enum(SALES_PROJECT_STATUSES),
  amount: z.number().nullable(),
  currency: z.string(),
  probability: z.number(),
  expectedCloseDate: z.string().nullable(),
  followUpAt: z.string().nullable(),
  followUpTypeId: z.string().nullable(),
  followUpText: z.string().nullable(),
  /** The project's current follow-up activity (open in the to-do until done). */
  followUpActivityId: z.string().nullable(),
  campaignId: z.string().nullable(),
  closedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type SalesProject = z.infer<typeof salesProjectSchema>;

const amountSchema = z.number().min(0, { message: 'At least 0' }).max(999_999_999_999, { message: 'Too large' }).nullable();

/** The form's fields (the web form uses this schema too). */
export const salesProjectFields = {
  name: requiredText(200),
  customerId: idSchema,
  contactId: idSchema.nullable().optional(),
  responsibleId: idSchema.optional(),
  sourceId: idSchema.nullable().optional(),
  stageId: idSchema.optional(),
  amount: amountSchema.optional(),
  currency: currencySchema.optional(),
  probability: probabilitySchema.optional(),
  expectedCloseDate: dateSchema.nullable().optional(),
  followUpAt: dateTimeInSchema.nullable().optional(),
  followUpTypeId: idSchema.nullable().optional(),
  followUpText: optionalText(500),
  campaignId: idSchema.nullable().optional(),
};
export const salesProjectCreateSchema = z.object(salesProjectFields);
export type SalesProjectCreate = z.infer<typeof salesProjectCreateSchema>;
export const salesProjectUpdateSchema = z.object(salesProjectFields).partial();
export type SalesProjectUpdate = z.infer<typeof salesProjectUpdateSchema>;

export const salesProjectListQuerySchema = pageQuerySchema.extend({
  responsibleId: idSchema.optional(),
  stageId: idSchema.optional(),
  status: z.enum(SALES_PROJECT_STATUSES).optional(),
  customerId: idSchema.optional(),
  campaignId: idSchema.optional(),
});
export type SalesProjectListQuery = z.infer<typeof salesProjectListQuerySchema>;

/** Campaigns: activities, sales projects and customers link to one. */
export const campaignSchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  startsOn: z.string().nullable(),
  endsOn: z.string().nullable(),
  active: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Campaign = z.infer<typeof campaignSchema>;

const campaignFields = {
  name: requiredText(200),
  description: optionalText(5000),
  startsOn: dateSchema.nullable().optional(),
  endsOn: dateSchema.nullable().optional(),
  active: z.boolean().optional(),
};
export const campaignCreateSchema = z.object(campaignFields);
export type CampaignCreate = z.infer<typeof campaignCreateSchema>;
export const campaignUpdateSchema = z.object(campaignFields).partial();
export type CampaignUpdate = z.infer<typeof campaignUpdateSchema>;

export const campaignListQuerySchema = pageQuerySchema.extend({ active: z.enum(['true', 'false']).optional() });

export const campaignResultsSchema = z.object({
  activities: z.number(),
  customers: z.number(),
  byType: z.array(z.object({ typeId: z.string(), count: z.number() })),
  salesProjects: z.number(),
  /** The sum of won sales projects' amounts (in their currencies as entered; the workspace currency is the norm). */
  wonAmount: z.number(),
});
export type CampaignResults = z.infer<typeof campaignResultsSchema>;

/**
 * The sales project form of the web app (react-hook-form), checked with this schema in the browser:
 * the fields as typed (an amount in the user's locale, a date, a local date and time); the page
 * turns them into a `salesProjectUpdateSchema` body, which the server checks again.
 */
const formId = z.union([z.literal(''), idSchema]);
export const salesProjectFormSchema = z.object({
  name: requiredText(200),
  /** The customer as the picker holds it (its name shown). */
  customer: z
    .object({ id: idSchema, name: z.string() })
    .nullable()
    .refine((value) => value !== null, { message: 'Required' }),
  contactId: formId,
  responsibleId: idSchema,
  sourceId: formId,
  stageId: idSchema,
  amount: z.string().trim().max(30, { message: 'At most 30 characters' }),
  currency: z.union([z.literal(''), currencySchema]),
  expectedCloseDate: z.union([z.literal(''), dateSchema]),
  followUpAt: z.string().trim().max(30, { message: 'At most 30 characters' }),
  followUpTypeId: formId,
  followUpText: z.string().trim().max(500, { message: 'At most 500 characters' }),
  campaignId: z.string(),
});
export type SalesProjectForm = z.input<typeof salesProjectFormSchema>;

/** The campaign form of the web app: dates as typed ('' for none); the page sends `campaignCreateSchema`/`campaignUpdateSchema` bodies. */
export const campaignFormSchema = z.object({
  name: requiredText(200),
  description: z.string().trim().max(5000, { message: 'At most 5000 characters' }),
  startsOn: z.union([z.literal(''), dateSchema]),
  endsOn: z.union([z.literal(''), dateSchema]),
  active: z.boolean(),
});
export type CampaignForm = z.input<typeof campaignFormSchema>;
