/**
 * Mail domains anyone can have an address at: an address there says nothing about the customer, so
 * matching never goes by these domains (only by a contact's exact address). The one list; add here.
 */
const PUBLIC_DOMAINS = new Set([
  // International
  'gmail.com',
  'googlemail.com',
  'hotmail.com',
  'hotmail.co.uk',
  'outlook.com',
  'live.com',
  'msn.com',
  'yahoo.com',
  'yahoo.co.uk',
  'ymail.com',
  'icloud.com',
  'me.com',
  'mac.com',
  'aol.com',
  'proton.me',
  'protonmail.com',
  'pm.me',
  'zoho.com',
  'gmx.com',
  'gmx.net',
  'gmx.de',
  'web.de',
  'mail.com',
  'yandex.com',
  // Denmark
  'hotmail.dk',
  'live.dk',
  'outlook.dk',
  'yahoo.dk',
  'mail.dk',
  'jubii.dk',
  'ofir.dk',
  'stofanet.dk',
  'get2net.dk',
  'tdcadsl.dk',
  'privat.dk',
  // Norway
  'online.no',
  'hotmail.no',
  'live.no',
  'outlook.no',
  'yahoo.no',
  'start.no',
  'broadpark.no',
  'frisurf.no',
  'getmail.no',
  // Hungary
  'freemail.hu',
  'citromail.hu',
  'indamail.hu',
  't-online.hu',
  'hotmail.hu',
  'gmail.hu',
  // Israel
  'walla.co.il',
  'walla.com',
  'bezeqint.net',
  'netvision.net.il',
  '012.net.il',
  'zahav.net.il',
]);

/** Whether `domain` (lower case) is a public mail domain. `gmx.*` counts in every country. */
export function isPublicMailDomain(domain: string): boolean {
  return PUBLIC_DOMAINS.has(domain) || /^gmx\.[a-z.]+$/.test(domain);
}
