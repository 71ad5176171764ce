import { z } from 'zod';
import { idSchema } from './common';

/** Who sees customers: everyone, or (restricted) a `user` only those the visibility rule gives them. */
export const CUSTOMER_VISIBILITIES = ['everyone', 'restricted'] as const;
/** Whose calendars one sees: everyone's, those of one's groups, or one's own (the calendar uses it). */
export const CALENDAR_VISIBILITIES = ['everyone', 'groups', 'own'] as const;
export const SHARE_ACCESS = ['read', 'edit'] as const;
/** Customers one bulk share may name. */
export const BULK_SHARE_MAX = 1000;

const accessSchema = z.enum(SHARE_ACCESS, { message: "'read' or 'edit'" });

/** One share of a customer: with a user or with a group (exactly one of the two). */
export const shareSchema = z.object({
  userId: z.string().optional(),
  groupId: z.string().optional(),
  access: z.enum(SHARE_ACCESS),
});
export type Share = z.infer<typeof shareSchema>;

export const shareInputSchema = z
  .object({ userId: idSchema.optional(), groupId: idSchema.optional(), access: accessSchema })
  .strict()
  .refine((s) => (s.userId === undefined) !== (s.groupId === undefined), { message: 'Name either userId or groupId' });

export const sharesPutSchema = z.object({ items: z.array(shareInputSchema).max(500) }).strict();
export type SharesPut = z.infer<typeof sharesPutSchema>;

export const sharesSchema = z.object({ items: z.array(shareSchema) });

export const bulkShareSchema = z
  .object({
    customerIds: z
      .array(idSchema)
      .min(1, { message: 'Name at least one customer' })
      .max(BULK_SHARE_MAX, { message: `At most ${BULK_SHARE_MAX} customers per call` }),
    userIds: z.array(idSchema).max(500).optional(),
    groupIds: z.array(idSchema).max(500).optional(),
    access: accessSchema,
  })
  .strict()
  .refine((b) => (b.userIds?.length ?? 0) + (b.groupIds?.length ?? 0) > 0, { message: 'Name at least one user or group', path: ['userIds'] });
export type BulkShare = z.infer<typeof bulkShareSchema>;

export const bulkShareResultSchema = z.object({ shared: z.number().int() });

/** Why someone sees a customer (the "who can see this" panel). */
export const accessReasonSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('everyone') }),
  z.object({ kind: z.literal('role'), role: z.enum(['admin', 'manager']) }),
  z.object({ kind: z.literal('responsible') }),
  z.object({ kind: z.literal('share'), access: z.enum(SHARE_ACCESS) }),
  z.object({ kind: z.literal('group'), groupId: z.string(), groupName: z.string(), access: z.enum(SHARE_ACCESS) }),
  z.object({ kind: z.literal('activity') }),
]);
export type AccessReason = z.infer<typeof accessReasonSchema>;

export const customerAccessSchema = z.object({
  customerVisibility: z.enum(CUSTOMER_VISIBILITIES),
  items: z.array(
    z.object({
      userId: z.string(),
      name: z.string(),
      role: z.enum(['admin', 'manager', 'user']),
      /** What they may do: change it ('edit') or only read it. */
      access: z.enum(SHARE_ACCESS),
      reasons: z.array(accessReasonSchema),
    }),
  ),
});
export type CustomerAccess = z.infer<typeof customerAccessSchema>;
