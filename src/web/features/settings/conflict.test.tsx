import i18next from 'i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../api';
import { deleteMessage } from './conflict';

afterEach(() => i18next.changeLanguage('en'));

const inUse = new ApiError(409, 'in_use', 'In use', {}, { customers: 1, contacts: 2, activities: 3 });

describe('deleteMessage', () => {
  it('lists where an item is used as the language joins a list, each count in its plural', async () => {
    expect(deleteMessage(i18next.t, inUse)).toContain('used by 1 customer, 2 contacts, and 3 activities.');
    await i18next.changeLanguage('da');
    expect(deleteMessage(i18next.t, inUse)).toContain('1 kunde, 2 kontakter og 3 aktiviteter');
  });
});
