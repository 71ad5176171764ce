import { describe, expect, it } from 'vitest';
import { changedOnly, changesOf, customerOf, labelOf, nameOf, referencedIds, withoutNoise } from './changes';

const A = '11111111-1111-4111-8111-111111111111';
const B = '22222222-2222-4222-8222-222222222222';
const names = new Map([
  [A, 'Printing'],
  [B, 'Print & media'],
]);
const statuses = new Map([['lead', 'Lead']]);

describe('changes', () => {
  it.each([
    ['a changed field', { name: 'A', phone: '1' }, { name: 'B', phone: '1' }, [{ field: 'name', before: 'A', after: 'B' }]],
    ['a cleared field', { email: 'x@y' }, { email: null }, [{ field: 'email', before: 'x@y', after: null }]],
    ['a new field', {}, { industryId: A }, [{ field: 'industryId', before: null, after: A }]],
    ['lists compared whole', { categoryIds: [A] }, { categoryIds: [A, B] }, [{ field: 'categoryIds', before: [A], after: [A, B] }]],
    ['bookkeeping left out', { updatedAt: '1', searchText: 'a', name: 'X' }, { updatedAt: '2', searchText: 'b', name: 'X' }, []],
    ['no record on one side', null, { name: 'X' }, []],
  ])('%s', (_what, before, after, expected) => {
    expect(changesOf(before, after)).toEqual(expected);
  });

  it('keeps only what changed, on both sides', () => {
    expect(changedOnly({ name: 'A', city: 'Vejle' }, { name: 'B', city: 'Vejle' })).toEqual({ before: { name: 'A' }, after: { name: 'B' } });
    expect(withoutNoise({ id: A, workspaceId: B, name: 'A' })).toEqual({ name: 'A' });
  });

  it.each([
    ['customer', { name: ' Bæk & Søn ' }, 'Bæk & Søn'],
    ['contact', { firstName: 'Jens', lastName: '' }, 'Jens'],
    ['contact', { firstName: 'Jens', lastName: 'Hansen' }, 'Jens Hansen'],
    ['activity', { subject: 'Ring' }, 'Ring'],
    ['industry', { name: 'Print' }, 'Print'],
    ['sales_budget', { year: 2026 }, null],
  ])('names a %s', (entity, record, expected) => {
    expect(nameOf(entity, record)).toBe(expected);
  });

  it('belongs to a customer: the customer itself, a contact’s or an activity’s', () => {
    expect(customerOf('customer', A, { customerId: B })).toBe(A);
    expect(customerOf('contact', A, { customerId: B })).toBe(B);
    expect(customerOf('activity', A, { customerId: null })).toBeNull();
    expect(customerOf('industry', A, { name: 'X' })).toBeNull();
    expect(customerOf('document', A, { name: 'tilbud.pdf', customerId: B })).toBe(B);
  });

  it.each([
    ['an id', 'industryId', A, 'Printing'],
    ['ids, in order', 'categoryIds', [B, A], 'Print & media, Printing'],
    ['no ids', 'categoryIds', [], ''],
    ['an id nobody can name', 'industryId', '33333333-3333-4333-8333-333333333333', null],
    ['a status key', 'status', 'lead', 'Lead'],
    ['plain text', 'name', 'Bæk', undefined],
    ['nothing', 'industryId', null, undefined],
  ])('labels %s', (_what, field, value, expected) => {
    expect(labelOf('customer', field, value, names, statuses)).toBe(expected);
  });

  it('collects every referenced id once', () => {
    expect(
      referencedIds([
        { field: 'industryId', before: A, after: B },
        { field: 'categoryIds', before: [A], after: [] },
        { field: 'name', before: A, after: 'x' },
      ]),
    ).toEqual([A, B]);
  });
});
