import type { ReactNode } from 'react';
import { ActivityStatusesPage } from './activity-types/ActivityStatusesPage';
import { ActivityTypesPage } from './activity-types/ActivityTypesPage';
import { AuditLogPage } from './audit/AuditLogPage';
import { SalesBudgetPage } from './budgets/SalesBudgetPage';
import { GroupsPage } from './groups/GroupsPage';
import { IndustriesPage } from './industries/IndustriesPage';
import { CategoriesPage } from './lists/CategoriesPage';
import { CustomerStatusesPage } from './lists/CustomerStatusesPage';
import { SimpleListPage } from './lists/SimpleListPage';
import { ExchangeRatesPage, WorkspaceSettingsPage } from './workspace/WorkspaceSettingsPage';
import { ProductsPage } from '../tasks/ProductsPage';
import { TaskTemplatesPage } from '../tasks/TaskTemplatesPage';
import { FailedJobsPage } from '../notifications/FailedJobsPage';
import { MailRulesPage } from '../mail/MailRulesPage';
import { SalesStagesPage } from '../sales/SalesStagesPage';
import { WebhooksPage } from '../webhooks/WebhooksPage';
import { ImportWizard } from '../imports/ImportWizard';

export interface SettingsSection {
  /** The address under /settings. */
  path: string;
  /** Key of its name under settings.sections and of its introduction under settings.intro. */
  key: string;
  group: 'workspace' | 'customers' | 'activities' | 'people' | 'log';
  render: (title: string) => ReactNode;
}

/** The settings pages, in the order of the side navigation. */
export const SECTIONS: readonly SettingsSection[] = [
  { path: 'workspace', key: 'workspace', group: 'workspace', render: () => <WorkspaceSettingsPage /> },
  { path: 'exchange-rates', key: 'exchangeRates', group: 'workspace', render: () => <ExchangeRatesPage /> },
  { path: 'webhooks', key: 'webhooks', group: 'workspace', render: () => <WebhooksPage /> },
  { path: 'import', key: 'import', group: 'workspace', render: () => <ImportWizard /> },
  { path: 'customer-statuses', key: 'customerStatuses', group: 'customers', render: () => <CustomerStatusesPage /> },
  { path: 'categories', key: 'categories', group: 'customers', render: () => <CategoriesPage /> },
  { path: 'industries', key: 'industries', group: 'customers', render: () => <IndustriesPage /> },
  { path: 'contact-roles', key: 'contactRoles', group: 'customers', render: (title) => <SimpleListPage path="contact-roles" title={title} /> },
  { path: 'origins', key: 'origins', group: 'customers', render: (title) => <SimpleListPage path="origins" title={title} /> },
  { path: 'sources', key: 'sources', group: 'customers', render: (title) => <SimpleListPage path="sources" title={title} /> },
  { path: 'products', key: 'products', group: 'customers', render: (title) => <ProductsPage title={title} /> },
  { path: 'sales-stages', key: 'salesStages', group: 'customers', render: () => <SalesStagesPage /> },
  { path: 'activity-types', key: 'activityTypes', group: 'activities', render: () => <ActivityTypesPage /> },
  { path: 'activity-statuses', key: 'activityStatuses', group: 'activities', render: () => <ActivityStatusesPage /> },
  { path: 'task-templates', key: 'customerTasks', group: 'activities', render: () => <TaskTemplatesPage /> },
  { path: 'work-areas', key: 'workAreas', group: 'activities', render: (title) => <SimpleListPage path="work-areas" title={title} /> },
  { path: 'status-keywords', key: 'statusKeywords', group: 'activities', render: (title) => <SimpleListPage path="status-keywords" title={title} /> },
  { path: 'mail-rules', key: 'mailRules', group: 'activities', render: () => <MailRulesPage /> },
  { path: 'groups', key: 'groups', group: 'people', render: () => <GroupsPage /> },
  { path: 'sales-budget', key: 'salesBudget', group: 'people', render: () => <SalesBudgetPage /> },
  { path: 'audit-log', key: 'auditLog', group: 'log', render: () => <AuditLogPage /> },
  { path: 'background-jobs', key: 'backgroundJobs', group: 'log', render: () => <FailedJobsPage /> },
];
