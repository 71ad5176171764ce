import { type ComponentType, lazy, type ReactNode } from 'react';
import type { AccountRole, Role } from '../shared/common';

/**
 * Each page is its own chunk, loaded when first opened: the first page load fetches the shell
 * and the page it shows, not every page of the app. (The shell wraps pages in Suspense.)
 */
function lazyPage<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) {
  return lazy(() => load().then((module) => ({ default: module[name] })));
}

const TodoPage = lazyPage(() => import('./features/todo/TodoPage'), 'TodoPage');
const CustomerList = lazyPage(() => import('./features/customers/CustomerList'), 'CustomerList');
const CustomerCreatePage = lazyPage(() => import('./features/customers/CustomerCreatePage'), 'CustomerCreatePage');
const CustomerPage = lazyPage(() => import('./features/customers/CustomerPage'), 'CustomerPage');
const ProjectPage = lazyPage(() => import('./features/projects/ProjectPage'), 'ProjectPage');
const CustomerFromTemplatePage = lazyPage(() => import('./features/projects/CustomerFromTemplatePage'), 'CustomerFromTemplatePage');
const ActivityCreatePage = lazyPage(() => import('./features/activities/ActivityCreatePage'), 'ActivityCreatePage');
const ActivityPage = lazyPage(() => import('./features/activities/ActivityPage'), 'ActivityPage');
const CalendarPage = lazyPage(() => import('./features/calendar/CalendarPage'), 'CalendarPage');
const SearchPage = lazyPage(() => import('./features/search/SearchPage'), 'SearchPage');
const TrashPage = lazyPage(() => import('./features/trash/TrashPage'), 'TrashPage');
const UsersPage = lazyPage(() => import('./features/users/UsersPage'), 'UsersPage');
const ChangePasswordPage = lazyPage(() => import('./features/auth/ChangePasswordPage'), 'ChangePasswordPage');
const MySettingsPage = lazyPage(() => import('./features/auth/MySettingsPage'), 'MySettingsPage');
const WorkAreasPage = lazyPage(() => import('./features/tasks/WorkAreasPage'), 'WorkAreasPage');
const KeywordCustomersPage = lazyPage(() => import('./features/comments/KeywordCustomersPage'), 'KeywordCustomersPage');
const MailboxesPage = lazyPage(() => import('./features/mailboxes/MailboxesPage'), 'MailboxesPage');
const MailPage = lazyPage(() => import('./features/mail/MailPage'), 'MailPage');
const PipelinePage = lazyPage(() => import('./features/sales/PipelinePage'), 'PipelinePage');
const SalesProjectCreatePage = lazyPage(() => import('./features/sales/SalesProjectCreatePage'), 'SalesProjectCreatePage');
const SalesProjectPage = lazyPage(() => import('./features/sales/SalesProjectPage'), 'SalesProjectPage');
const CampaignsPage = lazyPage(() => import('./features/sales/CampaignsPage'), 'CampaignsPage');
const CampaignPage = lazyPage(() => import('./features/sales/CampaignsPage'), 'CampaignPage');
const ReportsPage = lazyPage(() => import('./features/reports/ReportsPage'), 'ReportsPage');
const ImportPage = lazyPage(() => import('./features/imports/ImportPage'), 'ImportPage');
const SettingsArea = lazyPage(() => import('./features/settings/SettingsArea'), 'SettingsArea');

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
  { path: 'customers/from-template', element: <CustomerFromTemplatePage /> },
  { path: 'import', element: <ImportPage /> },
  { path: 'projects/:id', element: <ProjectPage /> },
  { path: 'customers/:id', element: <CustomerPage /> },
  { path: 'activities/new', element: <ActivityCreatePage /> },
  { path: 'activities/:id', element: <ActivityPage /> },
  { path: 'calendar', element: <CalendarPage />, nav: { labelKey: 'calendar.nav' } },
  { path: 'work-areas', element: <WorkAreasPage />, nav: { labelKey: 'tasks.areas.nav' } },
  { path: 'work-areas/:id', element: <WorkAreasPage /> },
  { path: 'sales', element: <PipelinePage />, nav: { labelKey: 'sales.nav' } },
  { path: 'sales-projects/new', element: <SalesProjectCreatePage /> },
  { path: 'sales-projects/:id', element: <SalesProjectPage /> },
  { path: 'campaigns', element: <CampaignsPage /> },
  { path: 'campaigns/:id', element: <CampaignPage /> },
  { path: 'search', element: <SearchPage />, nav: { labelKey: 'search.nav' } },
  { path: 'mail', element: <MailPage />, nav: { labelKey: 'mail.nav' } },
  { path: 'reports', element: <ReportsPage />, nav: { labelKey: 'reports.nav' } },
  { path: 'keywords', element: <KeywordCustomersPage />, nav: { labelKey: 'comments.nav' } },
  { path: 'trash', element: <TrashPage />, nav: { labelKey: 'nav.trash' } },
  { path: 'users', element: <UsersPage />, nav: { labelKey: 'nav.users' }, roles: ['admin'] },
  { path: 'settings', element: <SettingsArea />, nav: { labelKey: 'settings.nav' }, roles: ['admin'] },
  { path: 'settings/:section', element: <SettingsArea />, roles: ['admin'] },
  { path: 'account/password', element: <ChangePasswordPage /> },
  { path: 'account/settings', element: <MySettingsPage /> },
  { path: 'account/mailboxes', element: <MailboxesPage /> },
];

/** The page the app opens on. */
export const HOME = '/todo';

export const mayOpen = (page: AppPage, role: AccountRole) => !page.roles || (page.roles as readonly AccountRole[]).includes(role);

export function navigationFor(role: AccountRole): (AppPage & { nav: { labelKey: string } })[] {
  return PAGES.filter((page): page is AppPage & { nav: { labelKey: string } } => page.nav !== undefined && mayOpen(page, role));
}
