import { z } from 'zod';
import { accountRoleSchema, dateTimeOutSchema, emailSchema, localeSchema, requiredText, roleSchema, timeZoneSchema } from './common';
import { weekStartSchema } from './workspace';
import { because } from './reasons';

export const userSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: accountRoleSchema,
  workspaceId: z.string(),
  locale: z.string(),
  timeZone: z.string(),
  /** The week start in effect (ISO: 1 = Monday … 7 = Sunday): the user's own, else the workspace's. */
  weekStart: z.number().int(),
  /** The user's own choice; null follows the workspace. */
  ownWeekStart: z.number().int().nullable(),
  /** Reminders also by e-mail (when the server has mail); on by default. */
  emailReminders: z.boolean(),
  /** A mail of the day's to-do at about 07:00 in the user's time zone (when the server has mail); off by default. */
  morningMail: z.boolean(),
  active: z.boolean(),
  /** Invited by an admin and not yet accepted: cannot sign in until they choose a password. */
  invited: z.boolean(),
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
  /** Null: follow the workspace's week start. */
  weekStart: weekStartSchema.nullable().optional(),
  active: z.boolean().optional(),
});
export type UserUpdate = z.infer<typeof userUpdateSchema>;

/** What a signed-in user may change about themselves (language, time zone, week start, name, password). */
export const meUpdateSchema = z.object({
  name: requiredText(200).optional(),
  locale: localeSchema.optional(),
  timeZone: timeZoneSchema.optional(),
  /** Null: follow the workspace's week start. */
  weekStart: weekStartSchema.nullable().optional(),
  emailReminders: z.boolean().optional(),
  morningMail: z.boolean().optional(),
  password: passwordSchema.optional(),
  currentPassword: z.string().max(200).optional(),
});

/** The "My settings" form: language, time zone and week start (null follows the workspace). */
export const mySettingsSchema = meUpdateSchema.pick({ locale: true, timeZone: true, weekStart: true, emailReminders: true, morningMail: true });

/** The change-password form: the current password, and the new one typed twice (the API takes it once). */
export const passwordChangeSchema = z
  .object({
    currentPassword: z.string().min(1, { message: 'Required' }).max(200),
    password: passwordSchema,
    confirm: z.string(),
  })
  .refine((v) => v.password === v.confirm, { path: ['confirm'], ...because('passwords_differ', 'The passwords differ') });

/** An admin invites a person: they get a link and choose their own password. */
export const invitationCreateSchema = z.object({
  email: emailSchema,
  name: requiredText(200),
  role: roleSchema,
  locale: localeSchema.optional(),
  timeZone: timeZoneSchema.optional(),
});
export type InvitationCreate = z.infer<typeof invitationCreateSchema>;

/** A pending invitation (its id is the invited user's id); `expiresAt` null when it was revoked or used. */
export const invitationSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: accountRoleSchema,
  invitedAt: dateTimeOutSchema,
  expiresAt: dateTimeOutSchema.nullable(),
  expired: z.boolean(),
});
export type Invitation = z.infer<typeof invitationSchema>;

/**
 * A new one-time link: mailed when SMTP is configured (`mailed: true`, `link: null`); otherwise
 * the link itself, shown to the admin this once to hand over.
 */
export const issuedLinkSchema = z.object({ mailed: z.boolean(), link: z.string().nullable(), expiresAt: dateTimeOutSchema });
export const invitationIssuedSchema = issuedLinkSchema.extend({ invitation: invitationSchema });
