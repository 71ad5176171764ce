import type { z } from 'zod';
import { type CustomerDocument, type CustomerImport, customerDocumentSchema, TEMPLATE_FORMAT, TEMPLATE_VERSION } from '../../../shared/customer-templates';
import type { Customer } from '../../../shared/customers';
import { normalRule } from '../../../shared/recurrence';
import { localDate } from '../../../shared/wall-clock';
import { assertCan } from '../../access/policy';
import type { Database, Queryable } from '../../db/client';
import type { Actor } from '../../db/scope';
import { invalid, notFound } from '../../http/errors';
import { getCustomer } from '../customers/customers.service';
import { recordCustomer } from '../history/record';
import { checkShareTargets, shareNewCustomer } from '../sharing/sharing.service';
import * as repo from './projects.repository';
import { absoluteDue, relativeDue } from './templates.domain';
import * as templates from './templates.repository';

/**
 * A customer as a JSON document (issue 17): its details, contacts (unless `contacts` is false), its
 * project tree and open tasks, their dates as days after today (the export day, in the caller's zone).
 */
export async function exportCustomer(db: Database, actor: Actor, customerId: string, options: { contacts?: boolean }): Promise<CustomerDocument> {
  assertCan(actor, 'read', { kind: 'customer' });
  const customer = await getCustomer(db, actor, customerId);
  if (customer.deletedAt) throw notFound('Customer');
  const today = localDate(new Date(), actor.timeZone);
  const projects = await repo.customerProjects(db, actor, customerId);
  const keyOf = new Map(projects.map((p, i) => [p.id, `p${i + 1}`]));
  const activities = await templates.openActivities(db, actor, customerId);
  return {
    format: TEMPLATE_FORMAT,
    version: TEMPLATE_VERSION,
    exportedAt: new Date().toISOString(),
    customer: {
      name: customer.name,
      status: customer.status,
      email: customer.email,
      phone: customer.phone,
      website: customer.website,
      address: customer.address,
      postalCode: customer.postalCode,
      city: customer.city,
      countryCode: customer.countryCode,
    },
    contacts: options.contacts === false ? [] : await templates.liveContacts(db, actor, customerId),
    projects: projects.map((p) => ({
      key: keyOf.get(p.id) as string,
      parentKey: p.parentId ? (keyOf.get(p.parentId) ?? null) : null,
      name: p.name,
      description: p.description,
      archived: p.archivedAt !== null,
    })),
    tasks: activities.map((a) => ({
      subject: a.subject,
      note: a.note,
      typeKey: a.typeKey,
      projectKey: a.projectId ? (keyOf.get(a.projectId) ?? null) : null,
      ...relativeDue(a.scheduledAt, a.allDay, today, actor.timeZone),
      allDay: a.allDay,
      durationMinutes: a.endsAt && a.scheduledAt ? Math.round((a.endsAt.getTime() - a.scheduledAt.getTime()) / 60_000) : null,
      recurrence: a.recurrence,
    })),
  };
}

/** The document, or a 400 naming `document`: another format or version says so first; then each bad field by its path. */
export function readDocument(document: Record<string, unknown>): CustomerDocument {
  if (document.format !== TEMPLATE_FORMAT || document.version !== TEMPLATE_VERSION) {
    throw invalid({ document: `Not a Tend customer document this Tend reads (format "${TEMPLATE_FORMAT}", version ${TEMPLATE_VERSION})` }, 'template_format');
  }
  const parsed = customerDocumentSchema.safeParse(document);
  if (!parsed.success) throw invalid(fieldsOf(parsed.error), 'template_format');
  const keys = new Set(parsed.data.projects.map((p) => p.key));
  const bad = parsed.data.projects.find((p) => p.parentKey && !keys.has(p.parentKey));
  if (bad || keys.size !== parsed.data.projects.length)
    throw invalid({ 'document.projects': 'Each project needs its own key, and a parent key of the document' }, 'template_format');
  const lost = parsed.data.tasks.find((t) => t.projectKey && !keys.has(t.projectKey));
  if (lost) throw invalid({ 'document.tasks': 'A task names a project key the document lacks' }, 'template_format');
  return parsed.data;
}

const fieldsOf = (error: z.ZodError) => Object.fromEntries(error.issues.slice(0, 10).map((i) => [['document', ...i.path].join('.'), i.message]));

/** 400 naming the field for a responsible or share target that is not the workspace's. */
async function checkPeople(tx: Queryable, actor: Actor, input: CustomerImport) {
  if (input.responsibleId && !(await repo.userExists(tx, actor, input.responsibleId))) throw invalid({ responsibleId: 'No such user' }, 'not_found_ref');
  const userIds = input.shareWith?.userIds ?? [];
  const groupIds = input.shareWith?.groupIds ?? [];
  await checkShareTargets(tx, actor, userIds, groupIds, { users: 'shareWith.userIds', groups: 'shareWith.groupIds' }, 'not_found_ref');
}

