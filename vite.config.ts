import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * Libraries in chunks of their own, named for what they hold: they change less often than the
 * app, so a release leaves them cached in browsers (assets are served as immutable). Pages are
 * split by route in pages.tsx.
 */
const vendorGroups = [
  { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router|react-router-dom|cookie|set-cookie-parser)[\\/]/ },
  {
    name: 'i18n',
    test: /node_modules[\\/](i18next|i18next-resources-to-backend|react-i18next|html-parse-stringify|void-elements|use-sync-external-store)[\\/]/,
  },
  { name: 'zod', test: /node_modules[\\/]zod[\\/]/ },
  // Each language but English (which is in the first bundle) is one chunk, fetched when first used.
  ...['da', 'nb', 'hu', 'he'].map((language) => ({ name: `strings-${language}`, test: new RegExp(`i18n[\\\\/]([a-z-]+\\.)?${language}\\.json$`) })),
];

/** The web app lives in src/web and is built into dist/server/web, which the server serves. */
export default defineConfig({
  root: 'src/web',
  plugins: [react()],
  build: {
    outDir: '../../dist/server/web',
    emptyOutDir: true,
    // Lists each chunk's imports: the size check of what the first page loads reads it.
    manifest: true,
    rolldownOptions: { output: { codeSplitting: { groups: vendorGroups } } },
  },
  server: { host: '127.0.0.1', port: 5173, proxy: { '/api': 'http://127.0.0.1:3000' } },
});
