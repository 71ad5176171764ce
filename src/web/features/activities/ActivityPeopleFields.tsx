import { useController, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FieldError } from '../../components/Field';
import { FormSelectField } from '../../components/FormTextField';
import { useMe } from '../../session';
import { useUsers } from '../users/useUsers';
import type { ActivityFormApi } from './useActivityForm';

/** The responsible salesperson (a retired one stays while responsible) and colleagues to add. */
export function People({ api }: { api: ActivityFormApi }) {
  const { t } = useTranslation();
  const me = useMe();
  const { users } = useUsers();
  const { control } = api.form;
  const responsibleId = useWatch({ control, name: 'responsibleId' });
  const userOptions = users.filter((user) => user.active || user.id === responsibleId).map((user) => ({ value: user.id, label: user.name }));
  if (!userOptions.some((option) => option.value === responsibleId))
    userOptions.unshift({ value: responsibleId, label: responsibleId === me.id ? me.name : '…' });
  return (
    <>
      <FormSelectField control={control} name="responsibleId" label={t('activity.responsible')} options={userOptions} error={api.errorOf('responsibleId')} />
      <Colleagues api={api} responsibleId={responsibleId} />
    </>
  );
}

function Colleagues({ api, responsibleId }: { api: ActivityFormApi; responsibleId: string }) {
  const { t } = useTranslation();
  const { users } = useUsers();
  const { field } = useController({ control: api.form.control, name: 'additionalUserIds' });
  const chosen = field.value ?? [];
  const colleagues = users.filter((user) => user.id !== responsibleId && (user.active || chosen.includes(user.id)));
  const error = api.errorOf('additionalUserIds');
  return (
    <fieldset className="checkbox-group" aria-describedby={error ? 'additional-users-error' : undefined}>
      <legend>{t('activity.additionalUsers')}</legend>
      {colleagues.length === 0 ? <p className="muted">{t('activity.noColleagues')}</p> : null}
      {colleagues.map((user) => (
        <label key={user.id} className="checkbox">
          <input
            type="checkbox"
            checked={chosen.includes(user.id)}
            onChange={(event) => field.onChange(event.target.checked ? [...chosen, user.id] : chosen.filter((id) => id !== user.id))}
          />
          <bdi>{user.name}</bdi>
        </label>
      ))}
      <FieldError id="additional-users-error" error={error} />
    </fieldset>
  );
}
