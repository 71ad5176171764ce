import { addDays, localDate, offsetSecondsAt, utcMillis } from '../../shared/wall-clock';
import type { ContactCreate } from '../../shared/contacts';
import type { CustomerCreate } from '../../shared/customers';
import { activityTexts, type ActivityLanguage, type DemoTypeKey, type LanguageTexts } from './activity-texts';
import { countries, type CountryData } from './people';

/**
 * Data factories shared by the demo, the tests and the benchmark: deterministic for a seed, so a
 * failing test or a benchmark run can be reproduced exactly.
 */
export type Random = () => number;

/** mulberry32: a tiny seeded generator, plenty for fake data. */
export function seededRandom(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const pick = <T>(r: Random, list: readonly T[]): T => list[Math.floor(r() * list.length)];
const digit = (r: Random) => () => String(Math.floor(r() * 10));

/** ASCII for email addresses and web domains: "Østergaard & Søn" → "ostergaard-son". */
export function asciiSlug(text: string): string {
  return text
    .replace(/[Øø]/g, 'o')
    .replace(/[Ææ]/g, 'ae')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

const hebrewLatin: Record<string, string> = {
  כהן: 'cohen',
  לוי: 'levi',
  מזרחי: 'mizrahi',
  פרץ: 'peretz',
  ביטון: 'biton',
  אברהם: 'avraham',
  פרידמן: 'friedman',
  שפירא: 'shapira',
  דהן: 'dahan',
  גולן: 'golan',
};

export function customerValues(r: Random, country: CountryData = pick(r, countries)): CustomerCreate {
  const last = pick(r, country.lastNames);
  const trade = pick(r, country.trades);
  const name = pick(r, country.companyPatterns).replace('{last}', last).replace('{trade}', trade);
  const slug = country.countryCode === 'IL' ? `${hebrewLatin[last] ?? 'office'}-${Math.floor(r() * 900 + 100)}` : asciiSlug(name);
  const [postalCode, city] = pick(r, country.cities);
  return {
    name,
    status: pick(r, ['lead', 'lead', 'prospect', 'customer', 'customer', 'customer', 'former']),
    email: `info@${slug}.${country.domain}`,
    phone: country.phone(digit(r)),
    website: `https://www.${slug}.${country.domain}`,
    address: `${pick(r, country.streets)} ${Math.floor(r() * 120 + 1)}`,
    postalCode,
    city,
    countryCode: country.countryCode,
  };
}

export function personValues(r: Random, country: CountryData = pick(r, countries)) {
  const firstName = pick(r, country.firstNames);
  const lastName = pick(r, country.lastNames);
  const local = country.countryCode === 'IL' ? `${hebrewLatin[lastName] ?? 'contact'}${Math.floor(r() * 90 + 10)}` : asciiSlug(`${firstName}.${lastName}`);
  return { firstName, lastName, email: `${local}@example.${country.domain}`, phone: country.phone(digit(r)), title: pick(r, country.titles) };
}

/** A salesperson: a name from the country, its time zone, and a language the app speaks (English where it has none of the country's). */
export function userValues(r: Random, country: CountryData, role: 'admin' | 'manager' | 'user') {
  const person = personValues(r, country);
  return {
    name: `${person.firstName} ${person.lastName}`,
    role,
    locale: country.locale,
    timeZone: country.timeZone,
  };
}

export function contactValues(r: Random, customerId: string, country?: CountryData): ContactCreate {
  return { customerId, ...personValues(r, country) };
}

export const countryOf = (code: string | null | undefined) => countries.find((c) => c.countryCode === code) ?? countries[0];

export { activityTexts, languageOfCountry, type ActivityLanguage, type DemoTypeKey } from './activity-texts';

const fill = (r: Random, template: string, texts: LanguageTexts, contactName: string | null) =>
  template.replace('{topic}', pick(r, texts.topics)).replace('{contact}', contactName ?? pick(r, texts.topics));

/** A subject and a note for an activity of a type, in a language. */
export function makeActivityText(
  r: Random,
  language: ActivityLanguage,
  typeKey: DemoTypeKey,
  contactName: string | null = null,
): { subject: string; note: string | null } {
  const texts = activityTexts[language];
  const subject = fill(r, pick(r, texts.subjects[typeKey]), texts, contactName);
  return { subject, note: r() < 0.75 ? pick(r, texts.notes) : null };
}

/** The note written when an activity is ticked done. */
export function makeOutcome(r: Random, language: ActivityLanguage, contactName: string | null = null): string {
  const texts = activityTexts[language];
  return fill(r, pick(r, texts.outcomes), texts, contactName);
}

/** One activity of a customer's history; `previous` is the index of the previous link in the same plan. */
export interface PlannedActivity {
  typeKey: DemoTypeKey;
  subject: string;
  note: string | null;
  scheduledAt: Date;
  allDay: boolean;
  done: boolean;
  previous: number | null;
  /** Which of the customer's contacts (index), or null. */
  contact: number | null;
}

const chainTypes: DemoTypeKey[] = ['call', 'meeting', 'quote', 'follow_up', 'call', 'email', 'task', 'follow_up'];

/**
 * A working-hours instant (08:00–16:45 on the zone's wall clock) on the zone's day `daysFromNow`
 * days from `now`. The day is the zone's, not UTC's: loaded just after midnight in Copenhagen, a
 * "today" follow-up must be due on Copenhagen's today, not on UTC's, which is still yesterday there.
 */
function workingTime(r: Random, now: Date, daysFromNow: number, timeZone: string): Date {
  const [y, m, d] = addDays(localDate(now, timeZone), daysFromNow).split('-').map(Number);
  const wall = utcMillis(y, m, d, 8 + Math.floor(r() * 9), Math.floor(r() * 4) * 15);
  return new Date(wall - offsetSecondsAt(new Date(wall), timeZone) * 1000);
}

/**
 * A customer's history over the last two years: a few follow-up chains, mostly done, whose last
 * link is often still open and due somewhere between three weeks ago and six weeks ahead (overdue,
 * today, coming weeks), plus a few loose notes and emails. Links are returned in chain order, so a
 * previous link always comes before its follow-up.
 */
export function planActivityHistory(
  r: Random,
  options: { language: ActivityLanguage; now: Date; timeZone?: string; contactNames: string[]; chains?: number },
): PlannedActivity[] {
  const { language, now, contactNames } = options;
  const timeZone = options.timeZone ?? 'UTC';
  const plan: PlannedActivity[] = [];
  const chains = options.chains ?? 1 + Math.floor(r() * 3);
  for (let c = 0; c < chains; c++) {
    const length = 2 + Math.floor(r() * 5);
    const open = r() < 0.65;
    // Work backwards from the last link so every link lands in order and inside the two years.
    const bucket = r();
    let lastDay: number;
    if (!open) lastDay = -(5 + Math.floor(r() * 600));
    else if (bucket < 0.3)
      lastDay = -(1 + Math.floor(r() * 20)); // overdue
    else if (bucket < 0.5)
      lastDay = 0; // today
    else lastDay = 1 + Math.floor(r() * 42); // coming weeks
    const days = [lastDay];
    // Earlier links are done, so they lie in the past even when the open one is weeks ahead.
    for (let i = 1; i < length; i++) days.unshift(Math.min(days[0], 0) - (4 + Math.floor(r() * 40)));
    const kept = days.filter((d) => d > -730);
    const contact = contactNames.length > 0 && r() < 0.85 ? Math.floor(r() * contactNames.length) : null;
    const start = plan.length;
    kept.forEach((day, i) => {
      const isLast = i === kept.length - 1;
      const typeKey: DemoTypeKey = i === 0 ? pick(r, ['call', 'meeting', 'email'] as const) : pick(r, chainTypes);
      const allDay = typeKey === 'task' && r() < 0.7;
      const at = workingTime(r, now, day, timeZone);
      const text = makeActivityText(r, language, typeKey, contact === null ? null : contactNames[contact]);
      const done = !(isLast && open);
      plan.push({
        typeKey,
        subject: text.subject,
        note: done && r() < 0.5 ? [text.note, makeOutcome(r, language, contact === null ? null : contactNames[contact])].filter(Boolean).join('\n') : text.note,
        scheduledAt: allDay ? new Date(`${addDays(localDate(now, timeZone), day)}T00:00:00Z`) : at,
        allDay,
        done,
        previous: i === 0 ? null : start + i - 1,
        contact,
      });
    });
  }
  const loose = Math.floor(r() * 3);
  for (let i = 0; i < loose; i++) {
    const typeKey = pick(r, ['note', 'email'] as const);
    plan.push({
      typeKey,
      ...makeActivityText(r, language, typeKey),
      scheduledAt: workingTime(r, now, -Math.floor(r() * 700), timeZone),
      allDay: false,
      done: true,
      previous: null,
      contact: null,
    });
  }
  return plan;
}
