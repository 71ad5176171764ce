/**
 * Column headings of the exports in the reader's language (the file is read outside the app, so the
 * server names its columns, as the report exports do in reports/report-export.ts).
 */
export type HeadingKey =
  | 'name'
  | 'status'
  | 'email'
  | 'phone'
  | 'website'
  | 'address'
  | 'postalCode'
  | 'city'
  | 'country'
  | 'industry'
  | 'responsible'
  | 'created'
  | 'updated'
  | 'firstName'
  | 'lastName'
  | 'title'
  | 'customer'
  | 'role'
  | 'contact'
  | 'scheduled'
  | 'ends'
  | 'type'
  | 'subject'
  | 'done'
  | 'doneAt'
  | 'private'
  | 'note'
  | 'yes'
  | 'no';

export type Headings = Record<HeadingKey, string>;

export const EXPORT_HEADINGS: Record<'en' | 'da' | 'nb' | 'hu' | 'he', Headings> = {
  en: {
    name: 'Name',
    status: 'Status',
    email: 'Email',
    phone: 'Phone',
    website: 'Website',
    address: 'Address',
    postalCode: 'Postal code',
    city: 'City',
    country: 'Country',
    industry: 'Industry',
    responsible: 'Responsible',
    created: 'Created',
    updated: 'Changed',
    firstName: 'First name',
    lastName: 'Last name',
    title: 'Title',
    customer: 'Customer',
    role: 'Role',
    contact: 'Contact',
    scheduled: 'Date',
    ends: 'Ends',
    type: 'Type',
    subject: 'Subject',
    done: 'Done',
    doneAt: 'Done at',
    private: 'Private',
    note: 'Note',
    yes: 'Yes',
    no: 'No',
  },
  da: {
    name: 'Navn',
    status: 'Status',
    email: 'E-mail',
    phone: 'Telefon',
    website: 'Hjemmeside',
    address: 'Adresse',
    postalCode: 'Postnr.',
    city: 'By',
    country: 'Land',
    industry: 'Branche',
    responsible: 'Ansvarlig',
    created: 'Oprettet',
    updated: 'Ændret',
    firstName: 'Fornavn',
    lastName: 'Efternavn',
    title: 'Titel',
    customer: 'Kunde',
    role: 'Rolle',
    contact: 'Kontaktperson',
    scheduled: 'Dato',
    ends: 'Slutter',
    type: 'Type',
    subject: 'Emne',
    done: 'Udført',
    doneAt: 'Udført den',
    private: 'Privat',
    note: 'Notat',
    yes: 'Ja',
    no: 'Nej',
  },
  nb: {
    name: 'Navn',
    status: 'Status',
    email: 'E-post',
    phone: 'Telefon',
    website: 'Nettside',
    address: 'Adresse',
    postalCode: 'Postnr.',
    city: 'Poststed',
    country: 'Land',
    industry: 'Bransje',
    responsible: 'Ansvarlig',
    created: 'Opprettet',
    updated: 'Endret',
    firstName: 'Fornavn',
    lastName: 'Etternavn',
    title: 'Tittel',
    customer: 'Kunde',
    role: 'Rolle',
    contact: 'Kontaktperson',
    scheduled: 'Dato',
    ends: 'Slutter',
    type: 'Type',
    subject: 'Emne',
    done: 'Utført',
    doneAt: 'Utført den',
    private: 'Privat',
    note: 'Notat',
    yes: 'Ja',
    no: 'Nei',
  },
  hu: {
    name: 'Név',
    status: 'Állapot',
    email: 'E-mail',
    phone: 'Telefon',
    website: 'Weboldal',
    address: 'Cím',
    postalCode: 'Irányítószám',
    city: 'Város',
    country: 'Ország',
    industry: 'Iparág',
    responsible: 'Felelős',
    created: 'Létrehozva',
    updated: 'Módosítva',
    firstName: 'Keresztnév',
    lastName: 'Vezetéknév',
    title: 'Beosztás',
    customer: 'Ügyfél',
    role: 'Szerep',
    contact: 'Kapcsolattartó',
    scheduled: 'Dátum',
    ends: 'Vége',
    type: 'Típus',
    subject: 'Tárgy',
    done: 'Kész',
    doneAt: 'Elvégezve',
    private: 'Privát',
    note: 'Megjegyzés',
    yes: 'Igen',
    no: 'Nem',
  },
  he: {
    name: 'שם',
    status: 'סטטוס',
    email: 'דוא"ל',
    phone: 'טלפון',
    website: 'אתר',
    address: 'כתובת',
    postalCode: 'מיקוד',
    city: 'עיר',
    country: 'מדינה',
    industry: 'ענף',
    responsible: 'אחראי',
    created: 'נוצר',
    updated: 'עודכן',
    firstName: 'שם פרטי',
    lastName: 'שם משפחה',
    title: 'תואר',
    customer: 'לקוח',
    role: 'תפקיד',
    contact: 'איש קשר',
    scheduled: 'תאריך',
    ends: 'סיום',
    type: 'סוג',
    subject: 'נושא',
    done: 'בוצע',
    doneAt: 'בוצע בתאריך',
    private: 'פרטי',
    note: 'הערה',
    yes: 'כן',
    no: 'לא',
  },
};

export const headingsFor = (locale: string): Headings => (EXPORT_HEADINGS as Record<string, Headings>)[locale] ?? EXPORT_HEADINGS.en;

/** The file's base name per entity, in the reader's language. */
export const FILE_NAMES: Record<string, Record<'customers' | 'contacts' | 'activities', string>> = {
  en: { customers: 'customers', contacts: 'contacts', activities: 'activities' },
  da: { customers: 'kunder', contacts: 'kontaktpersoner', activities: 'aktiviteter' },
  nb: { customers: 'kunder', contacts: 'kontaktpersoner', activities: 'aktiviteter' },
  hu: { customers: 'ugyfelek', contacts: 'kapcsolattartok', activities: 'tevekenysegek' },
  he: { customers: 'customers', contacts: 'contacts', activities: 'activities' },
};
