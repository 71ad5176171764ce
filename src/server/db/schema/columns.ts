import { sql } from 'drizzle-orm';
import { boolean, timestamp, uuid } from 'drizzle-orm/pg-core';

/** Shared column builders: every business table has an id and belongs to a workspace. */
export const id = () => uuid('id').primaryKey().default(sql`gen_random_uuid()`);
export const createdAt = () => timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow();
export const updatedAt = () => timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow();
export const tstz = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/**
 * True while the item has the name Tend gave it (a standard key, named in the workspace's language):
 * readers then see the standard name in their own language. A flag rather than a nullable custom
 * name, so `name` stays the item's name for every query and API writer that reads it.
 */
export const nameIsDefault = () => boolean('name_is_default').notNull().default(false);
