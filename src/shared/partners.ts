import { z } from 'zod';
import { commentSchema } from './comments';
import { dateTimeOutSchema, emailSchema, idSchema, localeSchema, requiredText } from './common';
import { documentSchema } from './documents';

/** Without a seat a partner sees at most this many projects and this many tasks (seed 001: "10 projects / 50 tasks"). */
export const PARTNER_QUOTA = { projects: 10, tasks: 50 } as const;

/** An admin or manager invites a person of a customer: `POST /api/v1/partners`. */
export const partnerInviteSchema = z.object({
  customerId: idSchema,
  email: emailSchema,
  name: requiredText(200),
  locale: localeSchema.optional(),
});
export type PartnerInvite = z.infer<typeof partnerInviteSchema>;

/** The invitation: `inviteUrl` is the one-time link (valid 7 days), null when it was mailed (SMTP configured). */
export const partnerInvitedSchema = z.object({
  userId: z.string(),
  inviteUrl: z.string().nullable(),
  mailed: z.boolean(),
  expiresAt: dateTimeOutSchema,
});

/** A partner as staff see them: how much is shared with them against the quota. */
export const partnerSchema = z.object({
  userId: z.string(),
  customerId: z.string().nullable(),
  email: z.string(),
  name: z.string(),
  /** Given a seat: no quota. */
  seat: z.boolean(),
  active: z.boolean(),
  /** Has not opened the invitation yet. */
  invited: z.boolean(),
  /** Projects shared with them, and the tasks (activities) in those projects. */
  projects: z.number().int(),
  tasks: z.number().int(),
});
export type Partner = z.infer<typeof partnerSchema>;

export const partnerUpdateSchema = z.object({
  seat: z.boolean().optional(),
  /** False: the partner can no longer sign in (their shares stay). */
  active: z.boolean().optional(),
});

export const projectPartnersSchema = z.object({
  items: z.array(z.object({ userId: z.string(), name: z.string(), email: z.string() })),
});
export const projectPartnersPutSchema = z.object({
  userIds: z.array(idSchema).max(100, { message: 'At most 100' }),
});

/** A project as its partner sees it. */
export const partnerProjectSchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  customerName: z.string(),
  openTasks: z.number().int(),
  doneTasks: z.number().int(),
  updatedAt: dateTimeOutSchema,
});
export type PartnerProject = z.infer<typeof partnerProjectSchema>;

/** An activity (task) of a shared project, with its thread and documents. */
export const partnerActivitySchema = z.object({
  id: z.string(),
  subject: z.string(),
  note: z.string().nullable(),
  typeKey: z.string().nullable(),
  typeName: z.string().nullable(),
  scheduledAt: dateTimeOutSchema.nullable(),
  done: z.boolean(),
  doneAt: dateTimeOutSchema.nullable(),
  responsibleName: z.string().nullable(),
  comments: z.array(commentSchema),
  documents: z.array(documentSchema),
});
export type PartnerActivity = z.infer<typeof partnerActivitySchema>;

export const partnerProjectDetailSchema = z.object({
  project: partnerProjectSchema,
  activities: z.array(partnerActivitySchema),
});
export type PartnerProjectDetail = z.infer<typeof partnerProjectDetailSchema>;

/** What a partner may write on a task: a comment (no keywords or customer status: those are staff's). */
export const partnerCommentSchema = z.object({ text: requiredText(5_000) });
export const partnerCompleteSchema = z.object({});
