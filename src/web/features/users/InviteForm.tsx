import { useTranslation } from 'react-i18next';
import { invitationCreateSchema, type InvitationCreate } from '../../../shared/users';
import { useApiForm } from '../../components/useApiForm';
import { isLanguage } from '../../i18n';
import { useMe } from '../../session';
import { PersonForm } from './PersonForm';

/** Invite a person: name, email, role and language; they get a link and choose their own password. */
export function InviteForm({ onInvite, onCancel }: { onInvite: (input: InvitationCreate) => Promise<unknown>; onCancel: () => void }) {
  const { t } = useTranslation();
  const me = useMe();
  const defaults: InvitationCreate = { name: '', email: '', role: 'user', locale: isLanguage(me.locale) ? me.locale : 'en', timeZone: me.timeZone };
  const api = useApiForm(invitationCreateSchema, defaults, onInvite);
  return <PersonForm api={api} title={t('accounts.inviteTitle')} submitLabel={t('accounts.inviteSubmit')} onCancel={onCancel} />;
}
