import type { SalesProject, SalesStage } from '../../../shared/sales';

/** The workspace's currency and what one unit of each other currency is worth in it. */
export interface Money {
  currency: string;
  exchangeRates: Record<string, number>;
}

export interface StageColumn {
  stage: SalesStage;
  projects: SalesProject[];
  /** The sum of the amounts in the workspace's currency, and weighted by each project's probability. */
  total: number;
  weighted: number;
}

/** A project's amount in the workspace's currency; null when it has none, or its currency has no rate. */
export function converted(project: SalesProject, money: Money): number | null {
  if (project.amount === null) return null;
  if (project.currency === money.currency) return project.amount;
  const rate = money.exchangeRates[project.currency];
  return rate === undefined ? null : project.amount * rate;
}

/** The board's columns: each active stage (and any inactive one still holding projects) with its projects and totals. */
export function pipelineColumns(stages: SalesStage[], projects: SalesProject[], money: Money): StageColumn[] {
  return [...stages]
    .sort((a, b) => a.order - b.order)
    .map((stage) => {
      const inStage = projects.filter((p) => p.stageId === stage.id);
      const total = inStage.reduce((sum, p) => sum + (converted(p, money) ?? 0), 0);
      const weighted = inStage.reduce((sum, p) => sum + ((converted(p, money) ?? 0) * p.probability) / 100, 0);
      return { stage, projects: inStage, total, weighted };
    })
    .filter((column) => column.stage.active || column.projects.length > 0);
}

/** The amounts the totals leave out, per currency without a rate (largest first): the board names them. */
export function unconverted(projects: SalesProject[], money: Money): { currency: string; amount: number }[] {
  const left = new Map<string, number>();
  for (const p of projects) {
    if (p.amount !== null && converted(p, money) === null) left.set(p.currency, (left.get(p.currency) ?? 0) + p.amount);
  }
  return [...left].map(([currency, amount]) => ({ currency, amount })).sort((a, b) => b.amount - a.amount);
}
