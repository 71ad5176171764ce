import i18next, { type TFunction } from 'i18next';
import { ApiError } from '../../api';
import { generalMessage } from '../../components/errors';

const USAGE_WORDS = ['customers', 'contacts', 'activities', 'subgroups', 'members', 'comments'] as const;
type UsageWord = (typeof USAGE_WORDS)[number];
const isUsageWord = (word: string): word is UsageWord => (USAGE_WORDS as readonly string[]).includes(word);

/** The counts a 409 carries ({ customers: 3, contacts: 1 }), for the kinds this page can name. */
export function usageIn(usage: Record<string, number>): { count: number; what: UsageWord }[] {
  return Object.entries(usage).flatMap(([word, count]) => (isUsageWord(word) && count > 0 ? [{ count, what: word }] : []));
}

function usageText(t: TFunction, part: { count: number; what: UsageWord }): string {
  switch (part.what) {
    case 'customers':
      return t('settings.usage.customers', { count: part.count });
    case 'contacts':
      return t('settings.usage.contacts', { count: part.count });
    case 'activities':
      return t('settings.usage.activities', { count: part.count });
    case 'subgroups':
      return t('settings.usage.subgroups', { count: part.count });
    case 'members':
      return t('settings.usage.members', { count: part.count });
    case 'comments':
      return t('settings.usage.comments', { count: part.count });
  }
}

/**
 * A failed delete in the user's language: a 409 says where the item is used (the server's counts)
 * and suggests deactivating it; anything else is the general message.
 */
export function deleteMessage(t: TFunction, error: unknown): string {
  if (error instanceof ApiError && error.status === 409) {
    const parts = usageIn(error.usage);
    if (parts.length === 0) return generalMessage(t, error);
    // "3 customers, 2 contacts and 1 activity" joined as the language joins lists, not by a translated " and ".
    const list = new Intl.ListFormat(i18next.language, { type: 'conjunction' });
    return t('settings.list.inUse', { where: list.format(parts.map((part) => usageText(t, part))) });
  }
  return generalMessage(t, error);
}

export const isConflict = (error: unknown) => error instanceof ApiError && error.status === 409;
