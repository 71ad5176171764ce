import fs from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { apiTypesFrom, SCHEMA_FILE } from '../../../scripts/api-types';
import { createTestApp, type TestApp } from '../../../test/helpers';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ signup: true }); // as npm run api:types builds it: every route
});
afterAll(() => t?.close());

it('the committed client types match the served OpenAPI document (run `npm run api:types` when this fails)', async () => {
  const expected = await apiTypesFrom(t.app.swagger());
  // Compared as booleans so a failure names the fix instead of printing 11,000 lines.
  expect(fs.readFileSync(SCHEMA_FILE, 'utf8') === expected, 'src/web/api/schema.d.ts is stale: run `npm run api:types`').toBe(true);
});
