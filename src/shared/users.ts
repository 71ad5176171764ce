import { z } from 'zod';
import { dateTimeOutSchema, emailSchema, localeSchema, requiredText, roleSchema, timeZoneSchema } from './common';

export const userSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: roleSchema,
  workspaceId: z.string(),
  locale: z.string(),
  timeZone: z.string(),
  active: z.boolean(),
  createdAt: dateTimeOutSchema,
});
export type User = z.infer<typeof userSchema>;

export const passwordSchema = z.string().min(10, { message: 'At least 10 characters' }).max(200, { message: 'At most 200 characters' });

export const userCreateSchema = z.object({
  email: emailSchema,
  name: requiredText(200),
  password: passwordSchema,
  role: roleSchema,
  locale: localeSchema.optional(),
  timeZone: timeZoneSchema.optional(),
});
export type UserCreate = z.infer<typeof userCreateSchema>;

export const userUpdateSchema = z.object({
  email: emailSchema.optional(),
  name: requiredText(200).optional(),
  password: passwordSchema.optional(),
  role: roleSchema.optional(),
  locale: localeSchema.optional(),
  timeZone: timeZoneSchema.optional(),
  active: z.boolean().optional(),
});
export type UserUpdate = z.infer<typeof userUpdateSchema>;

/** What a signed-in user may change about themselves (language, time zone, name, password). */
export const meUpdateSchema = z.object({
  name: requiredText(200).optional(),
  locale: localeSchema.optional(),
  timeZone: timeZoneSchema.optional(),
  password: passwordSchema.optional(),
  currentPassword: z.string().max(200).optional(),
});
