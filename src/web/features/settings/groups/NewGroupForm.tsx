import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Group } from '../../../../shared/settings';
import { Alert } from '../../../components/Alert';
import { formErrors } from '../../../components/errors';
import { useSubmit } from '../../../components/hooks';
import { GroupFields, type GroupValues } from './GroupFields';
import { FormFooter } from '../../../components/FormFooter';

/** A new group, at the top or under another. */
export function NewGroupForm({
  groups,
  parentId,
  onCreate,
  onCancel,
}: {
  groups: Group[];
  parentId: string | null;
  onCreate: (input: { name: string; type: Group['type']; parentId: string | null }) => Promise<unknown>;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [values, setValues] = useState<GroupValues>({ name: '', type: 'standard', parentId: parentId ?? '' });
  const { busy, error, run } = useSubmit();
  const errors = formErrors(t, error, ['name', 'type', 'parentId']);

  async function submit(event: FormEvent) {
    event.preventDefault();
    await run(() => onCreate({ name: values.name, type: values.type, parentId: values.parentId || null }));
  }

  return (
    <form className="form form--compact card" onSubmit={submit} noValidate aria-label={t('settings.groups.new')}>
      <h2>{t('settings.groups.new')}</h2>
      {errors.general ? <Alert>{errors.general}</Alert> : null}
      <GroupFields values={values} set={(change) => setValues((current) => ({ ...current, ...change }))} errors={errors.fields} groups={groups} />
      <FormFooter submitLabel={t('settings.groups.create')} busy={busy} onCancel={onCancel} />
    </form>
  );
}
