import type { ReactNode } from 'react';
import type { Role } from '../shared/common';
import { CustomerCreatePage } from './features/customers/CustomerCreatePage';
import { CustomerList } from './features/customers/CustomerList';
import { CustomerPage } from './features/customers/CustomerPage';
import { ActivityCreatePage } from './features/activities/ActivityCreatePage';
import { ActivityPage } from './features/activities/ActivityPage';
import { SearchPage } from './features/search/SearchPage';
import { TodoPage } from './features/todo/TodoPage';
import { SettingsArea } from './features/settings/SettingsArea';
import { TrashPage } from './features/trash/TrashPage';
import { UsersPage } from './features/users/UsersPage';

export interface AppPage {
  /** Path under the app root, without a leading slash. */
  path: string;
  element: ReactNode;
  /** Shown in the main navigation, in this list's order. */
  nav?: { labelKey: string };
  /** Who may open it; everyone when absent. */
  roles?: readonly Role[];
}

/**
 * Every signed-in page, in one place. A feature adds its page here, and with `nav` it gets its
 * entry in the navigation (To-do, Activities, Settings join this list when they work).
 */
export const PAGES: readonly AppPage[] = [
  { path: 'todo', element: <TodoPage />, nav: { labelKey: 'todo.nav' } },
  { path: 'customers', element: <CustomerList />, nav: { labelKey: 'nav.customers' } },
  { path: 'customers/new', element: <CustomerCreatePage /> },
  { path: 'customers/:id', element: <CustomerPage /> },
  { path: 'activities/new', element: <ActivityCreatePage /> },
  { path: 'activities/:id', element: <ActivityPage /> },
  { path: 'search', element: <SearchPage />, nav: { labelKey: 'search.nav' } },
  { path: 'trash', element: <TrashPage />, nav: { labelKey: 'nav.trash' } },
  { path: 'users', element: <UsersPage />, nav: { labelKey: 'nav.users' }, roles: ['admin'] },
  { path: 'settings', element: <SettingsArea />, nav: { labelKey: 'settings.nav' }, roles: ['admin'] },
  { path: 'settings/:section', element: <SettingsArea />, roles: ['admin'] },
];

/** The page the app opens on. */
export const HOME = '/todo';

export const mayOpen = (page: AppPage, role: Role) => !page.roles || page.roles.includes(role);

export function navigationFor(role: Role): (AppPage & { nav: { labelKey: string } })[] {
  return PAGES.filter((page): page is AppPage & { nav: { labelKey: string } } => page.nav !== undefined && mayOpen(page, role));
}
