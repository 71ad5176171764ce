import { z } from 'zod';
import { emailSchema, localeSchema, requiredText, timeZoneSchema } from './common';
import { passwordSchema, userSchema } from './users';
import { because } from './reasons';

const tokenField = z.string().trim().min(1, { message: 'Required' }).max(200);

export const loginSchema = z.object({
  email: z.string().trim().toLowerCase().min(1, { message: 'Required' }).max(320),
  password: z.string().min(1, { message: 'Required' }).max(200),
  /** The workspace's id or name: needed only when the email has accounts in several workspaces. */
  workspace: z.string().trim().max(200).optional(),
});

export const loginResultSchema = z.object({ user: userSchema });

export const setupStateSchema = z.object({
  needed: z.boolean(),
  /** Whether anyone may create a new workspace (TEND_SIGNUP=1). */
  signup: z.boolean(),
  /** Whether Tend sends mail (TEND_SMTP_URL): the sign-in page offers "forgot password" only then. */
  mail: z.boolean(),
});

export const setupSchema = z.object({
  workspaceName: requiredText(200),
  name: requiredText(200),
  email: emailSchema,
  password: passwordSchema,
  locale: localeSchema.default('en'),
  timeZone: timeZoneSchema.default('Europe/Copenhagen'),
});

/** Opt-in sign-up: the same as first-run setup, for one more workspace. */
export const signupSchema = setupSchema;

export const tokenCreateSchema = z.object({ name: requiredText(100) });
export const tokenSchema = z.object({ id: z.string(), name: z.string(), createdAt: z.string(), lastUsedAt: z.string().nullable() });
export const tokenCreatedSchema = z.object({ id: z.string(), name: z.string(), token: z.string() });

/** Forgot password: always answered 202, whether or not the address has an account. */
export const forgotSchema = z.object({ email: emailSchema });

/** A new password with the one-time token from a reset link. */
export const resetSchema = z.object({ token: tokenField, password: passwordSchema });

/** An invited person accepts: their own password and, if they like, their name as they write it. */
export const acceptInvitationSchema = z.object({ token: tokenField, password: passwordSchema, name: requiredText(200).optional() });

const confirmed = <T extends { password: string; confirm: string }>(v: T) => v.password === v.confirm;
const differ = { path: ['confirm'], ...because('passwords_differ', 'The passwords differ') };

/** The reset page's form: the new password typed twice (the token comes from the link). */
export const resetFormSchema = z.object({ password: passwordSchema, confirm: z.string() }).refine(confirmed, differ);

/** The accept-invitation page's form: a name (optional: the admin's spelling stays) and the password typed twice. */
export const acceptFormSchema = z
  .object({ name: z.string().trim().max(200, { message: 'At most 200 characters' }), password: passwordSchema, confirm: z.string() })
  .refine(confirmed, differ);
