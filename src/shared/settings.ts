import { z } from 'zod';
import { requiredText } from './common';
import { iconSchema } from './icons';
import { matching } from './reasons';

/** Every settings list item: a name people see, an active flag (inactive items stay on old records) and an order. */
const listItem = { id: z.string(), name: z.string(), active: z.boolean(), order: z.number() };
export const listItemSchema = z.object(listItem);
export type ListItem = z.infer<typeof listItemSchema>;

/**
 * Lists Tend seeds (customer statuses, activity types and statuses) say whether an item still has
 * its standard name: then `name` is in the reader's language; once an admin renamed it, as written.
 */
export const nameIsDefaultField = {
  nameIsDefault: z.boolean().describe("True while the item has Tend's standard name, shown in each reader's language"),
  standardName: z.string().optional().describe("Tend's standard name in the reader's language; absent for items a workspace added"),
};
/** In a change: true gives the item back its standard name; false keeps the name as it is for everyone. A new name sets it to false. */
const nameIsDefaultInput = { nameIsDefault: z.boolean().optional() };

export const customerStatusSchema = z.object({ ...listItem, key: z.string(), ...nameIsDefaultField });
export type CustomerStatus = z.infer<typeof customerStatusSchema>;

export const CATEGORY_TARGETS = ['customer', 'contact', 'both'] as const;
export const categorySchema = z.object({ ...listItem, appliesTo: z.enum(CATEGORY_TARGETS) });
export type Category = z.infer<typeof categorySchema>;

const listFields = {
  name: requiredText(100),
  active: z.boolean().optional(),
  order: z.number().int().min(0).max(100_000).optional(),
};
export const listItemCreateSchema = z.object(listFields);
export const listItemUpdateSchema = z.object(listFields).partial();

export const keySchema = z
  .string()
  .trim()
  .regex(...matching(/^[a-z][a-z0-9_]{0,39}$/, 'key', 'Lower-case letters, digits and _ (e.g. "key_account")'));

export const customerStatusCreateSchema = z.object({ ...listFields, key: keySchema });
/** Keys are what other records refer to: sending one in a change is refused with a field error. */
export const customerStatusUpdateSchema = listItemUpdateSchema.extend({ key: z.string().optional(), ...nameIsDefaultInput });
export const categoryCreateSchema = z.object({ ...listFields, appliesTo: z.enum(CATEGORY_TARGETS).default('both') });
export const categoryUpdateSchema = z.object({ ...listFields, appliesTo: z.enum(CATEGORY_TARGETS) }).partial();

export const reorderSchema = z.object({
  ids: z
    .array(z.uuid({ message: 'Not a valid id' }))
    .min(1)
    .max(1000),
});

export const moveCustomersSchema = z.object({ toIndustryId: z.uuid({ message: 'Not a valid id' }) });
export const moveCustomersResultSchema = z.object({ moved: z.number() });

/** The change log's entry (see history.ts), here for the settings pages that read it. */
export { auditEntrySchema } from './history';

export const GROUP_TYPES = ['standard', 'sales'] as const;
export const groupSchema = z.object({ ...listItem, type: z.enum(GROUP_TYPES), parentId: z.string().nullable(), memberCount: z.number() });
export type Group = z.infer<typeof groupSchema>;
export const groupCreateSchema = z.object({
  ...listFields,
  type: z.enum(GROUP_TYPES).default('standard'),
  parentId: z.uuid({ message: 'Not a valid id' }).nullable().optional(),
});
export const groupUpdateSchema = z.object({ ...listFields, type: z.enum(GROUP_TYPES), parentId: z.uuid({ message: 'Not a valid id' }).nullable() }).partial();

export const groupMemberSchema = z.object({ userId: z.string(), name: z.string(), roleName: z.string() });
export const groupMemberInputSchema = z.object({ userId: z.uuid({ message: 'Not a valid id' }), roleName: z.string().trim().max(100).default('') });

export const salesBudgetSchema = z.object({
  userId: z.string(),
  month: z.string(),
  amount: z.number(),
  currency: z.string(),
});
export type SalesBudget = z.infer<typeof salesBudgetSchema>;
export const salesBudgetQuerySchema = z.object({
  year: z.coerce.number().int().min(2000, { message: 'A year like 2026' }).max(2100, { message: 'A year like 2026' }),
});
export const salesBudgetPutSchema = z.object({
  items: z
    .array(
      z.object({
        userId: z.uuid({ message: 'Not a valid id' }),
        month: z.string().regex(...matching(/^\d{4}-(0[1-9]|1[0-2])$/, 'month', 'A month like 2026-03')),
        // numeric(14, 2): twelve digits before the decimal point.
        amount: z.number().min(0, { message: 'Not negative' }).max(999_999_999_999.99, { message: 'At most 999999999999.99' }),
        currency: z
          .string()
          .trim()
          .toUpperCase()
          .regex(...matching(/^[A-Z]{3}$/, 'currency', 'A currency code like DKK')),
      }),
    )
    .max(5000),
});

const colorSchema = z
  .string()
  .trim()
  .regex(...matching(/^#[0-9a-fA-F]{6}$/, 'color', 'A colour like #2f855a'));
const ruleSchema = z.string().trim().min(1).max(50).nullable().optional();

export const activityTypeCreateSchema = z.object({
  ...listFields,
  key: keySchema,
  icon: iconSchema.default('circle'),
  color: colorSchema.default('#64748b'),
  /** Completing an activity of this type moves its customer to this customer-status key (seed 002's Lead → Customer). */
  completionSetsCustomerStatus: ruleSchema,
});
export const activityTypeUpdateSchema = z
  .object({ ...listFields, icon: iconSchema, color: colorSchema, completionSetsCustomerStatus: ruleSchema, key: z.string() })
  .partial()
  .extend(nameIsDefaultInput);
export const activityStatusCreateSchema = z.object({ ...listFields, key: keySchema, closed: z.boolean().default(false) });
export const activityStatusUpdateSchema = z
  .object({ ...listFields, closed: z.boolean(), key: z.string() })
  .partial()
  .extend(nameIsDefaultInput);
