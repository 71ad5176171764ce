import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** The calm, centred frame around sign-in and first-run setup. */
export function AuthLayout({ title, intro, children }: { title: string; intro?: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <main className="auth">
      <div className="auth__card">
        <p className="auth__brand" aria-hidden="true">
          <span className="brand-mark" /> {t('app.name')}
        </p>
        <h1>{title}</h1>
        {intro ? <p className="auth__intro">{intro}</p> : null}
        {children}
      </div>
    </main>
  );
}
