import { eq } from 'drizzle-orm';
import { listItemCreateSchema, listItemSchema, listItemUpdateSchema } from '../../../shared/settings';
import { activityCommentKeywords, statusKeywords } from '../../db/schema';
import { countWhere } from '../settings/settings-lists.repository';
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
    const n = await countWhere(db, activityCommentKeywords, eq(activityCommentKeywords.keywordId, String(row.id)));
    return n > 0 ? { counts: { comments: n }, message: `In use by ${n} comments; deactivate it instead` } : null;
  },
};
