import { z } from 'zod';
import { dateSchema, idSchema, requiredText } from './common';

/** What a report counts (issue 18, seed 004): activities or sales projects. */
export const REPORT_SUBJECTS = ['activities', 'sales-projects'] as const;
export const reportSubjectSchema = z.enum(REPORT_SUBJECTS, { message: `One of ${REPORT_SUBJECTS.join(', ')}` });
export type ReportSubject = z.infer<typeof reportSubjectSchema>;

/** How rows are grouped: by a record (responsible, type, …) or by the day, week or month, in the caller's time zone. */
export const REPORT_GROUPINGS = ['responsible', 'type', 'status', 'customer', 'industry', 'category', 'campaign', 'day', 'week', 'month'] as const;
export const reportGroupingSchema = z.enum(REPORT_GROUPINGS, { message: `One of ${REPORT_GROUPINGS.join(', ')}` });
export type ReportGrouping = z.infer<typeof reportGroupingSchema>;
export const TIME_GROUPINGS: readonly ReportGrouping[] = ['day', 'week', 'month'];

/** The numbers each subject has. */
export const MEASURES = {
  activities: ['count', 'done', 'open', 'overdue'],
  /** `amount`, `won`, `lost`: sums of amounts (all, won, lost); `budget`: the sales budgets of the responsible users and months (groupings by responsible and month only). */
  'sales-projects': ['count', 'amount', 'won', 'lost', 'budget'],
} as const;
export const ALL_MEASURES = ['count', 'done', 'open', 'overdue', 'amount', 'won', 'lost', 'budget'] as const;
export const reportMeasureSchema = z.enum(ALL_MEASURES, { message: `One of ${ALL_MEASURES.join(', ')}` });
export type ReportMeasure = z.infer<typeof reportMeasureSchema>;

/** Which records count: a period (on the activity's date, or the sales project's expected close) and record filters. */
export const reportFiltersSchema = z
  .object({
    from: dateSchema.optional(),
    to: dateSchema.optional(),
    responsibleId: idSchema.optional(),
    typeId: idSchema.optional(),
    statusId: idSchema.optional(),
    customerId: idSchema.optional(),
    campaignId: idSchema.optional(),
    done: z.boolean().optional(),
    /** Sales projects: the stage. */
    stageId: idSchema.optional(),
  })
  .strict();
export type ReportFilters = z.infer<typeof reportFiltersSchema>;

export const CHARTS = ['bar', 'line'] as const;
export const chartSchema = z.enum(CHARTS);

/** A report to run: the subject, which records, up to two groupings, the measures. */
export const reportDefinitionSchema = z
  .object({
    subject: reportSubjectSchema,
    filters: reportFiltersSchema.optional(),
    groupBy: z.array(reportGroupingSchema).max(2, { message: 'At most two groupings' }),
    measures: z.array(reportMeasureSchema).min(1, { message: 'At least one measure' }).max(4),
    chart: chartSchema.optional(),
  })
  .strict();
export type ReportDefinition = z.infer<typeof reportDefinitionSchema>;

export const reportColumnSchema = z.object({ key: z.string(), kind: z.enum(['group', 'measure']) });
/** One value of a grouping: the record's id (or the date: YYYY-MM-DD for days and weeks, YYYY-MM for months) and its name. */
export const reportKeySchema = z.object({ key: z.string().nullable(), label: z.string().nullable() });
export const reportRowSchema = z.object({ groups: z.array(reportKeySchema), values: z.record(z.string(), z.number()) });
export type ReportRow = z.infer<typeof reportRowSchema>;
export const reportResultSchema = z.object({
  columns: z.array(reportColumnSchema),
  rows: z.array(reportRowSchema),
  totals: z.record(z.string(), z.number()),
});
export type ReportResult = z.infer<typeof reportResultSchema>;

/** A saved report: its owner edits it; `shared` shows it to the whole workspace. Ready-made ones have ids `ready-…` and no owner. */
export const savedReportSchema = z.object({
  id: z.string(),
  name: z.string(),
  ownerId: z.string().nullable(),
  shared: z.boolean(),
  readyMade: z.boolean(),
  definition: reportDefinitionSchema,
  createdAt: z.string().nullable(),
  updatedAt: z.string().nullable(),
});
export type SavedReport = z.infer<typeof savedReportSchema>;

export const savedReportCreateSchema = z.object({
  name: requiredText(200),
  shared: z.boolean().optional(),
  definition: reportDefinitionSchema,
});
export const savedReportPatchSchema = savedReportCreateSchema.partial();

/** Saved reports are read by id (a uuid) or ready-made key (`ready-…`). */
export const reportIdParams = z.object({
  id: z.union([idSchema, z.string().regex(/^ready-[a-z-]+$/)], { message: 'Not a valid report id' }),
});

export const EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export const exportQuerySchema = z.object({ format: z.enum(EXPORT_FORMATS, { message: 'csv or xlsx' }) });
