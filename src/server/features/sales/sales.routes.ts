import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { activitySchema } from '../../../shared/activities';
import { listOf } from '../../../shared/common';
import {
  campaignCreateSchema,
  campaignListQuerySchema,
  campaignResultsSchema,
  campaignSchema,
  campaignUpdateSchema,
  salesProjectCreateSchema,
  salesProjectListQuerySchema,
  salesProjectSchema,
  salesProjectUpdateSchema,
} from '../../../shared/sales';
import { actorOf } from '../../auth/authenticate';
import type { Database } from '../../db/client';
import { errors, idParams } from '../../http/route-helpers';
import { settingsListRoutes } from '../settings/settings-lists.routes';
import * as campaigns from './campaigns.service';
import { salesListDefinitions } from './sales-lists';
import * as projects from './sales-projects.service';

/** Issue 18: the sales-stages list, sales projects (with their follow-up rule) and campaigns. */
export function salesRoutes(app: FastifyInstance, db: Database) {
  settingsListRoutes(app, db, salesListDefinitions);
  salesProjectRoutes(app, db);
  campaignRoutes(app, db);
}

function salesProjectRoutes(app: FastifyInstance, db: Database) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['sales-projects'];
  const base = '/api/v1/sales-projects';
  r.get(
    base,
    {
      schema: {
        tags,
        summary: 'Sales projects the caller may see, newest first',
        querystring: salesProjectListQuerySchema,
        response: { 200: listOf(salesProjectSchema), ...errors(400) },
      },
    },
    (req) => projects.listSalesProjects(db, actorOf(req), req.query),
  );
  r.post(
    base,
    { schema: { tags, summary: 'Create a sales project', body: salesProjectCreateSchema, response: { 201: salesProjectSchema, ...errors(400, 403, 404) } } },
    async (req, reply) => reply.status(201).send(await projects.createSalesProject(db, actorOf(req), req.body)),
  );
  r.get(
    `${base}/:id`,
    { schema: { tags, summary: 'One sales project', params: idParams, response: { 200: salesProjectSchema, ...errors(400, 404) } } },
    (req) => projects.getSalesProject(db, actorOf(req), req.params.id),
  );
  r.patch(
    `${base}/:id`,
    {
      schema: {
        tags,
        summary: 'Change a sales project: a changed follow-up moves its one open follow-up activity; a won stage applies the type/status rule',
        params: idParams,
        body: salesProjectUpdateSchema,
        response: { 200: salesProjectSchema, ...errors(400, 403, 404) },
      },
    },
    (req) => projects.updateSalesProject(db, actorOf(req), req.params.id, req.body),
  );
  r.delete(
    `${base}/:id`,
    { schema: { tags, summary: 'Delete a sales project', params: idParams, response: { 200: salesProjectSchema, ...errors(400, 403, 404) } } },
    (req) => projects.deleteSalesProject(db, actorOf(req), req.params.id),
  );
  r.get(
    `${base}/:id/activities`,
    {
      schema: {
        tags,
        summary: 'The whole sales dialogue: every activity linked to the project',
        params: idParams,
        response: { 200: listOf(activitySchema), ...errors(400, 404) },
      },
    },
    (req) => projects.listSalesProjectActivities(db, actorOf(req), req.params.id),
  );
}

function campaignRoutes(app: FastifyInstance, db: Database) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['campaigns'];
  const base = '/api/v1/campaigns';
  r.get(
    base,
    { schema: { tags, summary: 'Campaigns by name', querystring: campaignListQuerySchema, response: { 200: listOf(campaignSchema), ...errors(400) } } },
    (req) => campaigns.listCampaigns(db, actorOf(req), req.query),
  );
  r.post(
    base,
    {
      schema: { tags, summary: 'Create a campaign (managers and admins)', body: campaignCreateSchema, response: { 201: campaignSchema, ...errors(400, 403) } },
    },
    async (req, reply) => reply.status(201).send(await campaigns.createCampaign(db, actorOf(req), req.body)),
  );
  r.get(`${base}/:id`, { schema: { tags, summary: 'One campaign', params: idParams, response: { 200: campaignSchema, ...errors(400, 404) } } }, (req) =>
    campaigns.getCampaign(db, actorOf(req), req.params.id),
  );
  r.patch(
    `${base}/:id`,
    {
      schema: {
        tags,
        summary: 'Change a campaign (managers and admins)',
        params: idParams,
        body: campaignUpdateSchema,
        response: { 200: campaignSchema, ...errors(400, 403, 404) },
      },
    },
    (req) => campaigns.updateCampaign(db, actorOf(req), req.params.id, req.body),
  );
  r.delete(
    `${base}/:id`,
    {
      schema: {
        tags,
        summary: 'Delete a campaign nothing links to (409 otherwise)',
        params: idParams,
        response: { 200: campaignSchema, ...errors(400, 403, 404, 409) },
      },
    },
    (req) => campaigns.deleteCampaign(db, actorOf(req), req.params.id),
  );
  r.get(
    `${base}/:id/results`,
    {
      schema: {
        tags,
        summary: 'What the campaign created, over what the caller may see',
        params: idParams,
        response: { 200: campaignResultsSchema, ...errors(400, 404) },
      },
    },
    (req) => campaigns.getCampaignResults(db, actorOf(req), req.params.id),
  );
}
