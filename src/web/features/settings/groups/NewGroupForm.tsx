import { useTranslation } from 'react-i18next';
import type { Group } from '../../../../shared/settings';
import { Alert } from '../../../components/Alert';
import { FormFooter } from '../../../components/FormFooter';
import { useApiForm } from '../../../components/useApiForm';
import { groupFormSchema, groupInput } from './group-form';
import { GroupFields } from './GroupFields';

interface NewGroupFormProps {
  groups: Group[];
  parentId: string | null;
  onCreate: (input: { name: string; type: Group['type']; parentId: string | null }) => Promise<unknown>;
  onCancel: () => void;
}

/** A new group, at the top or under another. */
export function NewGroupForm({ groups, parentId, onCreate, onCancel }: NewGroupFormProps) {
  const { t } = useTranslation();
  const api = useApiForm(groupFormSchema, { name: '', type: 'standard', parentId: parentId ?? '' }, (values) => onCreate(groupInput(values)));
  return (
    <form className="form form--compact card" onSubmit={api.submit} noValidate aria-label={t('settings.groups.new')}>
      <h2>{t('settings.groups.new')}</h2>
      {api.general ? <Alert>{api.general}</Alert> : null}
      <GroupFields api={api} groups={groups} />
      <FormFooter submitLabel={t('settings.groups.create')} busy={api.busy} onCancel={onCancel} />
    </form>
  );
}
