import { describe, expect, it } from 'vitest';
import { matchOfRank, phoneDigits, regexLiteral, searchPatterns } from './customer-match';

describe('customer match ranks', () => {
  it.each([
    [0, { field: 'name', kind: 'exact' }],
    [1, { field: 'name', kind: 'prefix' }],
    [2, { field: 'name', kind: 'word' }],
    [3, { field: 'name', kind: 'partial' }],
    [4, { field: 'email', kind: 'exact' }],
    [11, { field: 'phone', kind: 'partial' }],
    [14, { field: 'contact', kind: 'word', contactName: 'Lise Dahl' }],
    [16, undefined],
    [-1, undefined],
    [null, undefined],
  ])('rank %s', (rank, match) => expect(matchOfRank(rank, 'Lise Dahl')).toEqual(match));

  it('names a contact only for matches through a contact', () => expect(matchOfRank(1, 'Lise Dahl')).toEqual({ field: 'name', kind: 'prefix' }));
});

describe('search patterns', () => {
  it('escapes LIKE wildcards and regular-expression characters', () => {
    expect(searchPatterns('100%_a')).toMatchObject({ prefix: '100\\%\\_a%', contains: '%100\\%\\_a%' });
    expect(regexLiteral('a.b(c)*[d]+?')).toBe('a\\.b\\(c\\)\\*\\[d\\]\\+\\?');
    expect(searchPatterns('A/S').wordStart.endsWith('A/S')).toBe(true);
  });

  it.each([
    ['87 65 43', '876543'],
    ['+45-8765', '458765'],
    ['12', null],
    ['dahl 1234', null],
  ])('phone digits of %s', (q, digits) => expect(phoneDigits(q)).toBe(digits));
});
