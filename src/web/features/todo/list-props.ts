import type { TodoItem } from '../../../shared/todo';
import type { ActivityLookups } from '../activities/useActivityLookups';
import type { RowActionHandlers } from './RowActions';
import type { Section } from './sections';

/** What the table (laptop) and the cards (phone) both show and do. */
export interface TodoListProps {
  items: TodoItem[];
  /** Per section for the whole list (from the server), not only the loaded rows. */
  counts: Partial<Record<Section, number>> | undefined;
  lookups: ActivityLookups;
  showResponsible: boolean;
  responsibleName: (id: string) => string;
  /** The row in the tab order (the keyboard's row). */
  tabStopId: string | null;
  onRowFocus: (id: string) => void;
  selected: ReadonlySet<string>;
  onSelect: (id: string, selected: boolean) => void;
  actions: RowActionHandlers;
}
