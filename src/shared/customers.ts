import { z } from 'zod';
import { dateTimeOutSchema, idSchema, optionalEmail, optionalText, pageQuerySchema, requiredText } from './common';
import { matching } from './reasons';

export const customerSchema = z.object({
  id: z.string(),
  name: z.string(),
  status: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  website: z.string().nullable(),
  address: z.string().nullable(),
  postalCode: z.string().nullable(),
  city: z.string().nullable(),
  countryCode: z.string().nullable(),
  industryId: z.string().nullable(),
  categoryIds: z.array(z.string()),
  /** Extra customer info (seed 003): how the customer came to us, its sources and the products it has. */
  originId: z.string().nullable(),
  sourceIds: z.array(z.string()),
  productIds: z.array(z.string()),
  /** The work areas (AdWords, SEO, …) the customer is enrolled in: it is listed under their tabs. */
  workAreaIds: z.array(z.string()),
  responsibleId: z.string().nullable(),
  createdAt: dateTimeOutSchema,
  updatedAt: dateTimeOutSchema,
  deletedAt: dateTimeOutSchema.nullable(),
  deletedById: z.string().nullable(),
  /**
   * What the caller may do with the customer (issue 13): 'edit', or 'read' when it is shared with
   * them for reading only (their changes answer 403 read_only_share). In the answers of
   * GET /customers/{id} and the customer list; absent elsewhere, where it is 'edit'.
   */
  access: z.enum(['read', 'edit']).optional(),
  /** A model customer (issue 17): left out of lists unless `template=true`; exported and imported as a template. */
  isTemplate: z.boolean(),
});
export type Customer = z.infer<typeof customerSchema>;

const countryCode = z
  .string()
  .trim()
  .toUpperCase()
  .transform((s) => (s === '' ? null : s))
  .pipe(
    z
      .string()
      .regex(...matching(/^[A-Z]{2}$/, 'country_code', 'A two-letter country code (DK, NO, HU, IL, …)'))
      .nullable(),
  )
  .nullable()
  .optional();

const website = z
  .string()
  .trim()
  .max(300, { message: 'At most 300 characters' })
  .transform((s) => (s === '' ? null : s))
  .pipe(
    z
      .string()
      .regex(...matching(/^(https?:\/\/)?[^\s/$.?#][^\s]*\.[^\s]+$/i, 'website', 'Not a web address'))
      .nullable(),
  )
  .nullable()
  .optional();

const customerFields = {
  name: requiredText(200),
  status: z.string().trim().min(1, { message: 'Required' }).max(50),
  email: optionalEmail,
  phone: optionalText(50),
  website,
  address: optionalText(300),
  postalCode: optionalText(20),
  city: optionalText(100),
  countryCode,
  industryId: idSchema.nullable().optional(),
  categoryIds: z.array(idSchema).max(100).optional(),
  originId: idSchema.nullable().optional(),
  sourceIds: z.array(idSchema).max(100).optional(),
  productIds: z.array(idSchema).max(500).optional(),
  workAreaIds: z
    .array(idSchema)
    .max(100)
    .transform((ids) => [...new Set(ids)])
    .optional(),
  responsibleId: idSchema.nullable().optional(),
  isTemplate: z.boolean().optional(),
};

export const customerCreateSchema = z.object({ ...customerFields, status: customerFields.status.default('lead') });
export type CustomerCreate = z.infer<typeof customerCreateSchema>;
export const customerUpdateSchema = z.object(customerFields).partial();
export type CustomerUpdate = z.infer<typeof customerUpdateSchema>;

const booleanQuery = z.enum(['true', 'false']).transform((v) => v === 'true');

export const CUSTOMER_SORTS = ['name', 'status', 'city', 'updated', 'created'] as const;
export const customerSortSchema = z.enum(CUSTOMER_SORTS);
export type CustomerSort = z.infer<typeof customerSortSchema>;

export const customerListQuerySchema = pageQuerySchema.extend({
  /** Words to find (accents and case ignored); without `sort` the best matches come first. */
  q: z.string().trim().max(200).optional(),
  /** The order of the live list: by name (default without `q`), status (its place in the settings list), city, last change or creation. */
  sort: customerSortSchema.optional(),
  order: z.enum(['asc', 'desc']).optional(),
  status: z.string().trim().max(50).optional(),
  responsibleId: idSchema.optional(),
  deleted: booleanQuery.optional(),
  industryId: idSchema.optional(),
  categoryId: idSchema.optional(),
  /** true: the template customers only; otherwise they are left out (issue 17). */
  template: booleanQuery.optional(),
});
export type CustomerListQuery = z.infer<typeof customerListQuerySchema>;

export const MATCH_FIELDS = ['name', 'email', 'phone', 'contact'] as const;
export const MATCH_KINDS = ['exact', 'prefix', 'word', 'partial'] as const;

/** Why a customer matched `q`: the field (its own name, email, phone, or one of its contacts) and how well. */
export const customerMatchSchema = z.object({
  field: z.enum(MATCH_FIELDS),
  kind: z.enum(MATCH_KINDS),
  /** The first matching live contact's name, when the match came through a contact. */
  contactName: z.string().optional(),
});
export type CustomerMatch = z.infer<typeof customerMatchSchema>;

/** A customer in a list; with `q`, also why it matched. */
export const customerListItemSchema = customerSchema.extend({ match: customerMatchSchema.optional() });
export type CustomerListItem = z.infer<typeof customerListItemSchema>;

export const customerDuplicatesQuerySchema = z.object({
  name: z.string().trim().max(200).optional(),
  email: z.string().trim().max(320).optional(),
  phone: z.string().trim().max(50).optional(),
  /** The customer being edited, left out of its own candidates. */
  excludeId: idSchema.optional(),
});
export type CustomerDuplicatesQuery = z.infer<typeof customerDuplicatesQuerySchema>;

export const DUPLICATE_REASONS = ['name', 'email', 'phone'] as const;
/** An existing customer that may be the one about to be created: what is alike, and how alike the names are (0–1). */
export const duplicateCandidateSchema = customerSchema.extend({
  reasons: z.array(z.enum(DUPLICATE_REASONS)),
  nameSimilarity: z.number(),
});
export type DuplicateCandidate = z.infer<typeof duplicateCandidateSchema>;

export const statusChangeSchema = z.object({
  at: z.string(),
  fromStatus: z.string().nullable(),
  toStatus: z.string(),
  userId: z.string().nullable(),
  /** Set when completing an activity changed the status (an activity type's rule). */
  activityId: z.string().nullable(),
  reason: z.string().nullable(),
  /** Set when a comment on an activity changed the status (then `activityId` is the commented activity). */
  commentId: z.string().nullable(),
});
