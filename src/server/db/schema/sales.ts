import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, numeric, pgTable, text, unique, uuid } from 'drizzle-orm/pg-core';
import { activityTypes } from './activities';
import { createdAt, id, nameIsDefault, tstz, updatedAt } from './columns';
import { contacts, customers } from './customers';
import { sources } from './settings';
import { users, workspaces } from './workspaces';

/**
 * Sales stages (issue 18, migration 0036): a settings list with a probability (0–100 %) and a kind.
 * `won`/`lost` close a sales project; standard items carry a key and `name_is_default` (as in 0017/0022).
 */
export const salesStages = pgTable(
  'sales_stages',
  {
    id: id(),
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    key: text('key'),
    name: text('name').notNull(),
    nameIsDefault: nameIsDefault(),
    active: boolean('active').notNull().default(true),
    order: integer('sort_order').notNull().default(0),
    createdAt: createdAt(),
    probability: integer('probability').notNull().default(0),
    kind: text('kind', { enum: ['open', 'won', 'lost'] })
      .notNull()
      .default('open'),
  },
  (t) => [
    unique('sales_stages_key').on(t.workspaceId, t.key),
    index('sales_stages_ws_idx').on(t.workspaceId, t.order),
    check('sales_stages_probability', sql`${t.probability} BETWEEN 0 AND 100`),
    check('sales_stages_kind', sql`${t.kind} IN ('open', 'won', 'lost')`),
  ],
);

/** Campaigns: activities, sales projects and customers link to one (`campaign_id`). */
export const campaigns = pgTable(
  'campaigns',
  {
    id: id(),
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    description: text('description'),
    startsOn: date('starts_on', { mode: 'string' }),
    endsOn: date('ends_on', { mode: 'string' }),
    active: boolean('active').notNull().default(true),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('campaigns_ws_name_idx').on(t.workspaceId, t.name, t.id),
    check('campaigns_period', sql`${t.endsOn} IS NULL OR ${t.startsOn} IS NULL OR ${t.endsOn} >= ${t.startsOn}`),
  ],
);

/**
 * Sales projects (opportunities). `status` mirrors the stage's kind (open/won/lost) and `closed_at` is
 * when it became won or lost, so reports group by them without a join. `follow_up_activity_id` is the
 * project's current follow-up activity (one open at a time; the row is locked while it changes).
 */
export const salesProjects = pgTable(
  'sales_projects',
  {
    id: id(),
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customers.id, { onDelete: 'cascade' }),
    contactId: uuid('contact_id').references(() => contacts.id, { onDelete: 'set null' }),
    responsibleId: uuid('responsible_id')
      .notNull()
      .references(() => users.id),
    sourceId: uuid('source_id').references(() => sources.id),
    stageId: uuid('stage_id')
      .notNull()
      .references(() => salesStages.id),
    status: text('status', { enum: ['open', 'won', 'lost'] })
      .notNull()
      .default('open'),
    amount: numeric('amount', { precision: 14, scale: 2 }),
    currency: text('currency').notNull(),
    /** The chance in percent; starts as the stage's and follows it when the stage changes. */
    probability: integer('probability').notNull().default(0),
    expectedCloseDate: date('expected_close_date', { mode: 'string' }),
    followUpAt: tstz('follow_up_at'),
    followUpTypeId: uuid('follow_up_type_id').references(() => activityTypes.id),
    followUpText: text('follow_up_text'),
    followUpActivityId: uuid('follow_up_activity_id'),
    campaignId: uuid('campaign_id').references(() => campaigns.id, { onDelete: 'set null' }),
    closedAt: tstz('closed_at'),
    createdById: uuid('created_by_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('sales_projects_ws_created_idx').on(t.workspaceId, t.createdAt, t.id),
    index('sales_projects_ws_stage_idx').on(t.workspaceId, t.stageId),
    index('sales_projects_ws_responsible_idx').on(t.workspaceId, t.responsibleId, t.createdAt),
    index('sales_projects_ws_status_closed_idx').on(t.workspaceId, t.status, t.closedAt),
    index('sales_projects_customer_idx').on(t.customerId),
    index('sales_projects_campaign_idx').on(t.campaignId).where(sql`${t.campaignId} IS NOT NULL`),
    check('sales_projects_probability', sql`${t.probability} BETWEEN 0 AND 100`),
    check('sales_projects_status', sql`${t.status} IN ('open', 'won', 'lost')`),
    check('sales_projects_currency', sql`${t.currency} ~ '^[A-Z]{3}$'`),
  ],
);
