import type { TodoItem } from '../../../shared/todo';
import { lookupsRoutes, page } from '../../test/fixtures';

/** Canned answers for the to-do page in component tests: the list, its counts, the order and the teams. */
export function todoRoutes(items: TodoItem[]) {
  const count = (bucket: string) => items.filter((item) => !item.done && item.bucket === bucket).length;
  return {
    ...lookupsRoutes,
    'GET /api/v1/todo': page(items),
    'GET /api/v1/todo/counts': { overdue: count('overdue'), today: count('today'), future: count('future'), done: items.filter((item) => item.done).length },
    'GET /api/v1/me/preferences': { todoSort: 'due', todoOrder: 'asc' },
    'GET /api/v1/groups': page([]),
    'GET /api/v1/sales-projects': page([]),
    'GET /api/v1/campaigns': page([]),
  };
}
