import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Group } from '../../../../shared/settings';
import { Alert } from '../../../components/Alert';
import { ConfirmButton } from '../../../components/ConfirmButton';
import { generalMessage } from '../../../components/errors';
import { useSubmit } from '../../../components/hooks';
import { useApiForm } from '../../../components/useApiForm';
import { deleteMessage } from '../conflict';
import { groupFormSchema, groupInput } from './group-form';
import { GroupFields } from './GroupFields';
import { GroupMembers } from './GroupMembers';
import type { useGroups } from './useGroups';

interface GroupEditorProps {
  group: Group;
  groups: ReturnType<typeof useGroups>;
  onAddSubgroup: () => void;
  onDeleted: () => void;
}

/** Active at once when ticked, and deleting the group (refused while it has subgroups or members). */
function GroupActions({ group, groups, onDeleted, children }: Omit<GroupEditorProps, 'onAddSubgroup'> & { children: ReactNode }) {
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

/** One group: name, type, where it sits in the tree (checked with the server's rules), active, and its members. */
export function GroupEditor({ group, groups, onAddSubgroup, onDeleted }: GroupEditorProps) {
  const { t } = useTranslation();
  const [saved, setSaved] = useState(false);
  const api = useApiForm(groupFormSchema, { name: group.name, type: group.type, parentId: group.parentId ?? '' }, async (values) => {
    setSaved(false);
    await groups.update(group.id, groupInput(values));
    api.form.reset(values);
    setSaved(true);
  });
  return (
    <div className="group-editor">
      <form className="form form--compact card" onSubmit={api.submit} noValidate aria-label={t('settings.groups.editNamed', { name: group.name })}>
        <div className="card__header">
          <h2>
            <bdi>{group.name}</bdi>
          </h2>
          <button type="button" className="button button--small" onClick={onAddSubgroup}>
            {t('settings.groups.addSubgroup')}
          </button>
        </div>
        {api.general ? <Alert>{api.general}</Alert> : null}
        {saved && !api.form.formState.isDirty ? <Alert kind="success">{t('settings.saved')}</Alert> : null}
        <GroupFields api={api} groups={groups.groups} selfId={group.id} />
        <GroupActions group={group} groups={groups} onDeleted={onDeleted}>
          <button type="submit" className="button button--primary" disabled={api.busy}>
            {api.busy ? t('common.saving') : t('common.save')}
          </button>
        </GroupActions>
      </form>
      <GroupMembers group={group} />
    </div>
  );
}
