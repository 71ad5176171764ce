import i18next from 'i18next';
import resourcesToBackend from 'i18next-resources-to-backend';
import { initReactI18next } from 'react-i18next';
import { isolatingFormatter } from './isolate';
// Type only: the first bundle must not load zod (shared/common) before main.tsx sets it jitless.
import type { Locale } from '../../shared/common';

/** Languages the interface is complete in, each named in itself. */
export const LANGUAGES: readonly { code: Locale; name: string }[] = [
  { code: 'en', name: 'English' },
  { code: 'da', name: 'Dansk' },
  { code: 'nb', name: 'Norsk bokmål' },
  { code: 'hu', name: 'Magyar' },
  { code: 'he', name: 'עברית' },
];
export type LanguageCode = Locale;

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
    const base = tag.split('-')[0] === 'no' ? 'nb' : tag.split('-')[0];
    if (isLanguage(base)) return base;
  }
  return 'en';
}

function applyToDocument(language: string) {
  document.documentElement.lang = language;
  document.documentElement.dir = directionOf(language);
}

type Strings = Record<string, unknown>;

// One file per area and language ("todo.da.json"; the base file is "da.json"), so areas grow without
// touching each other's strings. Files merge deeply; a key (its full path) lives in one file only.
// English is in the first bundle (it is also the fallback); every other language is its own chunk,
// fetched when it is first used, so adding a language does not make anyone's first page heavier.
const english = import.meta.glob<Strings>('./*en.json', { eager: true, import: 'default' });
const others = import.meta.glob<Strings>(['./*.json', '!./*en.json'], { import: 'default' });

const fileLanguage = (path: string) => /(?:^|\.|\/)([a-z]{2})\.json$/.exec(path)?.[1];

const isSection = (value: unknown): value is Strings => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Files merge section by section, so two areas may add keys to one section ("errors", "fields"). */
export function mergedStrings(files: Strings[]): Strings {
  const merged: Strings = {};
  for (const file of files) {
    for (const [key, value] of Object.entries(file)) {
      const existing = merged[key];
      merged[key] = isSection(existing) && isSection(value) ? mergedStrings([existing, value]) : value;
    }
  }
  return merged;
}

async function loadLanguage(language: string): Promise<Strings> {
  const loads = Object.entries(others)
    .filter(([path]) => fileLanguage(path) === language)
    .map(([, load]) => load());
  return mergedStrings(await Promise.all(loads));
}

const englishFiles = Object.entries(english)
  .filter(([path]) => fileLanguage(path) === 'en')
  .map(([, strings]) => strings);

void i18next
  .use(resourcesToBackend((language: string) => loadLanguage(language)))
  .use(initReactI18next)
  .use(isolatingFormatter((language) => directionOf(language) === 'rtl'))
  .init({
    resources: { en: { translation: mergedStrings(englishFiles) } },
    partialBundledLanguages: true,
    lng: browserLanguage(),
    fallbackLng: 'en',
    supportedLngs: LANGUAGES.map((language) => language.code),
    // Every value put into a sentence is isolated for right to left (isolate.ts).
    interpolation: { escapeValue: false, alwaysFormat: true },
  });
i18next.on('languageChanged', applyToDocument);
applyToDocument(i18next.language);

export default i18next;
