import type { ReportDefinition } from '../../../shared/reports';

/** Ready-made reports everyone may run (issue 18): ids `ready-…`, names in English (the web app says them in the reader's language by id). */
export interface ReadyMade {
  id: string;
  name: string;
  definition: ReportDefinition;
}

export const READY_MADE: ReadyMade[] = [
  {
    id: 'ready-activities-per-salesperson-week',
    name: 'Activities per salesperson per week',
    definition: { subject: 'activities', groupBy: ['responsible', 'week'], measures: ['count', 'done', 'open'], chart: 'bar' },
  },
  {
    id: 'ready-open-follow-ups-by-age',
    name: 'Open follow-ups by age (month due)',
    definition: { subject: 'activities', filters: { done: false }, groupBy: ['month'], measures: ['open', 'overdue'], chart: 'bar' },
  },
  {
    id: 'ready-budget-versus-won',
    name: 'Sales budget versus won per salesperson per month',
    definition: { subject: 'sales-projects', groupBy: ['responsible', 'month'], measures: ['budget', 'won'], chart: 'bar' },
  },
  {
    id: 'ready-campaign-results',
    name: 'Campaign results',
    definition: { subject: 'activities', groupBy: ['campaign', 'type'], measures: ['count', 'done'], chart: 'bar' },
  },
];
