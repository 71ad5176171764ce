import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activitySchema } from '../../../shared/activities';
import { listOf } from '../../../shared/common';
import { customerDocumentSchema } from '../../../shared/customer-templates';
import { type Customer, customerSchema } from '../../../shared/customers';
import { type ProjectNode, projectSchema, projectTreeSchema } from '../../../shared/projects';
import { addDays, localDate } from '../../../shared/wall-clock';
import { activityType, makeContact, makeCustomer, parse, refusal } from '../../../../test/factories';
import { type Client, type TestApp, createTestApp, newUser, newWorkspace } from '../../../../test/helpers';

/**
 * Template customers (issue 17) through the API: kept out of lists unless asked for, exported as a
 * document (contacts optional, project tree, open tasks with relative dates, recurrence kept),
 * imported in another workspace as a new customer dated from today and shared; a document of
 * another format or version is a clear 400 and stores nothing.
 */

let t: TestApp;
let admin: Client;
let other: Client; // admin of a second workspace
let coworker: Client; // user in the second workspace
let model: Customer;
let typeId: string;
const today = () => localDate(new Date(), 'Europe/Copenhagen');

const status = async (res: Promise<{ statusCode: number }>) => (await res).statusCode;
const customerNames = async (c: Client, query = '') => parse(listOf(customerSchema), await c.get(`/api/v1/customers${query}`)).items.map((x) => x.name);

beforeAll(async () => {
  t = await createTestApp();
  [admin, other] = await Promise.all([newWorkspace(t), newWorkspace(t)]);
  coworker = await newUser(t, other, 'user', { name: 'Kolléga' });
  typeId = await activityType(t, admin, 'call');
  model = parse(customerSchema, await admin.post('/api/v1/customers', { name: 'Minta ügyfél', isTemplate: true, city: 'Budapest' }), 201);
  await makeContact(t, admin, model.id, { firstName: 'Anna', lastName: 'Minta' });
  const web = parse(projectSchema, await admin.post('/api/v1/projects', { customerId: model.id, name: 'Weboldal' }), 201);
  const design = parse(projectSchema, await admin.post('/api/v1/projects', { customerId: model.id, parentId: web.id, name: 'Design' }), 201);
  const inFive = `${addDays(today(), 5)}T00:00:00Z`;
  const post = (body: Record<string, unknown>) => admin.post('/api/v1/activities', { typeId, customerId: model.id, ...body });
  parse(activitySchema, await post({ subject: 'Ajánlat', projectId: design.id, scheduledAt: inFive, allDay: true }), 201);
  parse(activitySchema, await post({ subject: 'Havi riport', projectId: web.id, scheduledAt: inFive, allDay: true, recurrence: 'FREQ=MONTHLY' }), 201);
  parse(activitySchema, await post({ subject: 'Kész', done: true }), 201);
});
afterAll(() => t.close());

