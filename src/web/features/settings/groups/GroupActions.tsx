import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/Alert';
import { ConfirmButton } from '../../../components/ConfirmButton';
import { generalMessage } from '../../../components/errors';
import { useSubmit } from '../../../components/hooks';
import { deleteMessage } from '../conflict';
import type { GroupEditorProps } from './GroupEditor';

/** Active at once when ticked, and deleting the group (refused while it has subgroups or members). */
export function GroupActions({ group, groups, onDeleted, children }: Omit<GroupEditorProps, 'onAddSubgroup'> & { children: ReactNode }) {
  const { t } = useTranslation();
  const change = useSubmit();
  const removal = useSubmit();
  const remove = async () => {
    const done = await removal.run(async () => {
      await groups.remove(group.id);
      return true;
    });
    if (done !== undefined) onDeleted();
  };
  return (
    <>
      {change.error ? <Alert>{generalMessage(t, change.error)}</Alert> : null}
      <label className="checkbox">
        <input type="checkbox" checked={group.active} onChange={(event) => void change.run(() => groups.update(group.id, { active: event.target.checked }))} />
        {t('settings.list.active')}
      </label>
      <div className="form__actions">
        {children}
        <ConfirmButton
          danger
          label={t('common.delete')}
          question={t('settings.list.confirmDelete', { name: group.name })}
          confirmLabel={t('common.delete')}
          onConfirm={remove}
        />
      </div>
      {removal.error ? <Alert>{deleteMessage(t, removal.error)}</Alert> : null}
    </>
  );
}
