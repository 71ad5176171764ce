import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/Alert';
import { Dialog } from '../../components/Dialog';
import { TextField } from '../../components/Field';
import { ApiError } from '../../api';
import { fieldMessages, generalMessage } from '../../components/errors';
import { useSubmit } from '../../components/hooks';
import { usePartnerWrites } from './usePartners';

type Invited = { inviteUrl: string | null; mailed: boolean; email: string };

/** What came of the invitation: mailed, or the link to hand over (shown this once). */
function Result({ invited, onClose }: { invited: Invited; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="form">
      {invited.mailed ? (
        <p role="status">{t('partners.mailed', { email: invited.email })}</p>
      ) : (
        <TextField
          label={t('partners.linkOnce')}
          readOnly
          value={invited.inviteUrl ?? ''}
          onChange={() => undefined}
          onFocus={(event) => event.target.select()}
        />
      )}
      <div className="form__actions">
        <button type="button" className="button button--primary" onClick={onClose}>
          {t('partners.done')}
        </button>
      </div>
    </div>
  );
}

/** Invite a person of the customer as a partner: name and e-mail; a one-time link valid 7 days. */
export function InvitePartnerDialog({ customer, onClose }: { customer: { id: string; name: string }; onClose: () => void }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [invited, setInvited] = useState<Invited | null>(null);
  const save = useSubmit();
  const writes = usePartnerWrites();
  const submit = async () => {
    const result = await save.run(() => writes.invite({ customerId: customer.id, name: name.trim(), email: email.trim() }));
    if (result) setInvited({ inviteUrl: result.inviteUrl, mailed: result.mailed, email: email.trim() });
  };
  const problems = save.error instanceof ApiError ? Object.fromEntries(fieldMessages(t, save.error)) : {};
  return (
    <Dialog title={t('partners.inviteTitle', { name: customer.name })} onClose={onClose}>
      {invited ? (
        <Result invited={invited} onClose={onClose} />
      ) : (
        <form
          className="form"
          onSubmit={(event) => {
            event.preventDefault();
            void submit();
          }}
        >
          <TextField label={t('partners.name')} required maxLength={200} value={name} onChange={setName} autoComplete="off" error={problems.name} />
          <TextField label={t('partners.email')} type="email" required value={email} onChange={setEmail} autoComplete="off" error={problems.email} />
          {save.error ? <Alert>{generalMessage(t, save.error)}</Alert> : null}
          <div className="form__actions">
            <button type="submit" className="button button--primary" disabled={save.busy}>
              {t('partners.send')}
            </button>
            <button type="button" className="button" onClick={onClose}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      )}
    </Dialog>
  );
}
