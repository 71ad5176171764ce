import { z } from 'zod';
import { activitySchema, recurrenceSchema } from './activities';
import { dateSchema, idSchema, requiredText } from './common';
import { iconSchema } from './icons';
import { because, matching } from './reasons';
import { listItemCreateSchema, listItemSchema, listItemUpdateSchema, nameIsDefaultField } from './settings';

/** A tick box on a task's comment form; `defaultChecked` is how a new comment starts. */
export const commentCheckSchema = z.object({
  key: z
    .string()
    .trim()
    .regex(...matching(/^[a-z][a-z0-9_]{0,39}$/, 'key', 'Lower-case letters, digits and _ (e.g. "report_sent")')),
  label: requiredText(100),
  defaultChecked: z.boolean().default(false),
});
export type CommentCheck = z.infer<typeof commentCheckSchema>;

export const DUE_KINDS = ['none', 'deadline', 'recurring'] as const;
export type DueKind = (typeof DUE_KINDS)[number];

const idsSchema = z.array(idSchema).max(100, { message: 'At most 100' });
const itemKey = { key: z.string().nullable(), ...nameIsDefaultField };

export const workAreaSchema = listItemSchema.extend(itemKey);
export const workAreaCreateSchema = listItemCreateSchema;
export const workAreaUpdateSchema = listItemUpdateSchema.extend({ nameIsDefault: z.boolean().optional() });

export const taskTemplateSchema = listItemSchema.extend({
  ...itemKey,
  icon: z.string(),
  workAreaIds: z.array(z.string()),
  typeId: z.string(),
  due: z.enum(DUE_KINDS),
  dueInDays: z.number().nullable(),
  recurrence: z.string().nullable(),
  commentChecks: z.array(commentCheckSchema),
});
export type TaskTemplate = z.infer<typeof taskTemplateSchema>;

const templateFields = {
  icon: iconSchema,
  workAreaIds: idsSchema,
  typeId: idSchema,
  due: z.enum(DUE_KINDS),
  dueInDays: z.number().int().min(0).max(3650).nullable(),
  recurrence: recurrenceSchema.nullable(),
  commentChecks: z.array(commentCheckSchema).max(20),
};

export interface DueFields {
  due?: DueKind;
  dueInDays?: number | null;
  recurrence?: string | null;
}

/**
 * The due kind and its one field go together: `deadline` needs `dueInDays`, `recurring` needs
 * `recurrence`, and the field of another kind is cleared (so a template never holds both).
 */
function dueRules<T extends DueFields>(value: T, ctx: z.RefinementCtx): T {
  const { due } = value;
  // A change without `due` is checked against the stored kind (dueFieldProblems), on the server.
  if (due === undefined) return value;
  if (due === 'deadline' && value.dueInDays == null) ctx.addIssue({ code: 'custom', path: ['dueInDays'], ...because('required', 'Required for a deadline') });
  if (due === 'recurring' && value.recurrence == null)
    ctx.addIssue({ code: 'custom', path: ['recurrence'], ...because('required', 'Required for a recurring task') });
  return { ...value, dueInDays: due === 'deadline' ? value.dueInDays : null, recurrence: due === 'recurring' ? value.recurrence : null };
}

/** The one due field each kind keeps. */
const dueFieldOf = { none: null, deadline: 'dueInDays', recurring: 'recurrence' } as const satisfies Record<DueKind, keyof DueFields | null>;

/**
 * A template change that sends a due field without `due`, against the stored kind: the stored
 * kind's field may change alone but not be cleared; the other kind's field cannot be set (send
 * `due` to change the kind). The refused fields, each with its message and reason.
 */
export function dueFieldProblems(stored: DueKind, change: DueFields): Record<string, { message: string; code: 'required' | 'invalid' }> {
  if (change.due !== undefined) return {};
  const problems: Record<string, { message: string; code: 'required' | 'invalid' }> = {};
  for (const field of ['dueInDays', 'recurrence'] as const) {
    const value = change[field];
    if (value === undefined) continue;
    if (field === dueFieldOf[stored] && value === null) problems[field] = { message: `Required while due is ${stored}`, code: 'required' };
    if (field !== dueFieldOf[stored] && value !== null) problems[field] = { message: `Not used while due is ${stored}; send due with it`, code: 'invalid' };
  }
  return problems;
}

export const taskTemplateCreateSchema = listItemCreateSchema
  .extend({
    ...templateFields,
    icon: templateFields.icon.default('square-check'),
    workAreaIds: idsSchema.default([]),
    typeId: idSchema.optional(),
    due: templateFields.due.default('none'),
    dueInDays: templateFields.dueInDays.optional(),
    recurrence: templateFields.recurrence.optional(),
    commentChecks: templateFields.commentChecks.default([]),
  })
  .transform(dueRules);
export const taskTemplateUpdateSchema = listItemUpdateSchema
  .extend({ ...z.object(templateFields).partial().shape, nameIsDefault: z.boolean().optional() })
  .transform(dueRules);

/**
 * The template form as the web app holds it, checked with the same rules: a check added in the form
 * gets its key when saved, and no type ('') means the standard "Task" type the server picks.
 */
const templateFormFields = {
  ...templateFields,
  typeId: z.union([z.literal(''), idSchema]),
  commentChecks: z.array(commentCheckSchema.extend({ key: z.string() })).max(20),
};
export const taskTemplateFormSchema = z.object(templateFormFields).transform(dueRules);
export const taskTemplateAddFormSchema = listItemCreateSchema.pick({ name: true }).extend(templateFormFields).transform(dueRules);

/** Products bundle task templates: adding a product to a customer creates their tasks. */
export const productSchema = listItemSchema.extend({ taskTemplateIds: z.array(z.string()) });
export const productCreateSchema = listItemCreateSchema.extend({ taskTemplateIds: idsSchema.default([]) });
export const productUpdateSchema = listItemUpdateSchema.extend({ taskTemplateIds: idsSchema.optional() });

export const customerProductAddSchema = z.object({ productId: idSchema, startsOn: dateSchema.optional() });
export const taskCreateSchema = z.object({
  templateId: idSchema,
  customerId: idSchema,
  responsibleId: idSchema.optional(),
  /** The day the task's deadline or series counts from (default: today in the caller's time zone). */
  startsOn: dateSchema.optional(),
  workAreaId: idSchema.optional(),
});
export type TaskCreate = z.infer<typeof taskCreateSchema>;

export const taskSchema = activitySchema;
export const tasksAnswerSchema = z.object({ tasks: z.array(activitySchema) });

/** The work-area tab: each enrolled customer with its next open and last completed task of the area. */
export const workAreaCustomerSchema = z.object({
  customerId: z.string(),
  customerName: z.string(),
  status: z.string(),
  responsibleId: z.string().nullable(),
  overdue: z.boolean(),
  nextTask: z.object({ id: z.string(), subject: z.string(), scheduledAt: z.string().nullable(), allDay: z.boolean() }).nullable(),
  lastDone: z.object({ id: z.string(), subject: z.string(), doneAt: z.string().nullable() }).nullable(),
});
export type WorkAreaCustomer = z.infer<typeof workAreaCustomerSchema>;
