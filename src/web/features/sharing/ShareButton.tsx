import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Customer } from '../../../shared/customers';
import { useMe } from '../../session';
import { ShareDialog } from './ShareDialog';
import { mayShare } from './useAccess';

/** "Share" on the customer page, for those the server lets share it (its responsible, managers, admins). */
export function ShareButton({ customer, onSaved }: { customer: Customer; onSaved: (notice: string) => void }) {
  const { t } = useTranslation();
  const me = useMe();
  const [open, setOpen] = useState(false);
  if (!mayShare(me, customer)) return null;
  return (
    <>
      <button type="button" className="button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {t('share.button')}
      </button>
      {open ? (
        <ShareDialog
          customer={customer}
          onClose={() => setOpen(false)}
          onSaved={() => {
            setOpen(false);
            onSaved(t('share.saved', { name: customer.name }));
          }}
        />
      ) : null}
    </>
  );
}
