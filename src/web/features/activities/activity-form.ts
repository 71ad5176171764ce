import { z } from 'zod';
import { type Activity, type ActivityCreate, activityCreateSchema } from '../../../shared/activities';
import { dateSchema, idSchema } from '../../../shared/common';
import type { CustomerRef } from '../customers/CustomerPicker';
import { nextHour, scheduleOf, whenOf } from './zoned-time';

const rules = activityCreateSchema.shape;
const customerRef = z.object({ id: idSchema, name: z.string() });
/** A select's "none" is '' in the form and null in the API. */
const optionalId = z.union([z.literal(''), idSchema]);

/**
 * The activity card as the form holds it, checked with the server's rules (`activityCreateSchema`'s
 * fields): customers with their names for the pickers, and the time as a date and a wall-clock time.
 */
export const activityFormSchema = z.object({
  typeId: rules.typeId,
  statusId: optionalId,
  subject: rules.subject,
  note: rules.note,
  customer: customerRef.nullable(),
  contactId: optionalId,
  /** A project of the customer (issue 17); '' for none. */
  projectId: optionalId.optional(),
  additionalCustomers: z.array(customerRef).max(50, { message: 'At most 50' }),
  responsibleId: idSchema,
  additionalUserIds: rules.additionalUserIds,
  when: z.object({ date: dateSchema, time: z.string(), allDay: z.boolean() }),
  private: z.boolean(),
  /** Minutes before (the API's rules: at most 10, at most 4 weeks); an undated task has none to offer. */
  reminders: rules.reminders.unwrap(),
});
export type ActivityFormValues = z.input<typeof activityFormSchema>;

/** The server names the API's fields; these are shown beside the form's field that holds them. */
export const ACTIVITY_SERVER_FIELDS = { customerId: 'customer', additionalCustomerIds: 'additionalCustomers', scheduledAt: 'when', allDay: 'when' };

export interface ActivityStart {
  activity?: Activity;
  customer: CustomerRef | null;
  contactId: string;
  additionalCustomers: CustomerRef[];
  /** For a new activity: its time and responsible user (as when picked in the calendar). */
  when?: { date: string; time: string; allDay: boolean };
  responsibleId?: string;
  meId: string;
  timeZone: string;
}

/** The form's first values: the activity's, or a new one for me at the next full hour. */
export function activityFormValues({
  activity,
  customer,
  contactId,
  additionalCustomers,
  when,
  responsibleId,
  meId,
  timeZone,
}: ActivityStart): ActivityFormValues {
  return {
    typeId: activity?.typeId ?? '',
    statusId: activity?.statusId ?? '',
    subject: activity?.subject ?? '',
    note: activity?.note ?? '',
    customer,
    contactId: activity?.contactId ?? contactId,
    projectId: activity?.projectId ?? '',
    additionalCustomers,
    responsibleId: activity?.responsibleId ?? responsibleId ?? meId,
    additionalUserIds: activity?.additionalUserIds ?? [],
    when: activity?.scheduledAt ? whenOf(activity.scheduledAt, activity.allDay, timeZone) : (when ?? { ...nextHour(timeZone), allDay: false }),
    private: activity?.private ?? false,
    reminders: activity?.reminders ?? [],
  };
}

/** An activity without a date (a task with no deadline) has nothing for a reminder to count back from. */
export const isUndated = (activity: Activity | undefined) => activity !== undefined && activity.scheduledAt === null;

/**
 * What the API gets: ids for the customers, null for "none", the time as an instant in the user's
 * zone. `keepUndated`: an undated task whose date the user left alone stays undated (no time and no
 * reminders are sent), rather than getting the suggested time the form shows.
 */
export function activityInput(values: ActivityFormValues, timeZone: string, keepUndated = false): ActivityCreate {
  return {
    typeId: values.typeId,
    statusId: values.statusId || null,
    subject: values.subject,
    note: values.note ?? '',
    customerId: values.customer?.id ?? null,
    contactId: values.contactId || null,
    // With a customer only: its project, or null to take the activity out of one.
    ...(values.customer ? { projectId: values.projectId || null } : {}),
    additionalCustomerIds: values.additionalCustomers.map((customer) => customer.id),
    responsibleId: values.responsibleId,
    additionalUserIds: (values.additionalUserIds ?? []).filter((id) => id !== values.responsibleId),
    ...(keepUndated ? {} : scheduleOf(values.when, timeZone)),
    private: values.private,
    ...(keepUndated ? {} : { reminders: values.reminders }),
  };
}
