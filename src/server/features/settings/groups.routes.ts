import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { listOf } from '../../../shared/common';
import {
  groupCreateSchema,
  groupMemberInputSchema,
  groupMemberSchema,
  groupSchema,
  groupUpdateSchema,
  salesBudgetPutSchema,
  salesBudgetQuerySchema,
  salesBudgetSchema,
} from '../../../shared/settings';
import { actorOf } from '../../auth/authenticate';
import type { Database } from '../../db/client';
import { errors, idParams } from '../../http/route-helpers';
import { listBudgets, putBudgets } from './budgets.service';
import * as groupsService from './groups.service';

const memberParams = z.object({ id: z.uuid({ message: 'Not a valid id' }), userId: z.uuid({ message: 'Not a valid id' }) });

export function groupRoutes(app: FastifyInstance, db: Database) {
  groupRecordRoutes(app, db);
  memberRoutes(app, db);
  salesRoutes(app, db);
}

/** Groups: list, create, read, change, delete. */
function groupRecordRoutes(app: FastifyInstance, db: Database) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['groups'];

  r.get(
    '/api/v1/groups',
    { schema: { tags, summary: 'Groups of employees (a tree through parentId)', response: { 200: listOf(groupSchema), ...errors() } } },
    (req) => groupsService.listGroups(db, actorOf(req)),
  );
  r.post(
    '/api/v1/groups',
    { schema: { tags, summary: 'Add a group (admin)', body: groupCreateSchema, response: { 201: groupSchema, ...errors(400, 403) } } },
    async (req, reply) => reply.status(201).send(await groupsService.createGroup(db, actorOf(req), req.body)),
  );
  r.get('/api/v1/groups/:id', { schema: { tags, summary: 'Get a group', params: idParams, response: { 200: groupSchema, ...errors(400, 404) } } }, (req) =>
    groupsService.getGroup(db, actorOf(req), req.params.id),
  );
  r.patch(
    '/api/v1/groups/:id',
    {
      schema: {
        tags,
        summary: 'Change or move a group (admin; no cycles)',
        params: idParams,
        body: groupUpdateSchema,
        response: { 200: groupSchema, ...errors(400, 403, 404) },
      },
    },
    (req) => groupsService.updateGroup(db, actorOf(req), req.params.id, req.body),
  );
  r.delete(
    '/api/v1/groups/:id',
    {
      schema: {
        tags,
        summary: 'Delete a group (admin; 409 with subgroups or members)',
        params: idParams,
        response: { 200: groupSchema, ...errors(400, 403, 404, 409) },
      },
    },
    (req) => groupsService.deleteGroup(db, actorOf(req), req.params.id),
  );
}

/** The members of a group. */
function memberRoutes(app: FastifyInstance, db: Database) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['groups'];

  r.get(
    '/api/v1/groups/:id/members',
    {
      schema: {
        tags,
        summary: 'Members of a group with their role names',
        params: idParams,
        response: { 200: listOf(groupMemberSchema), ...errors(400, 404) },
      },
    },
    (req) => groupsService.listMembers(db, actorOf(req), req.params.id),
  );
  r.post(
    '/api/v1/groups/:id/members',
    {
      schema: {
        tags,
        summary: 'Add a member or change their role name (admin)',
        params: idParams,
        body: groupMemberInputSchema,
        response: { 200: listOf(groupMemberSchema), ...errors(400, 403, 404) },
      },
    },
    (req) => groupsService.putMember(db, actorOf(req), req.params.id, req.body),
  );
  r.delete(
    '/api/v1/groups/:id/members/:userId',
    { schema: { tags, summary: 'Remove a member (admin)', params: memberParams, response: { 200: listOf(groupMemberSchema), ...errors(400, 403, 404) } } },
    (req) => groupsService.removeMember(db, actorOf(req), req.params.id, req.params.userId),
  );
}

/** Salespeople (members of sales groups) and their budgets. */
function salesRoutes(app: FastifyInstance, db: Database) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['groups'];

  r.get(
    '/api/v1/salespeople',
    { schema: { tags, summary: 'Members of active sales groups', response: { 200: listOf(z.object({ id: z.string(), name: z.string() })), ...errors() } } },
    (req) => groupsService.listSalespeople(db, actorOf(req)),
  );

  r.get(
    '/api/v1/sales-budgets',
    {
      schema: {
        tags: ['sales budgets'],
        summary: 'Sales budgets per salesperson and month for a year',
        querystring: salesBudgetQuerySchema,
        response: { 200: listOf(salesBudgetSchema), ...errors(400) },
      },
    },
    (req) => listBudgets(db, actorOf(req), req.query.year),
  );
  r.put(
    '/api/v1/sales-budgets',
    {
      schema: {
        tags: ['sales budgets'],
        summary: "Save a year's budget grid (admin); cells not sent are cleared",
        querystring: salesBudgetQuerySchema,
        body: salesBudgetPutSchema,
        response: { 200: listOf(salesBudgetSchema), ...errors(400, 403) },
      },
    },
    (req) => putBudgets(db, actorOf(req), req.query.year, req.body.items),
  );
}
