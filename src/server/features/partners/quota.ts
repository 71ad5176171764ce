import { PARTNER_QUOTA } from '../../../shared/partners';

/** What is shared with one partner, and whether they have a seat. */
export interface PartnerLoad {
  name: string;
  seat: boolean;
  projects: number;
  tasks: number;
}

/**
 * The quota (seed 001: "10 projects / 50 tasks unless the company provides a seat"): the first limit
 * a partner without a seat is over, or null. Pure, so the rule is tested as a table.
 */
export function overQuota(load: PartnerLoad): { what: 'projects' | 'tasks'; n: number; max: number } | null {
  if (load.seat) return null;
  if (load.projects > PARTNER_QUOTA.projects) return { what: 'projects', n: load.projects, max: PARTNER_QUOTA.projects };
  if (load.tasks > PARTNER_QUOTA.tasks) return { what: 'tasks', n: load.tasks, max: PARTNER_QUOTA.tasks };
  return null;
}
