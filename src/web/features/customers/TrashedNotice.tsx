import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/Alert';
import { useFormat } from '../../format';
import { useUsers } from '../users/useUsers';

type TrashedNoticeProps = { deletedAt: string; deletedById: string | null; busy: boolean; onRestore: () => void };

/** Says who moved the customer to the trash and when, with a button to restore it. */
export function TrashedNotice({ deletedAt, deletedById, busy, onRestore }: TrashedNoticeProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const { nameOf: userName, loading: usersLoading } = useUsers();
  return (
    <Alert kind="info">
      <span>
        {t('customers.inTrash', {
          when: format.dateTime(deletedAt),
          who: userName(deletedById) || (usersLoading ? '…' : t('common.unknownUser')),
        })}
      </span>{' '}
      <button type="button" className="button button--primary" onClick={onRestore} disabled={busy}>
        {t('trash.restore')}
      </button>
    </Alert>
  );
}
