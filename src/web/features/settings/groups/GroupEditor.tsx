import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Group } from '../../../../shared/settings';
import { Alert } from '../../../components/Alert';
import { ConfirmButton } from '../../../components/ConfirmButton';
import { formErrors } from '../../../components/errors';
import { useSubmit } from '../../../components/hooks';
import { deleteMessage } from '../conflict';
import { GroupFields, type GroupValues } from './GroupFields';
import { GroupMembers } from './GroupMembers';
import type { useGroups } from './useGroups';

interface GroupEditorProps {
  group: Group;
  groups: ReturnType<typeof useGroups>;
  onAddSubgroup: () => void;
  onDeleted: () => void;
}

/** One group: name, type, where it sits in the tree, active, and its members. */
export function GroupEditor({ group, groups, onAddSubgroup, onDeleted }: GroupEditorProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState<GroupValues>({ name: group.name, type: group.type, parentId: group.parentId ?? '' });
  const [saved, setSaved] = useState(false);
  const save = useSubmit();
  const removal = useSubmit();
  const errors = formErrors(t, save.error, ['name', 'type', 'parentId']);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    const done = await save.run(() => groups.update(group.id, { name: values.name, type: values.type, parentId: values.parentId || null }));
    if (done) setSaved(true);
  }

  return (
    <div className="group-editor">
      <form className="form form--compact card" onSubmit={submit} noValidate aria-label={t('settings.groups.editNamed', { name: group.name })}>
        <div className="card__header">
          <h2>
            <bdi>{group.name}</bdi>
          </h2>
          <button type="button" className="button button--small" onClick={onAddSubgroup}>
            {t('settings.groups.addSubgroup')}
          </button>
        </div>
        {errors.general ? <Alert>{errors.general}</Alert> : null}
        {saved ? <Alert kind="success">{t('settings.saved')}</Alert> : null}
        <GroupFields
          values={values}
          set={(change) => {
            setSaved(false);
            setValues((current) => ({ ...current, ...change }));
          }}
          errors={errors.fields}
          groups={groups.groups}
          selfId={group.id}
        />
        <label className="checkbox">
          <input type="checkbox" checked={group.active} onChange={(event) => void save.run(() => groups.update(group.id, { active: event.target.checked }))} />
          {t('settings.list.active')}
        </label>
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={save.busy}>
            {save.busy ? t('common.saving') : t('common.save')}
          </button>
          <ConfirmButton
            danger
            label={t('common.delete')}
            question={t('settings.list.confirmDelete', { name: group.name })}
            confirmLabel={t('common.delete')}
            onConfirm={async () => {
              const done = await removal.run(async () => {
                await groups.remove(group.id);
                return true;
              });
              if (done !== undefined) onDeleted();
            }}
          />
        </div>
        {removal.error ? <Alert>{deleteMessage(t, removal.error)}</Alert> : null}
      </form>
      <GroupMembers group={group} />
    </div>
  );
}
