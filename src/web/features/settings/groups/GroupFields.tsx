import { useTranslation } from 'react-i18next';
import { GROUP_TYPES, type Group } from '../../../../shared/settings';
import { SelectField, TextField } from '../../../components/Field';
import { flattenTree } from './tree';

export interface GroupValues {
  name: string;
  type: Group['type'];
  parentId: string;
}

const isType = (value: string): value is Group['type'] => (GROUP_TYPES as readonly string[]).includes(value);

/** Name, type and parent of a group; the parent list shows the tree and leaves out the group itself. */
export function GroupFields({
  values,
  set,
  errors,
  groups,
  selfId,
}: {
  values: GroupValues;
  set: (change: Partial<GroupValues>) => void;
  errors: Record<string, string>;
  groups: Group[];
  selfId?: string;
}) {
  const { t } = useTranslation();
  const parents = flattenTree(groups).filter(({ group }) => group.id !== selfId);
  return (
    <>
      <TextField label={t('settings.groups.name')} value={values.name} onChange={(name) => set({ name })} error={errors.name} required autoComplete="off" />
      <SelectField
        label={t('settings.groups.type')}
        value={values.type}
        onChange={(type) => isType(type) && set({ type })}
        options={[
          { value: 'standard', label: t('settings.groups.standard') },
          { value: 'sales', label: t('settings.groups.sales') },
        ]}
        error={errors.type}
        hint={t('settings.groups.typeHint')}
      />
      <SelectField
        label={t('settings.groups.parent')}
        value={values.parentId}
        onChange={(parentId) => set({ parentId })}
        options={[
          { value: '', label: t('settings.groups.topLevel') },
          ...parents.map(({ group, depth }) => ({ value: group.id, label: `${'\u00a0\u00a0'.repeat(depth)}${group.name}` })),
        ]}
        error={errors.parentId}
      />
    </>
  );
}
