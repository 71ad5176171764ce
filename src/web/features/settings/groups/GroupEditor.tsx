import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Group } from '../../../../shared/settings';
import { Alert } from '../../../components/Alert';
import { useApiForm } from '../../../components/useApiForm';
import { GroupActions } from './GroupActions';
import { groupFormSchema, groupInput } from './group-form';
import { GroupFields } from './GroupFields';
import { GroupMembers } from './GroupMembers';
import type { useGroups } from './useGroups';

export interface GroupEditorProps {
  group: Group;
  groups: ReturnType<typeof useGroups>;
  onAddSubgroup: () => void;
  onDeleted: () => void;
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
