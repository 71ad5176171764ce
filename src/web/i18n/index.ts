import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import accountsDa from './accounts.da.json';
import accountsEn from './accounts.en.json';
import activitiesDa from './activities.da.json';
import activitiesEn from './activities.en.json';
import changelogDa from './changelog.da.json';
import changelogEn from './changelog.en.json';
import customersDa from './customers.da.json';
import customersEn from './customers.en.json';
import da from './da.json';
import en from './en.json';
import settingsDa from './settings.da.json';
import settingsEn from './settings.en.json';
import todoDa from './todo.da.json';
import todoEn from './todo.en.json';

/** Languages the interface is complete in; adding one is a JSON file and a line here. */
export const LANGUAGES = [
  { code: 'en', name: 'English' },
  { code: 'da', name: 'Dansk' },
] as const;
export type LanguageCode = (typeof LANGUAGES)[number]['code'];

const RTL = new Set(['he', 'ar', 'fa', 'ur']);
export const directionOf = (language: string): 'ltr' | 'rtl' => (RTL.has(language.split('-')[0]) ? 'rtl' : 'ltr');

export function isLanguage(value: string): value is LanguageCode {
  return LANGUAGES.some((language) => language.code === value);
}

const REMEMBERED = 'tend.language';

/** Kept in the browser so the sign-in page speaks the language last used here. */
export function rememberLanguage(language: LanguageCode) {
  try {
    localStorage.setItem(REMEMBERED, language);
  } catch {
    // Storage may be unavailable (private mode); the language then follows the browser.
  }
}

/** Before sign-in: the language last used in this browser, else the browser's own, else English. */
export function browserLanguage(): LanguageCode {
  try {
    const remembered = localStorage.getItem(REMEMBERED);
    if (remembered && isLanguage(remembered)) return remembered;
  } catch {
    // see rememberLanguage
  }
  for (const tag of navigator.languages ?? [navigator.language]) {
    const base = tag.split('-')[0];
    if (isLanguage(base)) return base;
  }
  return 'en';
}

function applyToDocument(language: string) {
  document.documentElement.lang = language;
  document.documentElement.dir = directionOf(language);
}

i18next.on('languageChanged', applyToDocument);

void i18next.use(initReactI18next).init({
  // One file per area and language, so areas can grow without touching each other's strings;
  // the keys of each area file are top-level sections ("todo", "activity", "settings", …).
  resources: {
    en: { translation: { ...en, ...activitiesEn, ...settingsEn, ...accountsEn, ...changelogEn, ...todoEn, ...customersEn } },
    da: { translation: { ...da, ...activitiesDa, ...settingsDa, ...accountsDa, ...changelogDa, ...todoDa, ...customersDa } },
  },
  lng: browserLanguage(),
  fallbackLng: 'en',
  interpolation: { escapeValue: false },
});
applyToDocument(i18next.language);

export default i18next;
