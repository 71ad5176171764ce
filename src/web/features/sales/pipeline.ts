import type { SalesProject, SalesStage } from '../../../shared/sales';

export interface StageColumn {
  stage: SalesStage;
  projects: SalesProject[];
  /** The sum of the amounts, and weighted by each project's probability. */
  total: number;
  weighted: number;
}

/** The board's columns: each active stage (and any inactive one still holding projects) with its projects and totals. */
export function pipelineColumns(stages: SalesStage[], projects: SalesProject[]): StageColumn[] {
  return [...stages]
    .sort((a, b) => a.order - b.order)
    .map((stage) => {
      const inStage = projects.filter((p) => p.stageId === stage.id);
      const total = inStage.reduce((sum, p) => sum + (p.amount ?? 0), 0);
      const weighted = inStage.reduce((sum, p) => sum + ((p.amount ?? 0) * p.probability) / 100, 0);
      return { stage, projects: inStage, total, weighted };
    })
    .filter((column) => column.stage.active || column.projects.length > 0);
}
