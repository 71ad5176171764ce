import type { ActivityStatus, ActivityType } from '../../shared/activities';
import type { Customer } from '../../shared/customers';
import type { TodoItem } from '../../shared/todo';
import { ME } from './render';

/** Canned records for component tests, in the shapes the API answers. */
export const CALL_TYPE: ActivityType = {
  id: 'type-call',
  key: 'call',
  name: 'Call',
  icon: 'phone',
  color: '#2563eb',
  active: true,
  order: 0,
  completionSetsCustomerStatus: null,
  nameIsDefault: true,
};

/** A customer as the API answers; `change` may add fields of a search answer (`match`, `reasons`). */
export function customerRecord(change: Partial<Customer> & Record<string, unknown> = {}) {
  return {
    id: '00000000-0000-4000-8000-0000000000c1',
    name: 'Dahl og Co ApS',
    status: 'lead',
    email: null,
    phone: null,
    website: null,
    address: null,
    postalCode: null,
    city: null,
    countryCode: null,
    industryId: null,
    categoryIds: [],
    originId: null,
    sourceIds: [],
    productIds: [],
    workAreaIds: [],
    responsibleId: null,
    createdAt: '2026-11-01T10:00:00.000Z',
    updatedAt: '2026-11-01T10:00:00.000Z',
    deletedAt: null,
    deletedById: null,
    isTemplate: false,
    ...change,
  };
}

export const page = <T>(items: T[]) => ({ items, nextCursor: null });

export function todoItem(change: Partial<TodoItem> = {}): TodoItem {
  return {
    id: 'activity-1',
    typeId: CALL_TYPE.id,
    typeKey: 'call',
    statusId: null,
    subject: 'Ring Mette om tagrenoveringen',
    note: null,
    customerId: 'customer-1',
    customerName: 'Østergaard Tømrer ApS',
    contactId: null,
    contactName: null,
    projectName: null,
    salesProjectName: null,
    additionalCustomerIds: [],
    additionalUserIds: [],
    responsibleId: ME.id,
    scheduledAt: '2026-11-29T09:00:00.000Z',
    endsAt: null,
    allDay: false,
    private: false,
    done: false,
    doneAt: null,
    campaignId: null,
    reminders: [],
    documentCount: 0,
    salesProjectId: null,
    previousActivityId: null,
    nextActivityId: null,
    createdById: ME.id,
    createdAt: '2026-11-20T09:00:00.000Z',
    updatedAt: '2026-11-20T09:00:00.000Z',
    templateId: null,
    workAreaId: null,
    recurrence: null,
    recurrenceStart: null,
    commentChecks: null,
    projectId: null,
    bucket: 'overdue',
    ...change,
  };
}

export const lookupsRoutes = {
  'GET /api/v1/users': page([ME]),
  'GET /api/v1/activity-types': page([CALL_TYPE]),
  'GET /api/v1/activity-statuses': page<ActivityStatus>([]),
};
