import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormSelectField, FormTextAreaField, FormTextField } from '../../components/FormTextField';
import type { ActivityLookups } from './useActivityLookups';
import type { ActivityFormApi } from './useActivityForm';

/** Type, status, subject and note; a retired type or status stays offered while the activity has it. */
export function ActivityWhatFields({ api, lookups }: { api: ActivityFormApi; lookups: ActivityLookups }) {
  const { t } = useTranslation();
  const { control } = api.form;
  const [typeId, statusId] = useWatch({ control, name: ['typeId', 'statusId'] });
  const typeOptions = lookups.types.filter((type) => type.active || type.id === typeId).map((type) => ({ value: type.id, label: type.name }));
  const statusOptions = [
    { value: '', label: t('activity.noStatus') },
    ...lookups.statuses.filter((status) => status.active || status.id === statusId).map((status) => ({ value: status.id, label: status.name })),
  ];
  return (
    <fieldset>
      <legend>{t('activity.whatSection')}</legend>
      <FormSelectField control={control} name="typeId" label={t('activity.type')} options={typeOptions} error={api.errorOf('typeId')} required />
      <FormSelectField control={control} name="statusId" label={t('activity.status')} options={statusOptions} error={api.errorOf('statusId')} />
      <div className="field--wide">
        <FormTextField control={control} name="subject" label={t('activity.subject')} error={api.errorOf('subject')} required dir="auto" autoComplete="off" />
      </div>
      <div className="field--wide">
        <FormTextAreaField control={control} name="note" label={t('activity.note')} error={api.errorOf('note')} rows={4} />
      </div>
    </fieldset>
  );
}
