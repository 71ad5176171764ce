import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activitySchema } from '../../../shared/activities';
import { listOf } from '../../../shared/common';
import type { Customer } from '../../../shared/customers';
import { type ProjectNode, projectSchema, projectTreeSchema } from '../../../shared/projects';
import { activityType, makeCustomer, parse, refusal } from '../../../../test/factories';
import { type Client, type TestApp, createTestApp, newUser, newWorkspace } from '../../../../test/helpers';

/**
 * Customer projects (issue 17) through the API: a tree nested to any depth, moves that refuse
 * cycles and other customers' projects, archive and delete, activities in projects, and the
 * visibility of a project as its customer's (restricted users with and without a share).
 */

let t: TestApp;
let admin: Client;
let ulla: Client; // user, responsible for Kovács
let ulf: Client; // user, no access
let rita: Client; // user, read share
let erik: Client; // user, edit share
let kovacs: Customer;
let other: Customer;
let typeId: string;

const status = async (res: Promise<{ statusCode: number }>) => (await res).statusCode;
const newProject = async (by: Client, body: Record<string, unknown>) => parse(projectSchema, await by.post('/api/v1/projects', body), 201);
const tree = async (by: Client, customerId: string, query = '') =>
  parse(projectTreeSchema, await by.get(`/api/v1/customers/${customerId}/projects${query}`)).items as ProjectNode[];
const names = (nodes: ProjectNode[]): unknown[] => nodes.map((n) => (n.children.length ? [n.name, names(n.children as ProjectNode[])] : n.name));

beforeAll(async () => {
  t = await createTestApp();
  admin = await newWorkspace(t);
  [ulla, ulf, rita, erik] = await Promise.all(['Ulla', 'Ulf', 'Rita', 'Erik'].map((name) => newUser(t, admin, 'user', { name })));
  kovacs = await makeCustomer(t, admin, { name: 'Kovács Bt.', responsibleId: ulla.user.id });
  other = await makeCustomer(t, admin, { name: 'Másik Kft.' });
  typeId = await activityType(t, admin, 'call');
});
afterAll(() => t.close());

describe('the project tree', () => {
  let web: string;
  let design: string;
  let logo: string;
  let seo: string;

  it('nests to any depth and answers the tree with children, by name', async () => {
    web = (await newProject(ulla, { customerId: kovacs.id, name: 'Weboldal', description: 'Az új oldal' })).id;
    design = (await newProject(ulla, { customerId: kovacs.id, parentId: web, name: 'Design' })).id;
    logo = (await newProject(ulla, { customerId: kovacs.id, parentId: design, name: 'Logó' })).id;
    seo = (await newProject(ulla, { customerId: kovacs.id, name: 'SEO' })).id;
    const project = parse(projectSchema, await ulla.get(`/api/v1/projects/${logo}`));
    expect(project).toMatchObject({
      customerId: kovacs.id,
      parentId: design,
      name: 'Logó',
      archived: false,
      responsibleId: ulla.user.id,
      customerName: 'Kovács Bt.',
    });
    expect(names(await tree(ulla, kovacs.id))).toEqual(['SEO', ['Weboldal', [['Design', ['Logó']]]]]);
  });

  it('refuses a move under itself or one of its sub-projects (400 naming parentId) and changes nothing', async () => {
    for (const parentId of [web, design, logo]) {
      const error = refusal(await ulla.patch(`/api/v1/projects/${web}`, { parentId }), 400);
      expect(error.fields).toHaveProperty('parentId');
      expect(error.reasons?.parentId.code).toBe('project_cycle');
    }
    expect(names(await tree(ulla, kovacs.id))).toEqual(['SEO', ['Weboldal', [['Design', ['Logó']]]]]);
  });

  it("refuses another customer's project as parent (400 naming parentId), also when creating", async () => {
    const foreign = await newProject(admin, { customerId: other.id, name: 'Idegen' });
    const move = refusal(await ulla.patch(`/api/v1/projects/${seo}`, { parentId: foreign.id }), 400);
    expect(move.reasons?.parentId.code).toBe('project_other_customer');
    const create = refusal(await admin.post('/api/v1/projects', { customerId: kovacs.id, parentId: foreign.id, name: 'X' }), 400);
    expect(create.fields).toHaveProperty('parentId');
    expect(refusal(await admin.post('/api/v1/projects', { customerId: kovacs.id, name: '' }), 400).fields).toHaveProperty('name');
  });

  it('moves a subtree, and to the top with parentId null', async () => {
    expect(parse(projectSchema, await ulla.patch(`/api/v1/projects/${design}`, { parentId: seo })).parentId).toBe(seo);
    expect(names(await tree(ulla, kovacs.id))).toEqual([['SEO', [['Design', ['Logó']]]], 'Weboldal']);
    await ulla.patch(`/api/v1/projects/${design}`, { parentId: web, name: 'Arculat' });
    expect(names(await tree(ulla, kovacs.id))).toEqual(['SEO', ['Weboldal', [['Arculat', ['Logó']]]]]);
  });

  it('counts open and done activities and their comments per project; an activity takes only a project of its customer', async () => {
    const open = parse(activitySchema, await ulla.post('/api/v1/activities', { typeId, subject: 'Vázlat', customerId: kovacs.id, projectId: logo }), 201);
    expect(open.projectId).toBe(logo);
    const done = parse(
      activitySchema,
      await ulla.post('/api/v1/activities', { typeId, subject: 'Brief', customerId: kovacs.id, projectId: logo, done: true }),
      201,
    );
    expect((await ulla.post(`/api/v1/activities/${done.id}/comments`, { text: 'Megbeszéltük' })).statusCode).toBe(201);
    const wrong = refusal(await ulla.post('/api/v1/activities', { typeId, subject: 'X', customerId: other.id, projectId: logo }), 400);
    expect(wrong.reasons?.projectId.code).toBe('project_other_customer');
    expect(refusal(await ulla.post('/api/v1/activities', { typeId, subject: 'X', projectId: logo }), 400).fields).toHaveProperty('projectId');
    const logoNode = (await tree(ulla, kovacs.id))[1].children[0] as ProjectNode;
    const node = logoNode.children[0] as ProjectNode;
    expect(node).toMatchObject({ name: 'Logó', openTasks: 1, doneTasks: 1, comments: 1 });
    const listed = parse(listOf(activitySchema), await ulla.get(`/api/v1/activities?projectId=${logo}`)).items;
    expect(listed.map((a) => a.subject).sort()).toEqual(['Brief', 'Vázlat']);
    // Moved to another customer, an activity leaves its project; a project is set and cleared by PATCH.
    const moved = parse(activitySchema, await ulla.patch(`/api/v1/activities/${open.id}`, { customerId: other.id }));
    expect(moved.projectId).toBeNull();
    const back = parse(activitySchema, await ulla.patch(`/api/v1/activities/${open.id}`, { customerId: kovacs.id, projectId: seo }));
    expect(back.projectId).toBe(seo);
  });

  it('archives (kept in the tree and its history, left out of pickers) and deletes only an empty project', async () => {
    const archived = parse(projectSchema, await ulla.patch(`/api/v1/projects/${logo}`, { archived: true }));
    expect(archived.archived).toBe(true);
    const picker = parse(listOf(projectSchema), await ulla.get(`/api/v1/projects?customerId=${kovacs.id}&archived=false`)).items;
    expect(picker.map((p) => p.name).sort()).toEqual(['Arculat', 'SEO', 'Weboldal']);
    expect(names(await tree(ulla, kovacs.id, '?archived=false'))).toEqual(['SEO', ['Weboldal', ['Arculat']]]);
    expect(parse(listOf(activitySchema), await ulla.get(`/api/v1/activities?projectId=${logo}`)).items).toHaveLength(1);
    const busy = refusal(await ulla.delete(`/api/v1/projects/${logo}`), 409);
    expect(busy.code).toBe('conflict');
    expect(await status(ulla.delete(`/api/v1/projects/${web}`))).toBe(409);
    const empty = await newProject(ulla, { customerId: kovacs.id, name: 'Üres' });
    expect(await status(ulla.delete(`/api/v1/projects/${empty.id}`))).toBe(204);
    expect(await status(ulla.get(`/api/v1/projects/${empty.id}`))).toBe(404);
  });
});

