import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { generalMessage } from '../../../components/errors';
import { useSubmit } from '../../../components/hooks';

export interface Member {
  userId: string;
  name: string;
  roleName: string;
}

/** A member's role name, saved when changed. */
export function RoleNameForm({ member, onSave }: { member: Member; onSave: (roleName: string) => Promise<unknown> }) {
  const { t } = useTranslation();
  const [value, setValue] = useState(member.roleName);
  const { busy, error, run } = useSubmit();
  const changed = value.trim() !== member.roleName;
  return (
    <form
      className="member-role"
      onSubmit={(event) => {
        event.preventDefault();
        if (changed) void run(() => onSave(value.trim()));
      }}
    >
      <label className="visually-hidden" htmlFor={`role-${member.userId}`}>
        {t('settings.groups.roleOf', { name: member.name })}
      </label>
      <input id={`role-${member.userId}`} value={value} onChange={(event) => setValue(event.target.value)} maxLength={100} autoComplete="off" />
      {changed ? (
        <button type="submit" className="button button--small" disabled={busy}>
          {t('common.save')}
        </button>
      ) : null}
      {error ? <span className="field__error">{generalMessage(t, error)}</span> : null}
    </form>
  );
}
