import { useController } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { type Campaign, type CampaignForm, campaignFormSchema } from '../../../shared/sales';
import { Alert } from '../../components/Alert';
import { FormFooter } from '../../components/FormFooter';
import { FormTextAreaField, FormTextField } from '../../components/FormTextField';
import { useApiForm } from '../../components/useApiForm';

export const EMPTY_CAMPAIGN: CampaignForm = { name: '', description: '', startsOn: '', endsOn: '', active: true };

export const campaignFormValues = (c: Campaign): CampaignForm => ({
  name: c.name,
  description: c.description ?? '',
  startsOn: c.startsOn ?? '',
  endsOn: c.endsOn ?? '',
  active: c.active,
});

/** The API body of the form's values ('' is none). */
export const campaignBody = (v: CampaignForm) => ({
  name: v.name.trim(),
  description: v.description.trim() || null,
  startsOn: v.startsOn || null,
  endsOn: v.endsOn || null,
  active: v.active,
});

interface CampaignFormProps {
  initial: CampaignForm;
  onSave: (values: CampaignForm) => Promise<unknown>;
  title: string;
  submitLabel: string;
  saved?: boolean;
}

/** A campaign's name, description, period and whether it is active (managers and admins). */
export function CampaignFormView({ initial, onSave, title, submitLabel, saved }: CampaignFormProps) {
  const { t } = useTranslation();
  const { form, submit, general, errorOf, busy } = useApiForm(campaignFormSchema, initial, onSave);
  const { control } = form;
  const { field: active } = useController({ control, name: 'active' });
  return (
    <form className="form" onSubmit={submit} noValidate aria-label={title}>
      {general ? <Alert>{general}</Alert> : null}
      {saved ? <Alert kind="success">{t('sales.project.saved')}</Alert> : null}
      <div className="sales-form">
        <FormTextField control={control} name="name" label={t('sales.campaigns.name')} error={errorOf('name')} required />
        <FormTextField control={control} name="startsOn" type="date" label={t('sales.campaigns.startsOn')} error={errorOf('startsOn')} />
        <FormTextField control={control} name="endsOn" type="date" label={t('sales.campaigns.endsOn')} error={errorOf('endsOn')} />
        <label className="checkbox">
          <input type="checkbox" checked={active.value} onChange={(event) => active.onChange(event.target.checked)} />
          {t('sales.campaigns.active')}
        </label>
      </div>
      <FormTextAreaField control={control} name="description" label={t('sales.campaigns.description')} error={errorOf('description')} />
      <FormFooter submitLabel={submitLabel} busy={busy} />
    </form>
  );
}
