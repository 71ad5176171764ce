import { type ReactNode, type RefObject, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** One column of a DataTable: its header, the class of its cells, and how a row fills its cell. */
export interface Column<T> {
  key: string;
  header: ReactNode;
  className?: string;
  /** The cell's tooltip (the whole text where the cell shows an excerpt). */
  title?: (row: T) => string | undefined;
  cell: (row: T) => ReactNode;
  /** The column's sort state, when the table sorts by it (aria-sort on its header). */
  sort?: 'ascending' | 'descending' | 'none';
}

/** The actions column: no visible header (the buttons name themselves), a header for screen readers. */
export function useActionsColumn<T>(cell: (row: T) => ReactNode): Column<T> {
  const { t } = useTranslation();
  return { key: 'actions', header: <span className="visually-hidden">{t('common.actions')}</span>, className: 'table__actions', cell };
}

/** Whether the element scrolls sideways (a wide table on a phone), kept up to date as it resizes. */
function useScrollsSideways(ref: RefObject<HTMLElement | null>): boolean {
  const [scrolls, setScrolls] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => setScrolls(element.scrollWidth > element.clientWidth));
    observer.observe(element);
    if (element.firstElementChild) observer.observe(element.firstElementChild); // rows arriving widen the table
    return () => observer.disconnect();
  }, [ref]);
  return scrolls;
}

/**
 * The list pages' table (customers, trash, users): a labelled table with a header row and one row a
 * record, keyed by its id. The page keeps its loading, empty and error states around it.
 */
export function DataTable<T extends { id: string }>({
  label,
  columns,
  rows,
  busy,
  rowClassName,
}: {
  label: string;
  columns: Column<T>[];
  rows: readonly T[];
  busy?: boolean;
  rowClassName?: (row: T) => string | undefined;
}) {
  const wrap = useRef<HTMLDivElement>(null);
  // A table wider than the screen scrolls: keyboard users reach it with Tab and scroll it with the arrows.
  const scrolls = useScrollsSideways(wrap);
  return (
    <div ref={wrap} className="table-wrap" aria-busy={busy} {...(scrolls ? { tabIndex: 0, role: 'region', 'aria-label': label } : {})}>
      <table className="table" aria-label={label}>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.key} scope="col" aria-sort={column.sort}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className={rowClassName?.(row)}>
              {columns.map((column) => (
                <td key={column.key} className={column.className} title={column.title?.(row)}>
                  {column.cell(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
