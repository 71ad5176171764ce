import type { ContactCreate } from '../../shared/contacts';
import type { CustomerCreate } from '../../shared/customers';
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

const hebrewLatin: Record<string, string> = { כהן: 'cohen', לוי: 'levi', מזרחי: 'mizrahi', פרץ: 'peretz', ביטון: 'biton', אברהם: 'avraham', פרידמן: 'friedman', שפירא: 'shapira', דהן: 'dahan', גולן: 'golan' };

export function makeCustomer(r: Random, country: CountryData = pick(r, countries)): CustomerCreate {
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

export function makePerson(r: Random, country: CountryData = pick(r, countries)) {
  const firstName = pick(r, country.firstNames);
  const lastName = pick(r, country.lastNames);
  const local = country.countryCode === 'IL' ? `${hebrewLatin[lastName] ?? 'contact'}${Math.floor(r() * 90 + 10)}` : asciiSlug(`${firstName}.${lastName}`);
  return { firstName, lastName, email: `${local}@example.${country.domain}`, phone: country.phone(digit(r)), title: pick(r, country.titles) };
}

export function makeContact(r: Random, customerId: string, country?: CountryData): ContactCreate {
  return { customerId, ...makePerson(r, country) };
}

export const countryOf = (code: string | null | undefined) => countries.find((c) => c.countryCode === code) ?? countries[0];
