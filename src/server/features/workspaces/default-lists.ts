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

/** Customer tasks (issue 15): the work areas and task templates of seed 000's agency. */
export const defaultWorkAreas: Names<'adwords' | 'seo' | 'websites'> = {
  en: { adwords: 'AdWords', seo: 'SEO', websites: 'Websites' },
  da: { adwords: 'AdWords', seo: 'SEO', websites: 'Hjemmesider' },
  nb: { adwords: 'AdWords', seo: 'SEO', websites: 'Nettsider' },
  hu: { adwords: 'AdWords', seo: 'SEO', websites: 'Weboldalak' },
  he: { adwords: 'AdWords', seo: 'SEO', websites: 'אתרי אינטרנט' },
};

/** Standard templates: a kick-off call after 3 days, a monthly optimisation, a quarterly report. */
export const defaultTaskTemplateRules = {
  kickoff: { icon: 'phone', type: 'call', areas: ['adwords', 'seo', 'websites'], due: 'deadline', dueInDays: 3, recurrence: null },
  optimisation: { icon: 'repeat', type: 'task', areas: ['adwords', 'seo'], due: 'recurring', dueInDays: null, recurrence: 'FREQ=MONTHLY;BYMONTHDAY=-1' },
  quarterly_report: {
    icon: 'file-text',
    type: 'task',
    areas: ['adwords', 'seo'],
    due: 'recurring',
    dueInDays: null,
    recurrence: 'FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=-1',
  },
  ad_hoc: { icon: 'square-check', type: 'task', areas: ['adwords', 'seo', 'websites'], due: 'none', dueInDays: null, recurrence: null },
} as const;

export const defaultTaskTemplates: Names<keyof typeof defaultTaskTemplateRules> = {
  en: { kickoff: 'Kick-off call', optimisation: 'Optimisation', quarterly_report: 'Quarterly report', ad_hoc: 'Ad hoc task' },
  da: { kickoff: 'Opstartsopkald', optimisation: 'Optimering', quarterly_report: 'Kvartalsrapport', ad_hoc: 'Ad hoc-opgave' },
  nb: { kickoff: 'Oppstartssamtale', optimisation: 'Optimalisering', quarterly_report: 'Kvartalsrapport', ad_hoc: 'Ad hoc-oppgave' },
  hu: { kickoff: 'Indító hívás', optimisation: 'Optimalizálás', quarterly_report: 'Negyedéves jelentés', ad_hoc: 'Eseti feladat' },
  he: { kickoff: 'שיחת פתיחה', optimisation: 'אופטימיזציה', quarterly_report: 'דוח רבעוני', ad_hoc: 'משימה חד-פעמית' },
};

/** The standard comment tick of the report template, in the workspace's language. */
export const defaultReportSentLabel: Record<SeedLocale, string> = {
  en: 'Report sent to the customer',
  da: 'Rapport sendt til kunden',
  nb: 'Rapport sendt til kunden',
  hu: 'Jelentés elküldve az ügyfélnek',
  he: 'הדוח נשלח ללקוח',
};

/** Sales stages (issue 18): key → probability and kind; names per language below (also in migration 0036). */
export const defaultSalesStageRules = {
  prospecting: { probability: 10, kind: 'open' },
  qualified: { probability: 25, kind: 'open' },
  proposal: { probability: 50, kind: 'open' },
  negotiation: { probability: 75, kind: 'open' },
  won: { probability: 100, kind: 'won' },
  lost: { probability: 0, kind: 'lost' },
} as const;

export const defaultSalesStages: Names<keyof typeof defaultSalesStageRules> = {
  en: { prospecting: 'Prospecting', qualified: 'Qualified', proposal: 'Proposal', negotiation: 'Negotiation', won: 'Won', lost: 'Lost' },
  da: { prospecting: 'Afdækning', qualified: 'Kvalificeret', proposal: 'Tilbud', negotiation: 'Forhandling', won: 'Vundet', lost: 'Tabt' },
  nb: { prospecting: 'Prospektering', qualified: 'Kvalifisert', proposal: 'Tilbud', negotiation: 'Forhandling', won: 'Vunnet', lost: 'Tapt' },
  hu: { prospecting: 'Felkutatás', qualified: 'Minősített', proposal: 'Ajánlat', negotiation: 'Tárgyalás', won: 'Megnyert', lost: 'Elvesztett' },
  he: { prospecting: 'איתור', qualified: 'מתאים', proposal: 'הצעת מחיר', negotiation: 'משא ומתן', won: 'נסגר בהצלחה', lost: 'אבד' },
};

/** The seeded lists, by the audit log's entity name of their items. */
export const STANDARD_LISTS = {
  customer_status: defaultCustomerStatuses,
  activity_type: defaultActivityTypes,
  activity_status: defaultActivityStatuses,
  work_area: defaultWorkAreas,
  task_template: defaultTaskTemplates,
  sales_stage: defaultSalesStages,
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
