import { useTranslation } from 'react-i18next';
import type { TodoItem } from '../../../shared/todo';
import type { TodoListProps } from './list-props';

/** The row's checkbox for bulk actions; a done activity has none. */
export function SelectCell({ item, selected, onSelect }: { item: TodoItem; selected: boolean; onSelect: TodoListProps['onSelect'] }) {
  const { t } = useTranslation();
  return (
    <td className="todo-row__select">
      {item.done ? null : (
        <input
          type="checkbox"
          aria-label={t('bulk.selectNamed', { subject: item.subject })}
          checked={selected}
          onChange={(event) => onSelect(item.id, event.target.checked)}
        />
      )}
    </td>
  );
}

/** The note cut to one line; focus (like hover) shows it in full, for keyboard users too. */
export function NoteCell({ note }: { note: string | null }) {
  return (
    <td className="todo-row__note">
      {note ? (
        // biome-ignore lint/a11y/noNoninteractiveTabindex: the note is cut to one line and focus shows it in full
        <span className="note-peek" tabIndex={0} title={note} dir="auto">
          {note}
        </span>
      ) : null}
    </td>
  );
}
