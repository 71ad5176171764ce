import fs from 'node:fs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activityTypeSchema } from '../../../shared/activities';
import { errorSchema, listOf } from '../../../shared/common';
import { ICON_NAMES, isIconName } from '../../../shared/icons';
import { parse } from '../../../../test/factories';
import { type Client, type TestApp, createTestApp, newWorkspace } from '../../../../test/helpers';

let t: TestApp;
let admin: Client;

beforeAll(async () => {
  t = await createTestApp();
  admin = await newWorkspace(t);
});
afterAll(() => t.close());

const types = async () => parse(listOf(activityTypeSchema), await admin.get('/api/v1/activity-types')).items;
const iconError = async (res: Parameters<typeof parse>[1]) => parse(errorSchema, res, 400).error.fields?.icon;

describe('activity-type icons (lucide names, src/shared/icons.ts)', () => {
  it('offers a few hundred distinct names, and a new workspace uses only those', async () => {
    expect(ICON_NAMES.length).toBeGreaterThanOrEqual(300);
    expect(new Set(ICON_NAMES).size).toBe(ICON_NAMES.length);
    expect((await types()).filter((type) => !isIconName(type.icon))).toEqual([]);
  });

  it('takes any offered name, on adding and on changing', async () => {
    const type = parse(activityTypeSchema, await admin.post('/api/v1/activity-types', { key: 'delivery', name: 'Levering', icon: 'truck' }), 201);
    expect(type.icon).toBe('truck');
    expect(parse(activityTypeSchema, await admin.patch(`/api/v1/activity-types/${type.id}`, { icon: 'piggy-bank' })).icon).toBe('piggy-bank');
  });

  it('refuses an unknown name with a 400 naming icon, and changes nothing', async () => {
    expect(await iconError(await admin.post('/api/v1/activity-types', { key: 'bogus', name: 'Bogus', icon: 'no-such-icon' }))).toBeTruthy();
    expect((await types()).map((type) => type.key)).not.toContain('bogus');
    const call = (await types()).find((type) => type.key === 'call');
    expect(await iconError(await admin.patch(`/api/v1/activity-types/${call?.id}`, { icon: 'PHONE', name: 'Changed' }))).toBeTruthy();
    expect((await types()).find((type) => type.key === 'call')).toMatchObject({ icon: 'phone', name: call?.name });
  });

  it("still understands the old name 'check-square' and stores lucide's 'square-check'", async () => {
    const type = parse(activityTypeSchema, await admin.post('/api/v1/activity-types', { key: 'old_client', name: 'Old', icon: 'check-square' }), 201);
    expect(type.icon).toBe('square-check');
  });

  it("migration 0015 renames stored 'check-square' icons", async () => {
    const task = (await types()).find((type) => type.key === 'task');
    await t.database.db.execute(sql`UPDATE activity_types SET icon = 'check-square' WHERE id = ${task?.id}`);
    const migration = fs.readFileSync(new URL('../../db/migrations/0015_lucide_icon_names.sql', import.meta.url), 'utf8');
    await t.database.db.execute(sql.raw(migration));
    expect((await types()).find((type) => type.key === 'task')?.icon).toBe('square-check');
  });
});
