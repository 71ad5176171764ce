import type { FollowUpInput } from '../../../shared/activities';

/**
 * Follow-up chains, as pure rules: the next activity of a chain is built from the previous one
 * and what the salesperson typed (next date, type and text); nothing here touches the database.
 */

/** What the next activity inherits from the previous one. */
export interface ChainLink {
  id: string;
  customerId: string | null;
  contactId: string | null;
  responsibleId: string;
  salesProjectId: string | null;
  campaignId: string | null;
  private: boolean;
  /** The project it belongs to (issue 17): the chain stays in it. Optional for callers that predate projects. */
  projectId?: string | null;
}

export interface NextActivity {
  typeId: string;
  statusId: string | null;
  subject: string;
  note: null;
  customerId: string | null;
  contactId: string | null;
  responsibleId: string;
  scheduledAt: Date;
  allDay: boolean;
  private: boolean;
  done: false;
  doneAt: null;
  previousActivityId: string;
  salesProjectId: string | null;
  campaignId: string | null;
  projectId: string | null;
  createdById: string;
}

/**
 * An all-day activity is due on a date, not at an instant: it is stored at midnight UTC of the
 * date the client wrote, so everyone sees the same date whatever their time zone.
 */
export function scheduledInstant(text: string, allDay: boolean): Date {
  if (!allDay) return new Date(text);
  return new Date(`${text.slice(0, 10)}T00:00:00.000Z`);
}

/**
 * The next open activity of a chain: same customer, contact, sales project and campaign; the text
 * becomes its subject; the salesperson is the one named, else the previous one's.
 */
export function buildFollowUp(previous: ChainLink, input: FollowUpInput, context: { openStatusId: string | null; createdById: string }): NextActivity {
  const allDay = input.allDay ?? false;
  return {
    typeId: input.typeId,
    statusId: context.openStatusId,
    subject: input.text.trim(),
    note: null,
    customerId: previous.customerId,
    contactId: previous.contactId,
    responsibleId: input.responsibleId ?? previous.responsibleId,
    scheduledAt: scheduledInstant(input.scheduledAt, allDay),
    allDay,
    // A private activity's follow-up is as private.
    private: previous.private,
    done: false,
    doneAt: null,
    previousActivityId: previous.id,
    salesProjectId: previous.salesProjectId,
    campaignId: previous.campaignId,
    projectId: previous.projectId ?? null,
    createdById: context.createdById,
  };
}

/** A chain never forks: an activity that already has a next one cannot get another. */
export function followUpConflict(previous: { nextActivityId: string | null }): string | null {
  return previous.nextActivityId ? 'This activity already has a follow-up; change that one instead' : null;
}

/** Orders the links of a chain from first to last, given each one's previous id. */
export function orderChain<T extends { id: string; previousActivityId: string | null }>(links: T[]): T[] {
  const byPrevious = new Map(links.map((l) => [l.previousActivityId, l]));
  const ids = new Set(links.map((l) => l.id));
  const first = links.find((l) => !l.previousActivityId || !ids.has(l.previousActivityId));
  const ordered: T[] = [];
  for (let link = first; link && ordered.length < links.length; link = byPrevious.get(link.id)) ordered.push(link);
  return ordered;
}
