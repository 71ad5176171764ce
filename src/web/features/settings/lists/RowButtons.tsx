import { useTranslation } from 'react-i18next';
import type { ListItem } from '../../../../shared/settings';
import type { useSubmit } from '../../../components/hooks';

interface RowButtonsProps {
  item: ListItem;
  position: number;
  count: number;
  /** The row's running change (move, activate): its busy flag disables the buttons. */
  action: ReturnType<typeof useSubmit>;
  onMove: (delta: -1 | 1) => Promise<void>;
  onChange: (change: Record<string, unknown>) => Promise<unknown>;
  onRename?: () => void;
}

/** Move up, move down, rename (while not renaming) and (de)activate. */
export function RowButtons({ item, position, count, action, onMove, onChange, onRename }: RowButtonsProps) {
  const { t } = useTranslation();
  const name = item.name;
  const move = (delta: -1 | 1, label: string, arrow: string, disabled: boolean) => (
    <button
      type="button"
      className="button button--small button--icon"
      disabled={disabled || action.busy}
      onClick={() => void action.run(() => onMove(delta))}
      aria-label={label}
      title={label}
    >
      {arrow}
    </button>
  );
  return (
    <>
      {move(-1, t('settings.list.moveUp', { name }), '↑', position === 0)}
      {move(1, t('settings.list.moveDown', { name }), '↓', position === count - 1)}
      {onRename ? (
        <button type="button" className="button button--small" onClick={onRename} aria-label={t('settings.list.renameNamed', { name })}>
          {t('settings.list.rename')}
        </button>
      ) : null}
      <button
        type="button"
        className="button button--small"
        disabled={action.busy}
        aria-label={item.active ? t('settings.list.deactivateNamed', { name }) : t('settings.list.activateNamed', { name })}
        onClick={() => void action.run(() => onChange({ active: !item.active }))}
      >
        {item.active ? t('settings.list.deactivate') : t('settings.list.activate')}
      </button>
    </>
  );
}