describe('project visibility is its customer visibility', () => {
  let project: string;
  beforeAll(async () => {
    project = (await newProject(admin, { customerId: kovacs.id, name: 'Titkos' })).id;
    expect(
      await status(
        admin.request('PUT', `/api/v1/customers/${kovacs.id}/shares`, {
          items: [
            { userId: rita.user.id, access: 'read' },
            { userId: erik.user.id, access: 'edit' },
          ],
        }),
      ),
    ).toBe(200);
    expect(await status(admin.patch('/api/v1/workspace', { customerVisibility: 'restricted' }))).toBe(200);
  });
  afterAll(async () => {
    await admin.patch('/api/v1/workspace', { customerVisibility: 'everyone' });
  });

  it('a restricted user without a share gets 404 for the projects and the tree, and none in lists', async () => {
    expect(await status(ulf.get(`/api/v1/projects/${project}`))).toBe(404);
    expect(await status(ulf.get(`/api/v1/customers/${kovacs.id}/projects`))).toBe(404);
    expect(await status(ulf.patch(`/api/v1/projects/${project}`, { name: 'Enyém' }))).toBe(404);
    expect(await status(ulf.delete(`/api/v1/projects/${project}`))).toBe(404);
    expect(parse(listOf(projectSchema), await ulf.get('/api/v1/projects')).items.filter((p) => p.customerId === kovacs.id)).toEqual([]);
    expect(refusal(await ulf.post('/api/v1/projects', { customerId: kovacs.id, name: 'Enyém' }), 400).fields).toHaveProperty('customerId');
  });

  it('sharing the customer shares its projects: a read share reads (changes 403), an edit share changes', async () => {
    expect(parse(projectSchema, await rita.get(`/api/v1/projects/${project}`)).name).toBe('Titkos');
    expect((await tree(rita, kovacs.id)).map((n) => n.name)).toContain('Titkos');
    expect(refusal(await rita.patch(`/api/v1/projects/${project}`, { name: 'Más' }), 403).reason?.code).toBe('read_only_share');
    expect(await status(rita.post('/api/v1/projects', { customerId: kovacs.id, name: 'Más' }))).toBe(403);
    expect(parse(projectSchema, await erik.patch(`/api/v1/projects/${project}`, { name: 'Titkos 2' })).name).toBe('Titkos 2');
    expect((await newProject(erik, { customerId: kovacs.id, parentId: project, name: 'Al' })).parentId).toBe(project);
  });
});

describe('another workspace', () => {
  it("never sees this workspace's projects (404)", async () => {
    const stranger = await newWorkspace(t);
    const [p] = parse(listOf(projectSchema), await admin.get(`/api/v1/projects?customerId=${kovacs.id}`)).items;
    expect(await status(stranger.get(`/api/v1/projects/${p.id}`))).toBe(404);
    expect(await status(stranger.get(`/api/v1/customers/${kovacs.id}/projects`))).toBe(404);
    expect(await status(stranger.patch(`/api/v1/projects/${p.id}`, { name: 'x' }))).toBe(404);
    expect(parse(listOf(projectSchema), await stranger.get('/api/v1/projects')).items).toEqual([]);
  });
});
