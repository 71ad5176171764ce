import { Link } from 'react-router-dom';
import type { TodoItem } from '../../../shared/todo';

/**
 * The project (issue 17) and the sales project (issue 18) an activity belongs to, as links to their
 * pages after the customer; nothing without them.
 */
export function TodoProject({ item }: { item: Pick<TodoItem, 'projectId' | 'projectName' | 'salesProjectId' | 'salesProjectName'> }) {
  return (
    <>
      {item.projectId && item.projectName && (
        <>
          {' › '}
          <Link className="todo-project" to={`/projects/${item.projectId}`} dir="auto">
            {item.projectName}
          </Link>
        </>
      )}
      {item.salesProjectId && item.salesProjectName && (
        <>
          {' › '}
          <Link className="todo-project" to={`/sales-projects/${item.salesProjectId}`} dir="auto">
            {item.salesProjectName}
          </Link>
        </>
      )}
    </>
  );
}