describe('a template customer', () => {
  it('is left out of the customer list unless template=true', async () => {
    expect(await customerNames(admin)).not.toContain('Minta ügyfél');
    expect(await customerNames(admin, '?template=true')).toEqual(['Minta ügyfél']);
    expect(model.isTemplate).toBe(true);
  });

  it('exports its contacts (optional), project tree and open tasks with days after today, recurrence kept', async () => {
    const doc = parse(customerDocumentSchema, await admin.get(`/api/v1/customers/${model.id}/export`));
    expect(doc).toMatchObject({ format: 'tend.customer', version: 1, customer: { name: 'Minta ügyfél', city: 'Budapest' } });
    expect(doc.contacts.map((c) => c.firstName)).toEqual(['Anna']);
    expect(doc.projects.map((p) => p.name).sort()).toEqual(['Design', 'Weboldal']);
    const design = doc.projects.find((p) => p.name === 'Design');
    expect(doc.projects.find((p) => p.key === design?.parentKey)?.name).toBe('Weboldal');
    expect(doc.tasks.map((x) => x.subject).sort()).toEqual(['Ajánlat', 'Havi riport']);
    expect(doc.tasks.every((x) => x.dayOffset === 5)).toBe(true);
    expect(doc.tasks.find((x) => x.subject === 'Havi riport')?.recurrence).toBe('FREQ=MONTHLY');
    const without = parse(customerDocumentSchema, await admin.get(`/api/v1/customers/${model.id}/export?contacts=false`));
    expect(without.contacts).toEqual([]);
  });

  it('is imported in another workspace as a new customer with its projects and tasks dated from today, shared with a coworker', async () => {
    const doc = (await admin.get(`/api/v1/customers/${model.id}/export`)).json();
    await other.patch('/api/v1/workspace', { customerVisibility: 'restricted' });
    const res = await other.post('/api/v1/customers/import', { document: doc, name: 'Kovács Bt.', shareWith: { userIds: [coworker.user.id] } });
    const created = parse(customerSchema, res, 201);
    expect(created).toMatchObject({ name: 'Kovács Bt.', city: 'Budapest', isTemplate: false, responsibleId: other.user.id });
    // The coworker, restricted, sees it through the share: its sub-projects and tasks.
    const tree = parse(projectTreeSchema, await coworker.get(`/api/v1/customers/${created.id}/projects`)).items as ProjectNode[];
    expect(tree.map((n) => n.name)).toEqual(['Weboldal']);
    expect((tree[0].children as ProjectNode[]).map((n) => [n.name, n.openTasks])).toEqual([['Design', 1]]);
    const tasks = parse(listOf(activitySchema), await coworker.get(`/api/v1/activities?customerId=${created.id}`)).items;
    expect(tasks.map((x) => [x.subject, x.scheduledAt?.slice(0, 10)]).sort()).toEqual([
      ['Ajánlat', addDays(today(), 5)],
      ['Havi riport', addDays(today(), 5)],
    ]);
    expect(tasks.find((x) => x.subject === 'Havi riport')?.recurrence).toBe('FREQ=MONTHLY');
    expect(tasks.every((x) => x.projectId !== null)).toBe(true);
    expect(await status(admin.get(`/api/v1/customers/${created.id}`))).toBe(404);
  });

  it('refuses a document of another format or version with a clear 400 naming document, and stores nothing', async () => {
    const doc = (await admin.get(`/api/v1/customers/${model.id}/export`)).json();
    const before = await customerNames(other);
    for (const document of [{ ...doc, version: 2 }, { ...doc, format: 'other.crm' }, { hello: 'world' }]) {
      const error = refusal(await other.post('/api/v1/customers/import', { document, name: 'Rossz Kft.' }), 400);
      expect(error.fields).toHaveProperty('document');
      expect(error.reasons?.document.code).toBe('template_format');
      expect(error.fields?.document).toMatch(/tend\.customer/);
    }
    const broken = refusal(await other.post('/api/v1/customers/import', { document: { ...doc, projects: [{ key: 'a', name: '' }] }, name: 'Rossz Kft.' }), 400);
    expect(Object.keys(broken.fields ?? {}).join()).toMatch(/^document\.projects/);
    expect(await status(other.post('/api/v1/customers/import', { document: doc, name: 'Rossz Kft.', shareWith: { userIds: [admin.user.id] } }))).toBe(400);
    expect(await customerNames(other)).toEqual(before);
  });

  it("exports only a customer the caller may see (another workspace's is 404)", async () => {
    expect(await status(other.get(`/api/v1/customers/${model.id}/export`))).toBe(404);
    const plain = await makeCustomer(t, admin, { name: 'Sima' });
    expect(await status(admin.patch(`/api/v1/customers/${plain.id}`, { isTemplate: true }))).toBe(200);
    expect(await customerNames(admin, '?template=true')).toEqual(['Minta ügyfél', 'Sima']);
  });
});
