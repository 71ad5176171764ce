import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router-dom';
import { newQueryClient } from './api/query-client';
import i18n from './i18n';
import { AppRoutes } from './routes';
import { SessionProvider } from './session';
import './styles.css';

// Zod probes `Function('')` to learn whether it may compile its parsers; under Tend's CSP (no
// 'unsafe-eval') the probe is refused and reported as a violation. This is `z.config({ jitless:
// true })` without loading zod on pages that do not use it: zod keeps its settings on this global
// (checked by test/e2e/security.test.ts, which fails on any violation).
const zodGlobal = globalThis as { __zod_globalConfig?: { jitless?: boolean } };
zodGlobal.__zod_globalConfig ??= {};
zodGlobal.__zod_globalConfig.jitless = true;

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');

const queryClient = newQueryClient();
// Answers can depend on the reader's language (standard list names): a switch asks for them again.
i18n.on('languageChanged', () => void queryClient.invalidateQueries());

createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <BrowserRouter>
        <SessionProvider>
          {/* A language other than English arrives as its own chunk: nothing shows until its strings are here. */}
          <Suspense fallback={null}>
            <AppRoutes />
          </Suspense>
        </SessionProvider>
      </BrowserRouter>
    </QueryClientProvider>
  </StrictMode>,
);
