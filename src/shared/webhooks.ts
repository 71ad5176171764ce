import { z } from 'zod';
import { dateTimeOutSchema, idSchema, pageQuerySchema } from './common';
import { because } from './reasons';

/** What a webhook can subscribe to; `webhook.test` is only ever sent by "Send a test event". */
export const WEBHOOK_EVENTS = [
  'customer.created',
  'customer.updated',
  'customer.deleted',
  'contact.created',
  'contact.updated',
  'contact.deleted',
  'activity.created',
  'activity.updated',
  'activity.completed',
  'activity.deleted',
] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number] | 'webhook.test';
export const DELIVERY_STATUSES = ['pending', 'delivered', 'failed'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

const isHttpUrl = (value: string) => URL.canParse(value) && ['http:', 'https:'].includes(new URL(value).protocol) && new URL(value).hostname !== '';

export const webhookUrlSchema = z
  .string()
  .trim()
  .min(1, { message: 'Required' })
  .max(2000, { message: 'At most 2000 characters' })
  .refine(isHttpUrl, because('website', 'An http:// or https:// address'));

const eventsSchema = z
  .array(z.enum(WEBHOOK_EVENTS))
  .min(1, { message: 'At least one' })
  .refine((events) => new Set(events).size === events.length, because('duplicate', 'Each event only once'));

export const webhookCreateSchema = z
  .object({
    url: webhookUrlSchema,
    events: eventsSchema,
    secret: z
      .string()
      .min(16, { message: 'At least 16 characters' })
      .max(200, { message: 'At most 200 characters' })
      .optional()
      .describe('Signs every delivery (HMAC-SHA256); left out, Tend makes one and answers it once'),
  })
  .strict();
export type WebhookCreate = z.infer<typeof webhookCreateSchema>;

export const webhookUpdateSchema = z.object({ events: eventsSchema.optional(), enabled: z.boolean().optional() }).strict();
export type WebhookUpdate = z.infer<typeof webhookUpdateSchema>;

export const webhookSchema = z.object({
  id: idSchema,
  url: z.string(),
  events: z.array(z.string()),
  enabled: z.boolean(),
  createdAt: dateTimeOutSchema,
  /** The last delivery's status, for the list (null: none yet). */
  lastStatus: z.enum(DELIVERY_STATUSES).nullable(),
});
export type Webhook = z.infer<typeof webhookSchema>;

/** The answer to a create: the only time the secret is shown. */
export const webhookCreatedSchema = webhookSchema.extend({ secret: z.string() });

export const deliverySchema = z.object({
  id: idSchema,
  event: z.string(),
  status: z.enum(DELIVERY_STATUSES),
  attempts: z.number().int(),
  responseCode: z.number().int().nullable(),
  lastError: z.string().nullable(),
  occurredAt: dateTimeOutSchema,
  lastAttemptAt: dateTimeOutSchema.nullable(),
  nextAttemptAt: dateTimeOutSchema.nullable().describe('When a pending delivery is tried next'),
  deliveredAt: dateTimeOutSchema.nullable(),
});
export type Delivery = z.infer<typeof deliverySchema>;

export const deliveryListQuerySchema = pageQuerySchema.extend({ status: z.enum(DELIVERY_STATUSES).optional() });
export type DeliveryListQuery = z.infer<typeof deliveryListQuerySchema>;
