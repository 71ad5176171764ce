import { useTranslation } from 'react-i18next';
import type { ListItem } from '../../../../shared/settings';
import { Alert } from '../../../components/Alert';
import { generalMessage } from '../../../components/errors';
import type { useSubmit } from '../../../components/hooks';
import { deleteMessage, isConflict } from '../conflict';

interface RowErrorsProps {
  item: ListItem;
  action: ReturnType<typeof useSubmit>;
  removal: ReturnType<typeof useSubmit>;
  onChange: (change: Record<string, unknown>) => Promise<unknown>;
}

/** A failed change, or a refused delete with the server's reason and, for an item in use, "Deactivate instead". */
export function RowErrors({ item, action, removal, onChange }: RowErrorsProps) {
  const { t } = useTranslation();
  const deactivate = async () => {
    const done = await action.run(() => onChange({ active: false }));
    if (done !== undefined) removal.clear();
  };
  return (
    <>
      {action.error ? <Alert>{generalMessage(t, action.error)}</Alert> : null}
      {removal.error ? (
        <Alert>
          <span>{deleteMessage(t, removal.error)}</span>{' '}
          {isConflict(removal.error) && item.active ? (
            <button type="button" className="button button--small" onClick={deactivate}>
              {t('settings.list.deactivateInstead')}
            </button>
          ) : null}
        </Alert>
      ) : null}
    </>
  );
}
