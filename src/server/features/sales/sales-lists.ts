import { salesStageCreateSchema, salesStageSchema, salesStageUpdateSchema } from '../../../shared/sales';
import { salesStages } from '../../db/schema';
import type { ListDefinition } from '../settings/settings-lists';
import { countStageUse } from './sales.repository';

/** The settings list `sales-stages` (issue 18), with the other lists' rules: admins write, 409 while in use. */
export const salesListDefinitions: ListDefinition[] = [
  {
    path: 'sales-stages',
    entity: 'sales_stage',
    table: salesStages,
    item: salesStageSchema,
    create: salesStageCreateSchema,
    update: salesStageUpdateSchema,
    usage: async (db, _actor, row) => {
      const n = await countStageUse(db, String(row.id));
      return n > 0 ? { counts: { 'sales projects': n }, message: `In use by ${n} sales projects; deactivate it instead` } : null;
    },
  },
];
