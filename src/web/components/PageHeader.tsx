import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** The page's heading and its main actions; a text title also names the browser tab. */
export function PageHeader({ title, actions, children }: { title: ReactNode; actions?: ReactNode; children?: ReactNode }) {
  const { t } = useTranslation();
  const app = t('app.name');
  useEffect(() => {
    if (typeof title === 'string') document.title = `${title} · ${app}`;
  }, [title, app]);
  return (
    <header className="page-header">
      <div className="page-header__text">
        <h1>
          <bdi>{title}</bdi>
        </h1>
        {children}
      </div>
      {actions ? <div className="page-header__actions">{actions}</div> : null}
    </header>
  );
}
