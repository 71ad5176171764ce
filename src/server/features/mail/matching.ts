import type { MailDirection } from '../../../shared/mail';
import { isPublicMailDomain } from './public-domains';

/** The addresses of a message's headers, lower case. */
export interface MessageAddresses {
  from: string | null;
  to: string[];
  cc: string[];
}

/** A contact whose email is one of the message's addresses. */
export interface ContactHit {
  email: string;
  contactId: string;
  customerId: string;
}

/** A customer whose email or website domain is one of the message's domains. */
export interface DomainHit {
  domain: string;
  customerId: string;
}

export interface Match {
  customerId: string | null;
  contactId: string | null;
  additionalCustomerIds: string[];
}

/** At most this many customers on one mail (the first and the additional ones). */
export const MAX_MATCHED_CUSTOMERS = 50;

export const normalAddress = (address: string) => address.trim().toLowerCase();

/** The domain of an address, lower case; null when it has none. */
export function domainOf(address: string): string | null {
  const at = address.lastIndexOf('@');
  const domain =
    at < 0
      ? ''
      : address
          .slice(at + 1)
          .trim()
          .toLowerCase();
  return domain === '' ? null : domain;
}

/** `out` when the mail was sent from one of the workspace's users' addresses. */
export function directionOf(from: string | null, ownAddresses: ReadonlySet<string>): MailDirection {
  return from !== null && ownAddresses.has(normalAddress(from)) ? 'out' : 'in';
}

/**
 * The addresses to match, counterpart first (To then Cc for a mail we sent, From then To and Cc for
 * one we got), each once, without the workspace users' own: the customer of the first is the
 * activity's customer.
 */
export function counterpartOrder(addresses: MessageAddresses, direction: MailDirection, ownAddresses: ReadonlySet<string>): string[] {
  const from = addresses.from ? [addresses.from] : [];
  const ordered = direction === 'out' ? [...addresses.to, ...addresses.cc, ...from] : [...from, ...addresses.to, ...addresses.cc];
  return [...new Set(ordered.map(normalAddress))].filter((a) => a.includes('@') && !ownAddresses.has(a));
}

/** The domains matching may look customers up by: the addresses' domains, never public mail domains. */
export function matchableDomains(addresses: string[]): string[] {
  const domains = addresses.map(domainOf).filter((d): d is string => d !== null && !isPublicMailDomain(d));
  return [...new Set(domains)];
}

/**
 * Which customers and contact a mail concerns, address by address in `ordered` (see
 * counterpartOrder): an address equal to a contact's email gives that contact and its customer;
 * else its domain, when not a public one, gives the customers with that email or website domain.
 * The first customer found is the activity's, its contact the first contact matched at that
 * customer; the others become additional customers.
 */
export function matchAddresses(ordered: string[], contacts: ContactHit[], domains: DomainHit[]): Match {
  const customers: string[] = [];
  const contactOf = new Map<string, string>();
  const add = (customerId: string) => {
    if (!customers.includes(customerId)) customers.push(customerId);
  };
  for (const address of ordered) {
    const byAddress = contacts.filter((c) => normalAddress(c.email) === address);
    for (const hit of byAddress) {
      add(hit.customerId);
      if (!contactOf.has(hit.customerId)) contactOf.set(hit.customerId, hit.contactId);
    }
    if (byAddress.length > 0) continue;
    const domain = domainOf(address);
    if (!domain || isPublicMailDomain(domain)) continue;
    for (const hit of domains) if (hit.domain === domain) add(hit.customerId);
  }
  const [first = null, ...others] = customers.slice(0, MAX_MATCHED_CUSTOMERS);
  return { customerId: first, contactId: first ? (contactOf.get(first) ?? null) : null, additionalCustomerIds: others };
}

/**
 * A mail-rules pattern one of the addresses matches (an exact address, or `@domain` for every
 * address at that domain), or null: such mail is never journaled.
 */
export function excludingPattern(addresses: string[], patterns: string[]): string | null {
  for (const pattern of patterns.map(normalAddress)) {
    const hit = pattern.startsWith('@') ? addresses.some((a) => domainOf(a) === pattern.slice(1)) : addresses.includes(pattern);
    if (hit) return pattern;
  }
  return null;
}

/**
 * A message dropped onto a customer (or contact) page, or assigned from the unmatched list: that
 * customer is the activity's; its contact is the one chosen, else the one matched at that customer;
 * every other matched customer stays additional.
 */
export function placedMatch(match: Match, chosen: { customerId: string | null; contactId: string | null }, contactsFound: ContactHit[]): Match {
  const customerId = chosen.customerId;
  if (!customerId) return match;
  const all = [match.customerId, ...match.additionalCustomerIds].filter((c): c is string => c !== null && c !== customerId);
  const matchedContact = match.customerId === customerId ? match.contactId : (contactsFound.find((c) => c.customerId === customerId)?.contactId ?? null);
  return { customerId, contactId: chosen.contactId ?? matchedContact, additionalCustomerIds: all.slice(0, MAX_MATCHED_CUSTOMERS - 1) };
}
