import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import { type z, prettifyError } from 'zod';
import type { Actor } from '../src/server/db/scope';
import { errorSchema } from '../src/shared/common';
import * as records from '../src/server/demo/records';
import type { Client, TestApp } from './helpers';

/**
 * Test data from the shared record factories (src/server/demo/records.ts): every record is made
 * through its feature's service, as the given signed-in client, so it obeys the API's rules.
 */
export { activityTypeId } from '../src/server/demo/records';
export { contactValues, customerValues, personValues, seededRandom } from '../src/server/demo/factories';

/** The service-level caller behind a signed-in test client. */
export const actorOf = (c: Client): Actor => ({
  userId: c.user.id,
  workspaceId: c.user.workspaceId,
  role: c.user.role,
  locale: c.user.locale,
  timeZone: c.user.timeZone,
  // Records are made as an unrestricted caller: visibility is tested through the API.
  restricted: false,
});

type Args<F> = F extends (db: never, actor: Actor, ...rest: infer A) => unknown ? A : never;

export const makeCustomer = (t: TestApp, by: Client, ...rest: Args<typeof records.makeCustomer>) => records.makeCustomer(t.database.db, actorOf(by), ...rest);
export const makeContact = (t: TestApp, by: Client, ...rest: Args<typeof records.makeContact>) => records.makeContact(t.database.db, actorOf(by), ...rest);
export const makeActivity = (t: TestApp, by: Client, ...rest: Args<typeof records.makeActivity>) => records.makeActivity(t.database.db, actorOf(by), ...rest);
export const makeChain = (t: TestApp, by: Client, ...rest: Args<typeof records.makeChain>) => records.makeChain(t.database.db, actorOf(by), ...rest);
export const makeListItem = (t: TestApp, by: Client, ...rest: Args<typeof records.makeListItem>) => records.makeListItem(t.database.db, actorOf(by), ...rest);
export const makeGroup = (t: TestApp, by: Client, ...rest: Args<typeof records.makeGroup>) => records.makeGroup(t.database.db, actorOf(by), ...rest);
export const makeBudget = (t: TestApp, by: Client, ...rest: Args<typeof records.makeBudget>) => records.makeBudget(t.database.db, actorOf(by), ...rest);
export const makeToken = (t: TestApp, by: Client, ...rest: Args<typeof records.makeToken>) => records.makeToken(t.database.db, actorOf(by), ...rest);
export const activityType = (t: TestApp, by: Client, key?: string) => records.activityTypeId(t.database.db, actorOf(by), key);

/**
 * An answer read through the shared contract: fails the test, saying which fields are off, when the
 * body does not match `schema`, or when the status is not `status` (default: any 2xx).
 */
export function parse<S extends z.ZodType>(schema: S, res: LightMyRequestResponse, status?: number): z.output<S> {
  if (status === undefined) expect(res.statusCode, `${res.statusCode} ${res.body}`).toBeLessThan(300);
  else expect(res.statusCode, res.body).toBe(status);
  const result = schema.safeParse(res.json());
  if (!result.success) throw new Error(`The answer does not match the contract:\n${prettifyError(result.error)}\n${res.body.slice(0, 2000)}`);
  return result.data;
}

/** A refusal read through the error contract (`{ error: { code, message, fields? } }`), with its status checked. */
export const refusal = (res: LightMyRequestResponse, status: number) => parse(errorSchema, res, status).error;
