import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorSchema, listOf, okSchema } from '../../../shared/common';
import {
  journaledSchema,
  journalQuerySchema,
  journalUnmatchedSchema,
  mailMessageViewSchema,
  unmatchedAssignSchema,
  unmatchedMessageSchema,
  unmatchedQuerySchema,
} from '../../../shared/mail';
import { actorOf } from '../../auth/authenticate';
import type { Database } from '../../db/client';
import type { Actor } from '../../db/scope';
import { AppError, problem } from '../../http/errors';
import { errors, idParams } from '../../http/route-helpers';
import { settingsListRoutes } from '../settings/settings-lists.routes';
import { getActivity } from '../activities/activities.service';
import { type JournalResult, journalMessage } from './journal.service';
import { mailRuleList } from './mail-rules';
import { getMessage } from './message.service';
import { assignUnmatched, discardUnmatched, listUnmatched, mailExcluded } from './unmatched.service';

/** The largest message Tend journals (as the drop-box and document uploads). */
export const MAIL_MAX_BYTES = 25 * 1024 * 1024;
const tags = ['mail'];

/** 201 a new activity, 200 the activity of a Message-ID journaled before, 202 waiting unmatched, 422 excluded by mail-rules. */
async function answer(db: Database, actor: Actor, reply: FastifyReply, result: JournalResult) {
  if (result.outcome === 'skipped') throw mailExcluded();
  if (result.outcome === 'unmatched') return reply.status(202).send({ unmatchedId: result.unmatchedId ?? '' });
  const activity = await getActivity(db, actor, result.activityId ?? '').catch((error: unknown) => {
    // Journaled before on a customer this user may not see (restricted visibility): say so, not 404.
    if (result.outcome === 'duplicate' && error instanceof AppError && error.status === 404) {
      throw problem('conflict', 'value_taken', 'This mail is already journaled, on a customer you may not see');
    }
    throw error;
  });
  return reply.status(result.outcome === 'created' ? 201 : 200).send({ activity });
}

const journalResponses = {
  200: journaledSchema,
  201: journaledSchema,
  202: journalUnmatchedSchema,
  ...errors(400, 403, 404, 413),
  415: errorSchema,
  422: errorSchema,
};

/** Mail journaling: posting or dropping a raw message, the unmatched list, an email activity's message, mail-rules. */
export function mailRoutes(app: FastifyInstance, db: Database) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  // The raw message arrives as bytes: mailparser reads its charsets and encodings itself.
  app.addContentTypeParser('message/rfc822', { parseAs: 'buffer', bodyLimit: MAIL_MAX_BYTES }, (_req, body, done) => done(null, body));
  settingsListRoutes(app, db, [mailRuleList]);
  r.post(
    '/api/v1/mail/messages',
    {
      bodyLimit: MAIL_MAX_BYTES,
      schema: {
        tags,
        summary:
          'Journal a raw mail (content-type message/rfc822, at most 25 MB) as an Email activity: 201 matched, 202 waiting unmatched, 200 the same Message-ID again, 422 excluded by mail-rules. customerId/contactId: put it there (a drop on a customer or contact)',
        consumes: ['message/rfc822'],
        querystring: journalQuerySchema,
        // Bytes, read by mailparser (checked in the handler: anything but message/rfc822 is 415).
        body: z.any().describe('The raw mail (RFC 5322) as an .eml file holds it'),
        response: journalResponses,
      },
    },
    async (req, reply) => {
      if (!Buffer.isBuffer(req.body)) {
        throw new AppError('unsupported_media_type', 'Send the raw mail with Content-Type: message/rfc822').because('send_message');
      }
      const actor = actorOf(req);
      return answer(db, actor, reply, await journalMessage(db, actor, req.body, { source: 'upload', ...req.query }));
    },
  );
  unmatchedRoutes(app, db);
  r.get(
    '/api/v1/activities/:id/message',
    {
      schema: {
        tags,
        summary: 'The mail of an email activity: headers, text, sanitised HTML (remote images held back in data-remote-src) and attachments',
        params: idParams,
        response: { 200: mailMessageViewSchema, ...errors(400, 404) },
      },
    },
    (req) => getMessage(db, actorOf(req), req.params.id),
  );
}

function unmatchedRoutes(app: FastifyInstance, db: Database) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/v1/mail/unmatched',
    {
      schema: {
        tags,
        summary: "Your mail that matched no customer, newest first (admins: all=true for everyone's)",
        querystring: unmatchedQuerySchema,
        response: { 200: listOf(unmatchedMessageSchema), ...errors(400, 403) },
      },
    },
    (req) => listUnmatched(db, actorOf(req), req.query),
  );
  r.post(
    '/api/v1/mail/unmatched/:id/assign',
    {
      schema: {
        tags,
        summary: 'Journal a waiting mail on a customer (and contact; learnAddress gives a contact without an email the sender’s address)',
        params: idParams,
        body: unmatchedAssignSchema,
        response: { 200: journaledSchema, 201: journaledSchema, ...errors(400, 403, 404, 409), 422: errorSchema },
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      return answer(db, actor, reply, await assignUnmatched(db, actor, req.params.id, req.body));
    },
  );
  r.delete(
    '/api/v1/mail/unmatched/:id',
    { schema: { tags, summary: 'Discard a waiting mail', params: idParams, response: { 200: okSchema, ...errors(400, 404) } } },
    async (req) => {
      await discardUnmatched(db, actorOf(req), req.params.id);
      return { ok: true as const };
    },
  );
}
