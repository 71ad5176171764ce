import { useTranslation } from 'react-i18next';
import type { Customer } from '../../../shared/customers';
import { ConfirmButton } from '../../components/ConfirmButton';

interface TrashRowActionsProps {
  customer: Customer;
  busy: { restore: boolean; purge: boolean };
  canPurge: boolean;
  onRestore: (customer: Customer) => Promise<void>;
  onPurge: (customer: Customer) => Promise<void>;
}

/** A trashed customer's Restore, and for admins the confirmed delete for good. */
export function TrashRowActions({ customer, busy, canPurge, onRestore, onPurge }: TrashRowActionsProps) {
  const { t } = useTranslation();
  return (
    <>
      <button
        type="button"
        className="button button--small"
        disabled={busy.restore}
        aria-label={t('trash.restoreNamed', { name: customer.name })}
        onClick={() => void onRestore(customer)}
      >
        {t('trash.restore')}
      </button>
      {canPurge ? (
        <ConfirmButton
          danger
          label={t('trash.purge')}
          question={t('trash.purgeQuestion', { name: customer.name })}
          confirmLabel={t('trash.purgeConfirm')}
          disabled={busy.purge}
          onConfirm={() => onPurge(customer)}
        />
      ) : null}
    </>
  );
}
