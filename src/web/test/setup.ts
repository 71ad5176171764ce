import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, vi } from 'vitest';
import i18next from '../i18n';

// The files of a worker share their modules (isolate: false in vitest.config.ts), i18next's
// language included: a file that ends in Hebrew must not start the next one in Hebrew.
afterEach(async () => {
  cleanup();
  vi.unstubAllGlobals();
  if (i18next.language !== 'en') await i18next.changeLanguage('en');
});
