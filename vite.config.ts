import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The web app lives in src/web and is built into dist/server/web, which the server serves. */
export default defineConfig({
  root: 'src/web',
  plugins: [react()],
  build: { outDir: '../../dist/server/web', emptyOutDir: true },
  server: { host: '127.0.0.1', port: 5173, proxy: { '/api': 'http://127.0.0.1:3000' } },
});
