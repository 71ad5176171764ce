import { useTranslation } from 'react-i18next';
import { SHARE_ACCESS, type Share } from '../../../shared/sharing';
import { useGroups } from '../settings/groups/useGroups';
import { useUsers } from '../users/useUsers';

/** A share's target as one select value: a user ("u:id") or a group ("g:id"). */
export const targetOf = (share: Pick<Share, 'userId' | 'groupId'>) => (share.userId ? `u:${share.userId}` : `g:${share.groupId ?? ''}`);
export const shareOf = (target: string, access: Share['access']): Share =>
  target.startsWith('u:') ? { userId: target.slice(2), access } : { groupId: target.slice(2), access };

/** The names of users and groups, for a share's target. */
export function useTargetNames() {
  const { users } = useUsers();
  const { groups } = useGroups();
  return (share: Pick<Share, 'userId' | 'groupId'>) =>
    share.userId ? (users.find((u) => u.id === share.userId)?.name ?? '') : (groups.find((g) => g.id === share.groupId)?.name ?? '');
}

type TargetProps = { id: string; value: string; onChange: (target: string) => void; exclude?: ReadonlySet<string> };

/** Choose an active user or a group (the ones already named left out). */
export function ShareTargetSelect({ id, value, onChange, exclude = new Set() }: TargetProps) {
  const { t } = useTranslation();
  const { users } = useUsers();
  const { groups } = useGroups();
  return (
    <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
      <option value="">{t('share.choose')}</option>
      <optgroup label={t('share.users')}>
        {users
          .filter((u) => u.active && !exclude.has(`u:${u.id}`))
          .map((u) => (
            <option key={u.id} value={`u:${u.id}`}>
              {u.name}
            </option>
          ))}
      </optgroup>
      <optgroup label={t('share.groups')}>
        {groups
          .filter((g) => !exclude.has(`g:${g.id}`))
          .map((g) => (
            <option key={g.id} value={`g:${g.id}`}>
              {g.name}
            </option>
          ))}
      </optgroup>
    </select>
  );
}

type AccessProps = { id?: string; label?: string; value: Share['access']; onChange: (access: Share['access']) => void };

/** Read or edit. */
export function AccessSelect({ id, label, value, onChange }: AccessProps) {
  const { t } = useTranslation();
  return (
    <select id={id} aria-label={label} value={value} onChange={(event) => onChange(event.target.value as Share['access'])}>
      {SHARE_ACCESS.map((access) => (
        <option key={access} value={access}>
          {t(`share.access.${access}`)}
        </option>
      ))}
    </select>
  );
}
