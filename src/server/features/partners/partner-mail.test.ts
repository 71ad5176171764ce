import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type Client, type TestApp, createTestApp, newUser, newWorkspace } from '../../../../test/helpers';
import { makeCustomer } from '../../../../test/factories';
import { type SmtpSink, startSmtpSink } from '../../../../test/smtp-sink';

/** With SMTP configured, a partner's invitation is a real mail (issue 17 point 5), and its link works once. */
let sink: SmtpSink;
let t: TestApp;
let admin: Client;
let manager: Client;
beforeAll(async () => {
  sink = await startSmtpSink();
  t = await createTestApp({ smtpUrl: sink.url });
  admin = await newWorkspace(t);
  manager = await newUser(t, admin, 'manager', { name: 'Mia Manager' });
});
afterAll(async () => {
  await t.close();
  await sink.close();
});

const accept = (token: string) => t.app.inject({ method: 'POST', url: '/api/v1/invitations/accept', payload: { token, password: 'partner password 1' } });

describe(`a partner's invitation by mail (${inject('engine')})`, () => {
  it('is mailed in the partner’s language with a one-time link; the answer carries no link', async () => {
    const customer = await makeCustomer(t, admin, { name: 'Kovács Bt.' });
    const res = await manager.post('/api/v1/partners', { customerId: customer.id, email: 'anna@kovacs.test', name: 'Kovács Anna', locale: 'hu' });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ mailed: true, inviteUrl: null });
    const mail = await sink.waitFor('anna@kovacs.test');
    expect(mail.links).toEqual([expect.stringMatching(/\/accept-invitation#token=tnd_i_/)]);
    const token = new URL(mail.links[0]).hash.replace('#token=', '');
    const first = await accept(token);
    expect([first.statusCode, first.json().user?.role]).toEqual([200, 'partner']);
    expect((await accept(token)).statusCode).toBe(400);
  });
});
