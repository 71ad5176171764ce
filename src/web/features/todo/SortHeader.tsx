import { ArrowDown, ArrowUp } from 'lucide-react';
import type { ReactNode } from 'react';
import type { SortOrder, TodoSort } from './usePreferences';

interface SortHeaderProps {
  sort: TodoSort;
  current: { todoSort: TodoSort; todoOrder: SortOrder };
  onSort: (sort: TodoSort) => void;
  className?: string;
  children: ReactNode;
}

/** A column header that sorts by its column; aria-sort tells which column orders the list and how. */
export function SortHeader({ sort, current, onSort, className, children }: SortHeaderProps) {
  const active = current.todoSort === sort;
  const ascending = current.todoOrder === 'asc';
  const Arrow = ascending ? ArrowUp : ArrowDown;
  return (
    <th scope="col" className={className} aria-sort={active ? (ascending ? 'ascending' : 'descending') : undefined}>
      <button type="button" className="sort-button" onClick={() => onSort(sort)}>
        {children}
        {active ? <Arrow aria-hidden="true" size={14} /> : null}
      </button>
    </th>
  );
}
