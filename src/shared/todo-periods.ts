/**
 * The to-do's period filter values. A module of its own, without zod, so the to-do page can offer
 * them without loading the schemas (the first page stays light).
 */
export const PERIODS = ['last-year-and-this-year', 'this-year', 'this-month'] as const;
export type Period = (typeof PERIODS)[number];
