import { mailRuleCreateSchema, mailRuleSchema, mailRuleUpdateSchema } from '../../../shared/mail';
import { mailRules } from '../../db/schema';
import type { ListDefinition } from '../settings/settings-lists';

/**
 * Settings list `mail-rules`: addresses and `@domains` whose mail is never journaled (a private
 * address, a bank, the company's own HR). Admins shape it; nothing refers to an item, so any may go.
 */
export const mailRuleList: ListDefinition = {
  path: 'mail-rules',
  entity: 'mail_rule',
  table: mailRules,
  item: mailRuleSchema,
  create: mailRuleCreateSchema,
  update: mailRuleUpdateSchema,
  usage: async () => null,
};
