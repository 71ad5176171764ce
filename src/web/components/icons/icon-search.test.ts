import { describe, expect, it } from 'vitest';
import { ICON_NAMES } from '../../../shared/icons';
import { ICON_LABELS } from './icon-labels';
import { iconLabel, searchIcons } from './icon-search';
import { nextIndex } from './picker-keys';

describe('icon search', () => {
  it.each([
    ['', ICON_NAMES.length],
    ['   ', ICON_NAMES.length],
    ['zzzz', 0],
  ])('%j finds %i icons', (query, count) => expect(searchIcons(query)).toHaveLength(count));

  it.each([
    ['invoice', 'receipt-text'],
    ['faktura', 'receipt-text'],
    ['FAKTURA', 'receipt-text'],
    ['bil', 'car'],
    ['besøg', 'map-pin'],
    ['besog', 'map-pin'],
    ['piggy', 'piggy-bank'],
    ['calendar x', 'calendar-x'],
    ['aflyst aftale', 'calendar-x'],
    ['kalender', 'calendar'],
    ['avlyst', 'calendar-x'],
    ['szamla', 'receipt-text'],
    ['számla', 'receipt-text'],
    ['ügyfélmappa', 'folder-user'],
    ['חשבונית', 'receipt-text'],
    ['פגישה חדשה', 'calendar-plus'],
  ])('%j finds %s first', (query, name) => expect(searchIcons(query)[0]).toBe(name));

  it('labels every icon in all five languages, no two alike in a language', () => {
    for (const language of [0, 1, 2, 3, 4]) {
      const labels = ICON_NAMES.map((name) => ICON_LABELS[name][language]);
      expect(labels.every((label) => label.trim().length > 0)).toBe(true);
      expect(new Set(labels).size).toBe(labels.length);
    }
    expect(['da', 'en', 'de', 'nb', 'hu', 'he'].map((language) => iconLabel('receipt-text', language))).toEqual([
      'Faktura',
      'Invoice',
      'Invoice',
      'Faktura',
      'Számla',
      'חשבונית',
    ]);
  });
});

describe('keys in the icon grid', () => {
  it.each([
    ['ArrowRight', 0, false, 1],
    ['ArrowDown', 4, false, 0],
    ['ArrowLeft', 0, false, 4],
    ['ArrowUp', 2, false, 1],
    ['ArrowLeft', 0, true, 1],
    ['ArrowRight', 0, true, 4],
    ['Home', 3, false, 0],
    ['End', 1, false, 4],
    ['a', 1, false, null],
    ['Tab', 1, false, null],
  ])('%s from %i (rtl %s) → %s', (key, from, rtl, to) => expect(nextIndex(key, from, 5, rtl)).toBe(to));
});
