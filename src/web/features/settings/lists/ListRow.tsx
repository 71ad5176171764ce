import { type ReactNode, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ListItem } from '../../../../shared/settings';
import { ConfirmButton } from '../../../components/ConfirmButton';
import { useSubmit } from '../../../components/hooks';
import { DragHandle, type RowDrag } from './DragHandle';
import { RenameForm } from './RenameForm';
import { RowButtons } from './RowButtons';
import { RowErrors } from './RowErrors';
import { RowName } from './RowName';

interface ListRowProps<T extends ListItem> {
  item: T;
  position: number;
  count: number;
  drag: RowDrag;
  onMove: (delta: -1 | 1) => Promise<void>;
  onChange: (change: Record<string, unknown>) => Promise<unknown>;
  onDelete: () => Promise<void>;
  /** More about the item, shown after its name (a key, a colour, "applies to"). */
  details?: ReactNode;
  /** More actions (e.g. "Move all customers"). */
  actions?: ReactNode;
}

/** The standard name of an item Tend seeded and someone renamed (lists without standard names have neither field). */
function renamedStandard(item: ListItem): string | undefined {
  const named = item as ListItem & { nameIsDefault?: boolean; standardName?: string };
  return named.nameIsDefault === false ? named.standardName : undefined;
}

/** One item of a settings list: drag handle, name (rename in place), active, move up/down, delete. */
export function ListRow<T extends ListItem>({ item, position, count, drag, onMove, onChange, onDelete, details, actions }: ListRowProps<T>) {
  const { t } = useTranslation();
  const [renaming, setRenaming] = useState(false);
  const action = useSubmit();
  const removal = useSubmit();
  const rowRef = useRef<HTMLLIElement>(null);
  const name = item.name;

  const className = ['settings-row', item.active ? '' : 'settings-row--inactive', drag.dragging ? 'settings-row--dragging' : ''].filter(Boolean).join(' ');

  return (
    <li ref={rowRef} className={className} onDragOver={drag.onDragOver} onDrop={drag.onDrop} data-id={item.id} aria-label={name}>
      <div className="settings-row__main">
        <DragHandle drag={drag} row={rowRef} />
        <div className="settings-row__name">
          {renaming ? (
            <RenameForm
              name={name}
              onSave={(value) => onChange({ name: value })}
              onDone={() => setRenaming(false)}
              standardName={renamedStandard(item)}
              onUseStandardName={() => onChange({ nameIsDefault: true })}
            />
          ) : (
            <RowName item={item} details={details} />
          )}
        </div>
        <div className="settings-row__actions">
          <RowButtons
            item={item}
            position={position}
            count={count}
            action={action}
            onMove={onMove}
            onChange={onChange}
            onRename={renaming ? undefined : () => setRenaming(true)}
          />
          {actions}
          <ConfirmButton
            danger
            label={t('common.delete')}
            question={t('settings.list.confirmDelete', { name })}
            confirmLabel={t('common.delete')}
            onConfirm={async () => {
              await removal.run(onDelete);
            }}
          />
        </div>
      </div>
      <RowErrors item={item} action={action} removal={removal} onChange={onChange} />
    </li>
  );
}
