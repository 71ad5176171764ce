import { LOCALES } from '../../../shared/common';

/**
 * What a new workspace starts with, named in each of Tend's languages. Keys are stable and used by
 * the API; names are for people. A workspace stores its items named in its own language, and while
 * an admin has not renamed an item (`name_is_default`), each reader sees it in their own language
 * (see `shownName`); a name an admin wrote is shown as written.
 */
export type SeedLocale = (typeof LOCALES)[number];
export const seedLocale = (locale: string): SeedLocale => ((LOCALES as readonly string[]).includes(locale) ? (locale as SeedLocale) : 'en');

type Names<K extends string> = Record<SeedLocale, Record<K, string>>;

export const defaultCustomerStatuses: Names<'lead' | 'prospect' | 'customer' | 'former'> = {
  en: { lead: 'Lead', prospect: 'Prospect', customer: 'Customer', former: 'Former customer' },
  da: { lead: 'Emne', prospect: 'Kundeemne', customer: 'Kunde', former: 'Tidligere kunde' },
  nb: { lead: 'Interessent', prospect: 'Potensiell kunde', customer: 'Kunde', former: 'Tidligere kunde' },
  hu: { lead: 'Érdeklődő', prospect: 'Potenciális ügyfél', customer: 'Ügyfél', former: 'Korábbi ügyfél' },
  he: { lead: 'ליד', prospect: 'לקוח פוטנציאלי', customer: 'לקוח', former: 'לקוח לשעבר' },
};

/** Activity types: key → icon (a name from the web app's icon set) and colour; names per language below. */
export const defaultActivityTypeLooks = {
  call: { icon: 'phone', color: '#2563eb' },
  meeting: { icon: 'users', color: '#7c3aed' },
  quote: { icon: 'file-text', color: '#d97706' },
  email: { icon: 'mail', color: '#0891b2' },
  note: { icon: 'sticky-note', color: '#64748b' },
  follow_up: { icon: 'repeat', color: '#16a34a' },
  task: { icon: 'square-check', color: '#dc2626' },
} as const;

export const defaultActivityTypes: Names<keyof typeof defaultActivityTypeLooks> = {
  en: { call: 'Call', meeting: 'Meeting', quote: 'Quote', email: 'Email', note: 'Note', follow_up: 'Follow-up', task: 'Task' },
  da: { call: 'Opkald', meeting: 'Møde', quote: 'Tilbud', email: 'E-mail', note: 'Notat', follow_up: 'Opfølgning', task: 'Opgave' },
  nb: { call: 'Telefon', meeting: 'Møte', quote: 'Tilbud', email: 'E-post', note: 'Notat', follow_up: 'Oppfølging', task: 'Oppgave' },
  hu: { call: 'Hívás', meeting: 'Megbeszélés', quote: 'Árajánlat', email: 'E-mail', note: 'Jegyzet', follow_up: 'Utánkövetés', task: 'Feladat' },
  he: { call: 'שיחת טלפון', meeting: 'פגישה', quote: 'הצעת מחיר', email: 'אימייל', note: 'הערה', follow_up: 'מעקב', task: 'משימה' },
};

/** Statuses; `succeeded` and `cancelled` close an activity (nothing more to do). */
export const defaultActivityStatusClosed = { scheduled: false, postponed: false, done: false, succeeded: true, cancelled: true } as const;

export const defaultActivityStatuses: Names<keyof typeof defaultActivityStatusClosed> = {
  en: { scheduled: 'Scheduled', postponed: 'Postponed', done: 'Done', succeeded: 'Succeeded', cancelled: 'Cancelled' },
  da: { scheduled: 'Planlagt', postponed: 'Udsat', done: 'Udført', succeeded: 'Lykkedes', cancelled: 'Aflyst' },
  nb: { scheduled: 'Planlagt', postponed: 'Utsatt', done: 'Utført', succeeded: 'Vellykket', cancelled: 'Avlyst' },
  hu: { scheduled: 'Tervezett', postponed: 'Elhalasztva', done: 'Elvégezve', succeeded: 'Sikeres', cancelled: 'Lemondva' },
  he: { scheduled: 'מתוכנן', postponed: 'נדחה', done: 'בוצע', succeeded: 'הצליח', cancelled: 'בוטל' },
};

/** The seeded lists, by the audit log's entity name of their items. */
export const STANDARD_LISTS = {
  customer_status: defaultCustomerStatuses,
  activity_type: defaultActivityTypes,
  activity_status: defaultActivityStatuses,
} as const;
export type StandardList = keyof typeof STANDARD_LISTS;

export const isStandardList = (entity: string): entity is StandardList => entity in STANDARD_LISTS;

/** Every standard name of a list in one language, by key (what a reader of that language sees). */
export const standardNames = (list: StandardList, locale: string): Record<string, string> => STANDARD_LISTS[list][seedLocale(locale)];

/** The standard name of a key in a language, or undefined when the key is not one Tend seeds. */
export const standardName = (list: StandardList, key: string, locale: string): string | undefined => {
  const names = standardNames(list, locale);
  return Object.hasOwn(names, key) ? names[key] : undefined;
};

export interface NamedItem {
  key: string;
  name: string;
  nameIsDefault: boolean;
}

/** The name a reader sees: the standard name in their language while nobody renamed it, else the name as written. */
export const shownName = (list: StandardList, item: NamedItem, locale: string): string =>
  (item.nameIsDefault ? standardName(list, item.key, locale) : undefined) ?? item.name;

/** An item's names for a reader: the name shown, and the standard name a reset would give back (when Tend seeded the item). */
export function namedFor<T extends NamedItem>(list: StandardList, item: T, locale: string): T & { standardName?: string } {
  const standard = standardName(list, item.key, locale);
  const { standardName: _stale, ...rest } = item as T & { standardName?: string };
  return { ...(rest as T), name: shownName(list, item, locale), ...(standard === undefined ? {} : { standardName: standard }) };
}
