import { z } from 'zod';
import { dateTimeOutSchema, idSchema, optionalEmail, optionalText, pageQuerySchema, requiredText } from './common';

export const contactSchema = z.object({
  id: z.string(),
  customerId: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  title: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  roleId: z.string().nullable(),
  categoryIds: z.array(z.string()),
  createdAt: dateTimeOutSchema,
  updatedAt: dateTimeOutSchema,
});
export type Contact = z.infer<typeof contactSchema>;

const contactFields = {
  customerId: idSchema,
  firstName: requiredText(100),
  lastName: z.string().trim().max(100, { message: 'At most 100 characters' }).default(''),
  title: optionalText(100),
  email: optionalEmail,
  phone: optionalText(50),
  roleId: idSchema.nullable().optional(),
  categoryIds: z.array(idSchema).max(100).optional(),
};

export const contactCreateSchema = z.object(contactFields);
export type ContactCreate = z.infer<typeof contactCreateSchema>;
export const contactUpdateSchema = z.object({ ...contactFields, lastName: z.string().trim().max(100, { message: 'At most 100 characters' }) }).partial();
export type ContactUpdate = z.infer<typeof contactUpdateSchema>;

export const contactListQuerySchema = pageQuerySchema.extend({
  customerId: idSchema.optional(),
  q: z.string().trim().max(200).optional(),
});
export type ContactListQuery = z.infer<typeof contactListQuerySchema>;
