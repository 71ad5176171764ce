import { useTranslation } from 'react-i18next';
import type { Group } from '../../../../shared/settings';
import { FormSelectField, FormTextField } from '../../../components/FormTextField';
import type { GroupFormApi } from './group-form';
import { flattenTree } from './tree';

export type { GroupValues } from './group-form';

/** Name, type and parent of a group; the parent list shows the tree and leaves out the group itself. */
export function GroupFields({ api, groups, selfId }: { api: GroupFormApi; groups: Group[]; selfId?: string }) {
  const { t } = useTranslation();
  const { control } = api.form;
  const parents = flattenTree(groups).filter(({ group }) => group.id !== selfId);
  const types = [
    { value: 'standard', label: t('settings.groups.standard') },
    { value: 'sales', label: t('settings.groups.sales') },
  ];
  const parentOptions = [
    { value: '', label: t('settings.groups.topLevel') },
    ...parents.map(({ group, depth }) => ({ value: group.id, label: `${'\u00a0\u00a0'.repeat(depth)}${group.name}` })),
  ];
  return (
    <>
      <FormTextField control={control} name="name" label={t('settings.groups.name')} error={api.errorOf('name')} required autoComplete="off" />
      <FormSelectField
        control={control}
        name="type"
        label={t('settings.groups.type')}
        options={types}
        error={api.errorOf('type')}
        hint={t('settings.groups.typeHint')}
      />
      <FormSelectField control={control} name="parentId" label={t('settings.groups.parent')} options={parentOptions} error={api.errorOf('parentId')} />
    </>
  );
}
