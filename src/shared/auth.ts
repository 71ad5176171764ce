import { z } from 'zod';
import { emailSchema, localeSchema, requiredText, timeZoneSchema } from './common';
import { passwordSchema, userSchema } from './users';

export const loginSchema = z.object({
  email: z.string().trim().toLowerCase().min(1, { message: 'Required' }).max(320),
  password: z.string().min(1, { message: 'Required' }).max(200),
});

export const loginResultSchema = z.object({ user: userSchema });

export const setupStateSchema = z.object({ needed: z.boolean() });

export const setupSchema = z.object({
  workspaceName: requiredText(200),
  name: requiredText(200),
  email: emailSchema,
  password: passwordSchema,
  locale: localeSchema.default('en'),
  timeZone: timeZoneSchema.default('Europe/Copenhagen'),
});

export const tokenCreateSchema = z.object({ name: requiredText(100) });
export const tokenSchema = z.object({ id: z.string(), name: z.string(), createdAt: z.string(), lastUsedAt: z.string().nullable() });
export const tokenCreatedSchema = z.object({ id: z.string(), name: z.string(), token: z.string() });
