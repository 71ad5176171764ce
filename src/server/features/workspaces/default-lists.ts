/**
 * What a new workspace starts with, named in the workspace's language. Keys are stable and used
 * by the API; names are for people and can be changed in settings.
 */
export const defaultCustomerStatuses = {
  en: { lead: 'Lead', prospect: 'Prospect', customer: 'Customer', former: 'Former customer' },
  da: { lead: 'Emne', prospect: 'Kundeemne', customer: 'Kunde', former: 'Tidligere kunde' },
} as const;

export type SeedLocale = keyof typeof defaultCustomerStatuses;
export const seedLocale = (locale: string): SeedLocale => (locale in defaultCustomerStatuses ? (locale as SeedLocale) : 'en');

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

export const defaultActivityTypes: Record<SeedLocale, Record<keyof typeof defaultActivityTypeLooks, string>> = {
  en: { call: 'Call', meeting: 'Meeting', quote: 'Quote', email: 'Email', note: 'Note', follow_up: 'Follow-up', task: 'Task' },
  da: { call: 'Opkald', meeting: 'Møde', quote: 'Tilbud', email: 'E-mail', note: 'Notat', follow_up: 'Opfølgning', task: 'Opgave' },
};

/** Statuses; `succeeded` and `cancelled` close an activity (nothing more to do). */
export const defaultActivityStatusClosed = { scheduled: false, postponed: false, done: false, succeeded: true, cancelled: true } as const;

export const defaultActivityStatuses: Record<SeedLocale, Record<keyof typeof defaultActivityStatusClosed, string>> = {
  en: { scheduled: 'Scheduled', postponed: 'Postponed', done: 'Done', succeeded: 'Succeeded', cancelled: 'Cancelled' },
  da: { scheduled: 'Planlagt', postponed: 'Udsat', done: 'Udført', succeeded: 'Lykkedes', cancelled: 'Aflyst' },
};
