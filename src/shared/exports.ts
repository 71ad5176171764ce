import { z } from 'zod';
import { activityListQuerySchema } from './activities';
import { contactListQuerySchema } from './contacts';
import { customerListQuerySchema } from './customers';
import { EXPORT_FORMATS } from './reports';
import { todoFilterSchema, todoQuerySchema } from './todo';

/**
 * Exports (issue 19): the lists' own filters, without paging (the whole list is written, streamed),
 * and the file format.
 */
export const exportFormatSchema = z.enum(EXPORT_FORMATS, { message: 'csv or xlsx' });
export type ExportFormat = z.infer<typeof exportFormatSchema>;

export const EXPORT_ENTITIES = ['customers', 'contacts', 'activities'] as const;
export type ExportEntity = (typeof EXPORT_ENTITIES)[number];

const paging = { limit: true, cursor: true } as const;

/** GET /customers/export: the customer list's filters and order. */
export const customerExportQuerySchema = customerListQuerySchema.omit(paging).extend({ format: exportFormatSchema });
export type CustomerExportQuery = z.infer<typeof customerExportQuerySchema>;

/** GET /contacts/export: the contact list's filters. */
export const contactExportQuerySchema = contactListQuerySchema.omit(paging).extend({ format: exportFormatSchema });
export type ContactExportQuery = z.infer<typeof contactExportQuerySchema>;

export const ACTIVITY_EXPORT_VIEWS = ['search', 'todo'] as const;

/**
 * GET /activities/export: `view=search` (default) takes the activity search's filters (a customer's
 * activities with `customerId`); `view=todo` the to-do list's filters and order.
 */
export const activityExportQuerySchema = activityListQuerySchema.omit({ ...paging, responsibleId: true }).extend({
  format: exportFormatSchema,
  view: z.enum(ACTIVITY_EXPORT_VIEWS, { message: 'search or todo' }).default('search'),
  /** A user's id; `all` (the to-do's "everyone") is the same as leaving it out in the search. */
  responsibleId: todoFilterSchema.shape.responsibleId,
  groupId: todoFilterSchema.shape.groupId,
  includeDone: todoFilterSchema.shape.includeDone,
  period: todoFilterSchema.shape.period,
  sort: todoQuerySchema.shape.sort,
  order: todoQuerySchema.shape.order,
});
export type ActivityExportQuery = z.infer<typeof activityExportQuerySchema>;
