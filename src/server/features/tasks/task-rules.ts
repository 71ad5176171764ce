import type { CommentCheck, DueKind } from '../../../shared/tasks';
import { firstOccurrence, nextOccurrence } from '../../../shared/recurrence';
import { addDays } from '../../../shared/wall-clock';

/**
 * Customer tasks as pure rules: a task built from its template (when it is due), and a recurring
 * task's next occurrence. Nothing here touches the database.
 */

export interface TemplateFacts {
  id: string;
  name: string;
  typeId: string;
  workAreaIds: string[];
  due: DueKind;
  dueInDays: number | null;
  recurrence: string | null;
  commentChecks: CommentCheck[];
}

export interface TaskContext {
  customerId: string;
  responsibleId: string;
  /** The day the deadline or the series counts from (YYYY-MM-DD). */
  startsOn: string;
  workAreaId: string | null;
  openStatusId: string | null;
  createdById: string;
}

/** A dated task is due on a date (all-day, stored at midnight UTC); an undated one has no date. */
export interface TaskDue {
  scheduledAt: Date | null;
  recurrenceStart: Date | null;
}

/** When a new task of the template is due, or null when a recurring rule has no date left (its UNTIL/COUNT passed). */
export function taskDue(template: Pick<TemplateFacts, 'due' | 'dueInDays' | 'recurrence'>, startsOn: string): TaskDue | null {
  if (template.due === 'deadline') return { scheduledAt: new Date(`${addDays(startsOn, template.dueInDays ?? 0)}T00:00:00.000Z`), recurrenceStart: null };
  if (template.due === 'recurring' && template.recurrence) {
    const first = firstOccurrence(template.recurrence, new Date(`${startsOn}T00:00:00.000Z`), 'UTC');
    return first ? { scheduledAt: first, recurrenceStart: first } : null;
  }
  return { scheduledAt: null, recurrenceStart: null };
}

/** The work area a task goes under: the one asked for if the template has it, else the template's first the customer is enrolled in, else its first. */
export function taskWorkArea(templateAreas: string[], customerAreas: string[], asked: string | undefined): string | null | 'not_of_template' {
  if (asked !== undefined) return templateAreas.includes(asked) ? asked : 'not_of_template';
  return templateAreas.find((a) => customerAreas.includes(a)) ?? templateAreas[0] ?? null;
}

export function buildTask(template: TemplateFacts, due: TaskDue, context: TaskContext) {
  return {
    typeId: template.typeId,
    statusId: context.openStatusId,
    subject: template.name,
    note: null,
    customerId: context.customerId,
    contactId: null,
    responsibleId: context.responsibleId,
    scheduledAt: due.scheduledAt,
    allDay: true,
    private: false,
    done: false,
    doneAt: null,
    templateId: template.id,
    workAreaId: context.workAreaId,
    recurrence: template.due === 'recurring' ? template.recurrence : null,
    recurrenceStart: due.recurrenceStart,
    commentChecks: template.commentChecks,
    createdById: context.createdById,
  };
}

/** What the next occurrence of a recurring activity needs of the one completed. */
export interface Occurrence {
  id: string;
  typeId: string;
  subject: string;
  customerId: string | null;
  contactId: string | null;
  responsibleId: string;
  scheduledAt: Date | null;
  endsAt: Date | null;
  allDay: boolean;
  private: boolean;
  salesProjectId: string | null;
  campaignId: string | null;
  templateId: string | null;
  workAreaId: string | null;
  recurrence: string | null;
  recurrenceStart: Date | null;
  commentChecks: CommentCheck[] | null;
  /** Its project (issue 17): the series stays in it. */
  projectId?: string | null;
}

/**
 * The series' next occurrence after a completed one, chained to it: due at the rule's next date
 * after this one's, at the same wall-clock time in the responsible user's time zone (all-day ones
 * on the date). Null when the series has ended or the activity is not recurring.
 */
export function nextOfSeries(done: Occurrence, context: { timeZone: string; openStatusId: string | null; createdById: string }) {
  if (!done.recurrence || !done.scheduledAt) return null;
  const start = done.recurrenceStart ?? done.scheduledAt;
  const at = nextOccurrence({ rule: done.recurrence, start, timeZone: done.allDay ? 'UTC' : context.timeZone }, done.scheduledAt);
  if (!at) return null;
  return {
    typeId: done.typeId,
    statusId: context.openStatusId,
    subject: done.subject,
    note: null,
    customerId: done.customerId,
    contactId: done.contactId,
    responsibleId: done.responsibleId,
    scheduledAt: at,
    // As long as the one before (a two-hour workshop stays two hours).
    endsAt: done.endsAt ? new Date(at.getTime() + (done.endsAt.getTime() - done.scheduledAt.getTime())) : null,
    allDay: done.allDay,
    private: done.private,
    done: false,
    doneAt: null,
    previousActivityId: done.id,
    salesProjectId: done.salesProjectId,
    campaignId: done.campaignId,
    templateId: done.templateId,
    workAreaId: done.workAreaId,
    recurrence: done.recurrence,
    recurrenceStart: start,
    commentChecks: done.commentChecks,
    projectId: done.projectId ?? null,
    createdById: context.createdById,
  };
}
