import { useRef, useState, type DragEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ListItem } from '../../../../shared/settings';
import { Alert } from '../../../components/Alert';
import { ConfirmButton } from '../../../components/ConfirmButton';
import { generalMessage } from '../../../components/errors';
import { useSubmit } from '../../../components/hooks';
import { deleteMessage, isConflict } from '../conflict';
import { RenameForm } from './RenameForm';

export interface RowDrag {
  dragging: boolean;
  onDragStart: (event: DragEvent<HTMLElement>, row: HTMLElement | null) => void;
  onDragEnd: () => void;
  onDragOver: (event: DragEvent<HTMLElement>) => void;
  onDrop: (event: DragEvent<HTMLElement>) => void;
}

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
        <span
          className="drag-handle"
          draggable
          title={t('settings.list.dragHint')}
          aria-hidden="true"
          data-testid="drag-handle"
          onDragStart={(event) => drag.onDragStart(event, rowRef.current)}
          onDragEnd={drag.onDragEnd}
        >
          ⠿
        </span>
        <div className="settings-row__name">
          {renaming ? (
            <RenameForm name={name} onSave={(value) => onChange({ name: value })} onDone={() => setRenaming(false)} />
          ) : (
            <>
              <strong>
                <bdi>{name}</bdi>
              </strong>
              {item.active ? null : <span className="badge badge--muted">{t('settings.list.inactive')}</span>}
              {details}
            </>
          )}
        </div>
        <div className="settings-row__actions">
          <button
            type="button"
            className="button button--small button--icon"
            disabled={position === 0 || action.busy}
            onClick={() => void action.run(() => onMove(-1))}
            aria-label={t('settings.list.moveUp', { name })}
            title={t('settings.list.moveUp', { name })}
          >
            ↑
          </button>
          <button
            type="button"
            className="button button--small button--icon"
            disabled={position === count - 1 || action.busy}
            onClick={() => void action.run(() => onMove(1))}
            aria-label={t('settings.list.moveDown', { name })}
            title={t('settings.list.moveDown', { name })}
          >
            ↓
          </button>
          {renaming ? null : (
            <button type="button" className="button button--small" onClick={() => setRenaming(true)} aria-label={t('settings.list.renameNamed', { name })}>
              {t('settings.list.rename')}
            </button>
          )}
          <button
            type="button"
            className="button button--small"
            disabled={action.busy}
            aria-label={item.active ? t('settings.list.deactivateNamed', { name }) : t('settings.list.activateNamed', { name })}
            onClick={() => void action.run(() => onChange({ active: !item.active }))}
          >
            {item.active ? t('settings.list.deactivate') : t('settings.list.activate')}
          </button>
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
      {action.error ? <Alert>{generalMessage(t, action.error)}</Alert> : null}
      {removal.error ? (
        <Alert>
          <span>{deleteMessage(t, removal.error)}</span>{' '}
          {isConflict(removal.error) && item.active ? (
            <button
              type="button"
              className="button button--small"
              onClick={async () => {
                const done = await action.run(() => onChange({ active: false }));
                if (done !== undefined) removal.clear();
              }}
            >
              {t('settings.list.deactivateInstead')}
            </button>
          ) : null}
        </Alert>
      ) : null}
    </li>
  );
}
