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
