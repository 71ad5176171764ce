import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { mailboxCreateSchema, mailboxSchema, mailboxUpdateSchema } from '../../../shared/mailboxes';
import { actorOf } from '../../auth/authenticate';
import type { Database } from '../../db/client';
import { errors, idParams } from '../../http/route-helpers';
import * as service from './mailboxes.service';

const tags = ['mailboxes'];

/** The caller's own IMAP accounts: add, change, remove, and ask for a sync now. */
export function mailboxRoutes(app: FastifyInstance, db: Database, secretKey: string | null) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const deps = () => ({ secretKey, jobs: app.jobs });

  r.get(
    '/api/v1/mailboxes',
    { schema: { tags, summary: 'Your IMAP mailboxes, with their sync status', response: { 200: z.object({ items: z.array(mailboxSchema) }), ...errors() } } },
    async (req) => ({ items: await service.listMailboxes(db, actorOf(req)) }),
  );

  r.post(
    '/api/v1/mailboxes',
    {
      schema: {
        tags,
        summary: 'Connect an IMAP mailbox; its first sync starts in the background',
        description:
          'The password is stored encrypted with TEND_SECRET_KEY and never answered. Without TEND_SECRET_KEY on the server: 409 with reason `secret_key_missing`. Mail that matches a customer is journaled; other mail waits in your unmatched inbox (`GET /api/v1/mail/unmatched`) to be assigned or discarded; mail-rules keep mail out. The first sync reads mail from `syncSince` on (default 30 days back).',
        body: mailboxCreateSchema,
        response: { 201: mailboxSchema, ...errors(400, 409) },
      },
    },
    async (req, reply) => reply.status(201).send(await service.createMailbox(db, deps(), actorOf(req), req.body)),
  );

  r.get(
    '/api/v1/mailboxes/:id',
    { schema: { tags, summary: "One of your mailboxes (another user's is 404)", params: idParams, response: { 200: mailboxSchema, ...errors(400, 404) } } },
    (req) => service.getMailbox(db, actorOf(req), req.params.id),
  );

  changeRoutes(app, db, deps);
}

function changeRoutes(app: FastifyInstance, db: Database, deps: () => service.MailboxDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.patch(
    '/api/v1/mailboxes/:id',
    {
      schema: {
        tags,
        summary: 'Change a mailbox; leave `password` out to keep the stored one',
        params: idParams,
        body: mailboxUpdateSchema,
        response: { 200: mailboxSchema, ...errors(400, 404, 409) },
      },
    },
    (req) => service.updateMailbox(db, deps(), actorOf(req), req.params.id, req.body),
  );

  r.delete(
    '/api/v1/mailboxes/:id',
    {
      schema: { tags, summary: 'Disconnect a mailbox (the mail journaled from it stays)', params: idParams, response: { 204: z.null(), ...errors(400, 404) } },
    },
    async (req, reply) => {
      await service.deleteMailbox(db, actorOf(req), req.params.id);
      return reply.status(204).send(null);
    },
  );

  r.post(
    '/api/v1/mailboxes/:id/sync',
    {
      schema: {
        tags,
        summary: 'Sync a mailbox now, in the background: status turns `queued`, then `syncing` with progress',
        params: idParams,
        response: { 202: mailboxSchema, ...errors(400, 404) },
      },
    },
    async (req, reply) => reply.status(202).send(await service.syncNow(db, deps(), actorOf(req), req.params.id)),
  );
}
