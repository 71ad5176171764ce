import { useTranslation } from 'react-i18next';
import { navigationFor } from '../../pages';
import { useMe } from '../../session';
import { NotificationBell } from '../notifications/NotificationBell';
import { ShellLayout } from './ShellLayout';
import { UserMenu } from './UserMenu';

/** Header with the navigation and the user menu around every signed-in page. */
export function AppShell() {
  const { t } = useTranslation();
  const me = useMe();
  const links = navigationFor(me.role).map((entry) => ({ to: `/${entry.path}`, label: t(entry.nav.labelKey) }));
  return (
    <ShellLayout
      home="/"
      links={links}
      actions={
        <>
          <NotificationBell />
          <UserMenu />
        </>
      }
    />
  );
}
