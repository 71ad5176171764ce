import i18next from 'i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { sentencesOf, valueText } from './sentences';

afterEach(() => i18next.changeLanguage('en'));

const format = { dateTime: (iso: string) => iso };

describe('valueText', () => {
  it('writes a number the way the reader’s language does', async () => {
    expect(valueText(1234.5, undefined, i18next.t, format)).toBe('1,234.5');
    await i18next.changeLanguage('da');
    expect(valueText(1234.5, undefined, i18next.t, format)).toBe('1.234,5');
  });
});

describe('a deleted document', () => {
  const entry = {
    id: 'e1',
    at: '2026-12-01T10:00:00Z',
    userId: 'u1',
    userName: 'Ulf',
    action: 'delete',
    entity: 'document',
    entityId: 'd1',
    entityName: 'tilbud.pdf',
    customerId: 'c1',
    before: { name: 'tilbud.pdf', activityId: 'a1', activitySubject: 'Tilbud sendt' },
    after: null,
    changes: [],
  };

  it('says who deleted which file from which activity, in the reader’s language', async () => {
    expect(sentencesOf(entry, i18next.t, format)).toEqual(['Ulf deleted the document tilbud.pdf from the activity Tilbud sendt']);
    await i18next.changeLanguage('da');
    expect(sentencesOf(entry, i18next.t, format)).toEqual(['Ulf slettede dokumentet tilbud.pdf fra aktiviteten Tilbud sendt']);
  });
});
