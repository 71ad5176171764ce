import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listOf } from '../src/shared/common';
import { customerSchema } from '../src/shared/customers';
import { salesBudgetSchema } from '../src/shared/settings';
import { userSchema } from '../src/shared/users';
import { makeBudget, makeChain, makeContact, makeCustomer, makeGroup, makeListItem, makeToken, parse } from './factories';
import { type Client, type TestApp, createTestApp, newUser, newWorkspace } from './helpers';

let t: TestApp;
let admin: Client;
let seller: Client;

beforeAll(async () => {
  t = await createTestApp();
  admin = await newWorkspace(t);
  seller = await newUser(t, admin, 'user');
});
afterAll(() => t.close());

describe('record factories', () => {
  it('make records through the services, with realistic defaults the API reads back', async () => {
    const customer = await makeCustomer(t, seller);
    expect(customer).toMatchObject({ responsibleId: seller.user.id, deletedAt: null });
    expect(customer.name.length).toBeGreaterThan(0);
    expect(parse(customerSchema, await seller.get(`/api/v1/customers/${customer.id}`))).toEqual(customer);
    const contact = await makeContact(t, seller, customer.id, { email: ' Mixed@Case.DK ' });
    expect(contact.email).toBe('mixed@case.dk'); // read by the request schema, as the API would
  });

  it('obey the same rules as the API: access, references and checks', async () => {
    await expect(makeListItem(t, seller, 'industries')).rejects.toMatchObject({ code: 'forbidden' });
    await expect(makeToken(t, seller)).resolves.toMatchObject({ token: expect.stringMatching(/^tnd_t/) });
    const other = await newWorkspace(t);
    const foreign = await makeCustomer(t, other);
    await expect(makeContact(t, seller, foreign.id)).rejects.toMatchObject({ code: 'validation_failed', fields: { customerId: expect.any(String) } });
    await expect(makeCustomer(t, seller, { email: 'not-an-email' })).rejects.toThrow();
  });

  it('build a follow-up chain, a group with members, a budget and settings items', async () => {
    const chain = await makeChain(t, seller, 3);
    expect(chain.map((a) => a.done)).toEqual([true, true, false]);
    expect(chain[1].previousActivityId).toBe(chain[0].id);
    expect(chain[2].previousActivityId).toBe(chain[1].id);
    const group = await makeGroup(t, admin, { type: 'sales' }, [{ userId: seller.user.id, roleName: 'Seller' }]);
    expect(group.memberCount).toBe(1);
    await makeBudget(t, admin, { userIds: [seller.user.id], year: 2026 });
    const budgets = parse(listOf(salesBudgetSchema), await admin.get('/api/v1/sales-budgets?year=2026')).items;
    expect(budgets).toHaveLength(12);
    const status = await makeListItem(t, admin, 'customer-statuses');
    expect(status).toMatchObject({ active: true, key: expect.any(String) });
  });

  it('parse fails a test with a readable message when an answer breaks the contract', async () => {
    const res = await admin.get(`/api/v1/customers/${(await makeCustomer(t, admin)).id}`);
    expect(() => parse(userSchema, res)).toThrow(/does not match the contract[\s\S]*email/);
    expect(() => parse(customerSchema, res, 201)).toThrow();
  });
});