/** Projects in document order, parents before children (a document may list them in any order). */
function parentsFirst(projects: CustomerDocument['projects']) {
  const done = new Set<string>();
  const out: CustomerDocument['projects'] = [];
  let rest = projects;
  while (rest.length > 0) {
    const ready = rest.filter((p) => !p.parentKey || done.has(p.parentKey));
    if (ready.length === 0) throw invalid({ 'document.projects': 'The projects make a cycle' }, 'template_format');
    for (const p of ready) {
      out.push(p);
      done.add(p.key);
    }
    rest = rest.filter((p) => !done.has(p.key));
  }
  return out;
}

async function insertCustomerOf(tx: Queryable, actor: Actor, doc: CustomerDocument, input: CustomerImport): Promise<string> {
  const statuses = await templates.customerStatusKeys(tx, actor);
  const status = doc.customer.status && statuses.includes(doc.customer.status) ? doc.customer.status : statuses.includes('lead') ? 'lead' : statuses[0];
  const c = doc.customer;
  const id = await templates.insertCustomer(tx, actor, {
    name: input.name,
    status,
    email: c.email ?? null,
    phone: c.phone ?? null,
    website: c.website ?? null,
    address: c.address ?? null,
    postalCode: c.postalCode ?? null,
    city: c.city ?? null,
    countryCode: c.countryCode ?? null,
    responsibleId: input.responsibleId ?? actor.userId,
  });
  await templates.insertContacts(
    tx,
    actor,
    doc.contacts.map((contact) => ({ ...contact, lastName: contact.lastName ?? '', customerId: id })),
  );
  return id;
}

async function insertProjectsOf(tx: Queryable, actor: Actor, doc: CustomerDocument, customerId: string, responsibleId: string) {
  const idOf = new Map<string, string>();
  for (const p of parentsFirst(doc.projects)) {
    const id = await repo.insertProject(tx, actor, {
      customerId,
      parentId: p.parentKey ? (idOf.get(p.parentKey) ?? null) : null,
      name: p.name,
      description: p.description ?? null,
      responsibleId,
      archivedAt: p.archived ? new Date() : null,
    });
    idOf.set(p.key, id);
  }
  return idOf;
}

async function insertTasksOf(tx: Queryable, actor: Actor, doc: CustomerDocument, customerId: string, responsibleId: string, projectIds: Map<string, string>) {
  const types = await templates.activityTypesByKey(tx, actor);
  const typeOf = new Map(types.map((t) => [t.key, t.id]));
  const statusId = await templates.openStatusId(tx, actor);
  const today = localDate(new Date(), actor.timeZone);
  for (const task of doc.tasks) {
    const scheduledAt = absoluteDue(task, today, actor.timeZone);
    const allDay = scheduledAt !== null && (task.allDay === true || !task.time);
    await templates.insertActivity(tx, actor, {
      typeId: typeOf.get(task.typeKey) ?? typeOf.get('task') ?? types[0].id,
      statusId,
      subject: task.subject,
      note: task.note ?? null,
      customerId,
      contactId: null,
      responsibleId,
      scheduledAt,
      endsAt: scheduledAt && task.durationMinutes ? new Date(scheduledAt.getTime() + task.durationMinutes * 60_000) : null,
      allDay,
      private: false,
      done: false,
      doneAt: null,
      salesProjectId: null,
      campaignId: null,
      createdById: actor.userId,
      recurrence: scheduledAt && task.recurrence ? normalRule(task.recurrence) : null,
      recurrenceStart: scheduledAt && task.recurrence ? scheduledAt : null,
      projectId: task.projectKey ? (projectIds.get(task.projectKey) ?? null) : null,
    });
  }
}

/**
 * A new customer from a document (POST /customers/import), in one transaction: its contacts,
 * project tree and open tasks dated from today, shared (read and edit: `edit`) with the chosen users
 * and groups. Nothing is stored when anything is refused.
 */
export async function importCustomer(db: Database, actor: Actor, input: CustomerImport): Promise<Customer> {
  assertCan(actor, 'create', { kind: 'customer' });
  const doc = readDocument(input.document);
  const id = await db.transaction(async (tx) => {
    await checkPeople(tx, actor, input);
    const customerId = await insertCustomerOf(tx, actor, doc, input);
    const responsibleId = input.responsibleId ?? actor.userId;
    const projectIds = await insertProjectsOf(tx, actor, doc, customerId, responsibleId);
    await insertTasksOf(tx, actor, doc, customerId, responsibleId, projectIds);
    await shareNewCustomer(tx, actor, customerId, input.shareWith?.userIds ?? [], input.shareWith?.groupIds ?? [], 'edit');
    await recordCustomer(tx, actor, 'create', customerId, null, { name: input.name });
    return customerId;
  });
  return getCustomer(db, { ...actor, restricted: false }, id);
}
