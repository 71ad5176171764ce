import { Link } from 'react-router-dom';
import type { TodoItem } from '../../../shared/todo';

/** The project an activity belongs to (issue 17), as a link to the project page after the customer; nothing without one. */
export function TodoProject({ item }: { item: Pick<TodoItem, 'projectId' | 'projectName'> }) {
  if (!item.projectId || !item.projectName) return null;
  return (
    <>
      {' › '}
      <Link className="todo-project" to={`/projects/${item.projectId}`} dir="auto">
        {item.projectName}
      </Link>
    </>
  );
}
