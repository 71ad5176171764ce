import { listItemCreateSchema, listItemSchema, listItemUpdateSchema } from '../../../shared/settings';
import { statusKeywords } from '../../db/schema';
import { commentsWithKeyword } from './comments.repository';
import type { ListDefinition } from '../settings/settings-lists';

/** Status keywords through the settings machinery: admins shape the list, everyone reads it; one used in a comment cannot be deleted. */
export const statusKeywordList: ListDefinition = {
  path: 'status-keywords',
  entity: 'status_keyword',
  table: statusKeywords,
  item: listItemSchema,
  create: listItemCreateSchema,
  update: listItemUpdateSchema,
  usage: async (db, _actor, row) => {
    const n = await commentsWithKeyword(db, String(row.id));
    return n > 0 ? { counts: { comments: n }, message: `In use by ${n} comments; deactivate it instead` } : null;
  },
};
