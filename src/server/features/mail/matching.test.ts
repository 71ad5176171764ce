import { describe, expect, it } from 'vitest';
import { type ContactHit, counterpartOrder, type DomainHit, directionOf, excludingPattern, matchableDomains, matchAddresses, placedMatch } from './matching';
import { isPublicMailDomain } from './public-domains';

const own = new Set(['mette@tend-co.test', 'jens@tend-co.test']);

describe('direction', () => {
  it.each([
    ['mette@tend-co.test', 'out'],
    ['Mette@Tend-Co.TEST', 'out'],
    ['ole@baek-soen.test', 'in'],
    [null, 'in'],
  ] as const)('from %s is %s', (from, direction) => {
    expect(directionOf(from, own)).toBe(direction);
  });
});

describe('the addresses matched, counterpart first, without our own', () => {
  const addresses = { from: 'Mette@tend-co.test', to: ['ole@baek-soen.test', 'jens@tend-co.test'], cc: ['anna@kis-nyomda.test', 'OLE@baek-soen.test'] };
  it.each([
    ['out', ['ole@baek-soen.test', 'anna@kis-nyomda.test']],
    ['in', ['ole@baek-soen.test', 'anna@kis-nyomda.test']],
  ] as const)('%s', (direction, expected) => {
    expect(counterpartOrder(addresses, direction, own)).toEqual(expected);
  });
  it('a mail we got: its sender comes first', () => {
    expect(counterpartOrder({ from: 'anna@kis-nyomda.test', to: ['mette@tend-co.test', 'ole@baek-soen.test'], cc: [] }, 'in', own)).toEqual([
      'anna@kis-nyomda.test',
      'ole@baek-soen.test',
    ]);
  });
});

describe('public mail domains', () => {
  it.each([
    ['gmail.com', true],
    ['googlemail.com', true],
    ['hotmail.com', true],
    ['outlook.com', true],
    ['live.com', true],
    ['yahoo.com', true],
    ['icloud.com', true],
    ['me.com', true],
    ['online.no', true],
    ['freemail.hu', true],
    ['walla.co.il', true],
    ['gmx.de', true],
    ['gmx.at', true],
    ['mail.dk', true],
    ['baek-soen.test', false],
    ['gmail.company.dk', false],
  ])('%s: %s', (domain, expected) => {
    expect(isPublicMailDomain(domain)).toBe(expected);
  });
  it('are never looked up', () => {
    expect(matchableDomains(['a@gmail.com', 'b@baek-soen.test', 'c@baek-soen.test', 'd@online.no'])).toEqual(['baek-soen.test']);
  });
});

const C = (email: string, contactId: string, customerId: string): ContactHit => ({ email, contactId, customerId });
const D = (domain: string, customerId: string): DomainHit => ({ domain, customerId });

describe('matching: exact address, then the domain, never a public domain', () => {
  const cases: [string, string[], ContactHit[], DomainHit[], ReturnType<typeof matchAddresses>][] = [
    ['no hits', ['ole@baek-soen.test'], [], [], { customerId: null, contactId: null, additionalCustomerIds: [] }],
    [
      'a contact by address',
      ['ole@baek-soen.test'],
      [C('ole@baek-soen.test', 'k1', 'c1')],
      [],
      { customerId: 'c1', contactId: 'k1', additionalCustomerIds: [] },
    ],
    [
      'a contact in another case',
      ['ole@baek-soen.test'],
      [C('Ole@Baek-Soen.test', 'k1', 'c1')],
      [],
      { customerId: 'c1', contactId: 'k1', additionalCustomerIds: [] },
    ],
    [
      'a customer by domain, no contact',
      ['new@baek-soen.test'],
      [],
      [D('baek-soen.test', 'c1')],
      { customerId: 'c1', contactId: null, additionalCustomerIds: [] },
    ],
    [
      'the contact wins over the domain for that address',
      ['ole@baek-soen.test'],
      [C('ole@baek-soen.test', 'k2', 'c2')],
      [D('baek-soen.test', 'c1')],
      { customerId: 'c2', contactId: 'k2', additionalCustomerIds: [] },
    ],
    [
      'a public domain never matches by domain',
      ['someone@gmail.com'],
      [],
      [D('gmail.com', 'c1')],
      { customerId: null, contactId: null, additionalCustomerIds: [] },
    ],
    [
      'a contact at a public domain still matches by address',
      ['someone@gmail.com'],
      [C('someone@gmail.com', 'k1', 'c1')],
      [],
      { customerId: 'c1', contactId: 'k1', additionalCustomerIds: [] },
    ],
    [
      'the first address gives the customer, the others are additional',
      ['ole@baek-soen.test', 'anna@kis-nyomda.test'],
      [C('anna@kis-nyomda.test', 'k2', 'c2')],
      [D('baek-soen.test', 'c1')],
      { customerId: 'c1', contactId: null, additionalCustomerIds: ['c2'] },
    ],
    [
      'each customer once',
      ['ole@baek-soen.test', 'eva@baek-soen.test'],
      [C('ole@baek-soen.test', 'k1', 'c1'), C('eva@baek-soen.test', 'k3', 'c1')],
      [],
      { customerId: 'c1', contactId: 'k1', additionalCustomerIds: [] },
    ],
    [
      'one domain, two customers: both',
      ['x@group.test'],
      [],
      [D('group.test', 'c1'), D('group.test', 'c2')],
      { customerId: 'c1', contactId: null, additionalCustomerIds: ['c2'] },
    ],
  ];
  it.each(cases)('%s', (_name, ordered, contacts, domains, expected) => {
    expect(matchAddresses(ordered, contacts, domains)).toEqual(expected);
  });
});

describe('a mail put on a customer (a drop, an assignment)', () => {
  const match = { customerId: 'c1', contactId: 'k1', additionalCustomerIds: ['c2'] };
  it.each([
    ['nothing chosen keeps the match', { customerId: null, contactId: null }, match],
    [
      'another customer: it first, the matched ones additional',
      { customerId: 'c3', contactId: null },
      { customerId: 'c3', contactId: null, additionalCustomerIds: ['c1', 'c2'] },
    ],
    ['the matched customer keeps its contact', { customerId: 'c1', contactId: null }, match],
    ['a chosen contact wins', { customerId: 'c1', contactId: 'k9' }, { customerId: 'c1', contactId: 'k9', additionalCustomerIds: ['c2'] }],
    [
      'an additional customer takes its matched contact',
      { customerId: 'c2', contactId: null },
      { customerId: 'c2', contactId: 'k2', additionalCustomerIds: ['c1'] },
    ],
  ] as const)('%s', (_name, chosen, expected) => {
    expect(placedMatch(match, chosen, [C('x@c2.test', 'k2', 'c2')])).toEqual(expected);
  });
});

describe('mail-rules', () => {
  const addresses = ['ole@baek-soen.test', 'mette@tend-co.test'];
  it.each([
    [['ole@baek-soen.test'], 'ole@baek-soen.test'],
    [['OLE@baek-soen.test'], 'ole@baek-soen.test'],
    [['@baek-soen.test'], '@baek-soen.test'],
    [['@soen.test'], null],
    [['eva@baek-soen.test'], null],
    [[], null],
  ])('%j excludes: %s', (patterns, expected) => {
    expect(excludingPattern(addresses, patterns)).toBe(expected);
  });
});
