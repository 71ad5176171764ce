import { z } from 'zod';
import { dateTimeOutSchema, idSchema, optionalEmail, optionalText, pageQuerySchema, requiredText } from './common';

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
  responsibleId: z.string().nullable(),
  createdAt: dateTimeOutSchema,
  updatedAt: dateTimeOutSchema,
  deletedAt: dateTimeOutSchema.nullable(),
  deletedById: z.string().nullable(),
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
      .regex(/^[A-Z]{2}$/, { message: 'A two-letter country code (DK, NO, HU, IL, …)' })
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
      .regex(/^(https?:\/\/)?[^\s/$.?#][^\s]*\.[^\s]+$/i, { message: 'Not a web address' })
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
  responsibleId: idSchema.nullable().optional(),
};

export const customerCreateSchema = z.object({ ...customerFields, status: customerFields.status.default('lead') });
export type CustomerCreate = z.infer<typeof customerCreateSchema>;
export const customerUpdateSchema = z.object(customerFields).partial();
export type CustomerUpdate = z.infer<typeof customerUpdateSchema>;

const booleanQuery = z.enum(['true', 'false']).transform((v) => v === 'true');

export const customerListQuerySchema = pageQuerySchema.extend({
  q: z.string().trim().max(200).optional(),
  status: z.string().trim().max(50).optional(),
  responsibleId: idSchema.optional(),
  deleted: booleanQuery.optional(),
  industryId: idSchema.optional(),
  categoryId: idSchema.optional(),
});
export type CustomerListQuery = z.infer<typeof customerListQuerySchema>;

export const statusChangeSchema = z.object({
  at: z.string(),
  fromStatus: z.string().nullable(),
  toStatus: z.string(),
  userId: z.string().nullable(),
  /** Set when completing an activity changed the status (an activity type's rule). */
  activityId: z.string().nullable(),
  reason: z.string().nullable(),
});
