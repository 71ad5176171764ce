import { sql } from 'drizzle-orm';
import { type AnyPgColumn, boolean, foreignKey, index, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, tstz, updatedAt } from './columns';
import { categories, contactRoles, customerStatuses, industries } from './lists';
import { campaigns } from './sales';
import { origins } from './settings';
import { users, workspaces } from './workspaces';

export const customers = pgTable(
  'customers',
  {
    id: id(),
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    status: text('status').notNull(),
    email: text('email'),
    phone: text('phone'),
    website: text('website'),
    address: text('address'),
    postalCode: text('postal_code'),
    city: text('city'),
    countryCode: text('country_code'),
    industryId: uuid('industry_id').references(() => industries.id),
    /** Seed 003's "contact origin": how the customer first came to us. */
    originId: uuid('origin_id').references((): AnyPgColumn => origins.id),
    responsibleId: uuid('responsible_id').references(() => users.id),
    /** The work areas (AdWords, SEO, …) the customer is enrolled in (migration 0022). */
    workAreaIds: uuid('work_area_ids').array().notNull().default(sql`'{}'`),
    /** The campaign that reached the customer (issue 18, migration 0036). */
    campaignId: uuid('campaign_id').references((): AnyPgColumn => campaigns.id, { onDelete: 'set null' }),
    /** Folded (lower case, accents removed) name, email and phone for accent-insensitive search. */
    searchText: text('search_text').generatedAlwaysAs(
      sql`tend_fold(coalesce(name, '') || ' ' || coalesce(email, '') || ' ' || coalesce(phone, '') || ' ' || regexp_replace(coalesce(phone, ''), '[^0-9]', '', 'g'))`,
    ),
    /**
     * The folded search text of the customer's live contacts, one line each, kept current by
     * triggers on contacts (migration 0006), so a customer search needs no correlated look-up.
     */
    contactSearchText: text('contact_search_text').notNull().default(''),
    /** A model customer (migration 0034): left out of lists unless asked for, exported and imported as a template. */
    isTemplate: boolean('is_template').notNull().default(false),
    /** The folded name, compared four ways by the ranked search (migration 0014). */
    nameFolded: text('name_folded').generatedAlwaysAs(sql`tend_fold(name)`),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    deletedAt: tstz('deleted_at'),
    deletedById: uuid('deleted_by_id').references(() => users.id),
  },
  (t) => [
    foreignKey({ columns: [t.workspaceId, t.status], foreignColumns: [customerStatuses.workspaceId, customerStatuses.key] }),
    index('customers_ws_name_idx').on(t.workspaceId, t.name, t.id),
    // A restricted user's list (migration 0042, in SQL: Drizzle has no INCLUDE): customers_ws_live_name_idx
    // (workspace_id, name, id) INCLUDE (responsible_id) WHERE deleted_at IS NULL AND NOT is_template.
    index('customers_ws_deleted_idx').on(t.workspaceId, t.deletedAt),
    index('customers_search_trgm_idx').using('gin', sql`${t.searchText} gin_trgm_ops`),
    index('customers_contact_search_trgm_idx').using('gin', sql`${t.contactSearchText} gin_trgm_ops`),
    // The duplicate check (migration 0014): the name without legal forms, the phone's last digits, the email.
    index('customers_company_key_trgm_idx').using('gin', sql`tend_company_key(${t.name}) gin_trgm_ops`),
    index('customers_ws_phone_key_idx').on(t.workspaceId, sql`tend_phone_key(${t.phone})`),
    index('customers_ws_email_idx').on(t.workspaceId, t.email),
    // The list sorted by last change or creation, paged by keyset.
    index('customers_ws_updated_idx').on(t.workspaceId, t.updatedAt, t.id),
    index('customers_ws_created_idx').on(t.workspaceId, t.createdAt, t.id),
    index('customers_ws_responsible_idx').on(t.workspaceId, t.responsibleId, t.id),
    index('customers_campaign_idx').on(t.campaignId).where(sql`${t.campaignId} IS NOT NULL`),
    // Mail matching (migration 0031): a sender's domain against the customers' email and website domains.
    index('customers_ws_mail_domain_idx').on(t.workspaceId, sql`tend_mail_domain(${t.email})`),
    index('customers_ws_web_domain_idx').on(t.workspaceId, sql`tend_web_domain(${t.website})`),
    // The template picker (migration 0034): a workspace's few template customers.
    index('customers_ws_template_idx').on(t.workspaceId, t.name).where(sql`${t.isTemplate}`),
    // Import matching (migration 0040): an email in any case, the folded name.
    index('customers_ws_email_lower_idx').on(t.workspaceId, sql`lower(${t.email})`),
    index('customers_ws_name_folded_idx').on(t.workspaceId, t.nameFolded),
  ],
);

export const customerCategories = pgTable(
  'customer_categories',
  {
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customers.id, { onDelete: 'cascade' }),
    categoryId: uuid('category_id')
      .notNull()
      .references(() => categories.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.customerId, t.categoryId] }), index('customer_categories_cat_idx').on(t.categoryId)],
);

export const contacts = pgTable(
  'contacts',
  {
    id: id(),
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customers.id, { onDelete: 'cascade' }),
    firstName: text('first_name').notNull(),
    lastName: text('last_name').notNull().default(''),
    title: text('title'),
    email: text('email'),
    phone: text('phone'),
    roleId: uuid('role_id').references(() => contactRoles.id),
    searchText: text('search_text').generatedAlwaysAs(
      sql`tend_fold(coalesce(first_name, '') || ' ' || coalesce(last_name, '') || ' ' || coalesce(email, '') || ' ' || coalesce(phone, '') || ' ' || regexp_replace(coalesce(phone, ''), '[^0-9]', '', 'g'))`,
    ),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    deletedAt: tstz('deleted_at'),
  },
  (t) => [
    index('contacts_customer_idx').on(t.customerId, t.lastName, t.firstName),
    index('contacts_ws_name_idx').on(t.workspaceId, t.lastName, t.firstName, t.id),
    index('contacts_search_trgm_idx').using('gin', sql`${t.searchText} gin_trgm_ops`),
    // Mail matching (migration 0031): an address equal to a contact's email, in any case.
    index('contacts_ws_email_lower_idx').on(t.workspaceId, sql`lower(${t.email})`),
  ],
);

export const contactCategories = pgTable(
  'contact_categories',
  {
    contactId: uuid('contact_id')
      .notNull()
      .references(() => contacts.id, { onDelete: 'cascade' }),
    categoryId: uuid('category_id')
      .notNull()
      .references(() => categories.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.contactId, t.categoryId] }), index('contact_categories_cat_idx').on(t.categoryId)],
);
