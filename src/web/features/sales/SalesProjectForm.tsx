import { type Control, useController, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ActivityType } from '../../../shared/activities';
import { type SalesProject, type SalesProjectCreate, type SalesProjectForm, type SalesStage, salesProjectFormSchema } from '../../../shared/sales';
import { Alert } from '../../components/Alert';
import { FormFooter } from '../../components/FormFooter';
import { FormSelectField, FormTextAreaField, FormTextField } from '../../components/FormTextField';
import { useApiForm } from '../../components/useApiForm';
import type { Format } from '../../format';
import { formatNumberInput, parseLocaleNumber } from '../../numbers';
import { zonedIso, zonedParts } from '../activities/zoned-time';
import { fullName } from '../activities/ActivityWhoFields';
import { useContactsOf } from '../contacts/useContacts';
import { type CustomerRef, CustomerPicker } from '../customers/CustomerPicker';
import { useListOptions } from '../settings/pickers/useListOptions';
import { useUsers } from '../users/useUsers';
import { useCampaigns } from './useSales';

/** The form's values of a saved project (editing). */
export function formValues(project: SalesProject, format: Format): SalesProjectForm {
  const followUp = project.followUpAt ? zonedParts(project.followUpAt, format.timeZone) : null;
  return {
    name: project.name,
    customer: { id: project.customerId, name: project.customerName },
    contactId: project.contactId ?? '',
    responsibleId: project.responsibleId,
    sourceId: project.sourceId ?? '',
    stageId: project.stageId,
    amount: project.amount === null ? '' : formatNumberInput(project.amount, format.locale),
    currency: project.currency,
    expectedCloseDate: project.expectedCloseDate ?? '',
    followUpAt: followUp ? `${followUp.date}T${followUp.time}` : '',
    followUpTypeId: project.followUpTypeId ?? '',
    followUpText: project.followUpText ?? '',
    campaignId: project.campaignId ?? '',
  };
}

/** The form's values of a new project: the caller responsible, the first open stage. */
export function newFormValues(start: { customer: CustomerRef | null; responsibleId: string; stageId: string; currency: string }): SalesProjectForm {
  return {
    name: '',
    customer: start.customer,
    contactId: '',
    responsibleId: start.responsibleId,
    sourceId: '',
    stageId: start.stageId,
    amount: '',
    currency: start.currency,
    expectedCloseDate: '',
    followUpAt: '',
    followUpTypeId: '',
    followUpText: '',
    campaignId: '',
  };
}

/** The API body of the form's values (a create body; an update takes the same fields). */
export function bodyOf(values: SalesProjectForm, format: Format): SalesProjectCreate {
  const amount = parseLocaleNumber(values.amount, format.locale);
  const [date, time] = values.followUpAt.split('T');
  return {
    name: values.name.trim(),
    customerId: values.customer?.id ?? '',
    contactId: values.contactId || null,
    responsibleId: values.responsibleId,
    sourceId: values.sourceId || null,
    stageId: values.stageId,
    amount: amount === null || Number.isNaN(amount) ? null : amount,
    ...(values.currency ? { currency: values.currency } : {}),
    expectedCloseDate: values.expectedCloseDate || null,
    followUpAt: date && time ? zonedIso(date, time, format.timeZone) : null,
    followUpTypeId: values.followUpTypeId || null,
    followUpText: values.followUpText.trim() || null,
    campaignId: values.campaignId || null,
  };
}

type FormControl = Control<SalesProjectForm>;
type ErrorOf = (name: keyof SalesProjectForm) => string | undefined;

/** The customer, then one of its contacts; another customer clears the contact. */
function CustomerAndContact({ control, errorOf, setContact }: { control: FormControl; errorOf: ErrorOf; setContact: (id: string) => void }) {
  const { t } = useTranslation();
  const { field } = useController({ control, name: 'customer' });
  const customer = field.value;
  const contacts = useContactsOf(customer?.id ?? null).data?.items ?? [];
  return (
    <>
      <CustomerPicker
        label={t('sales.fields.customer')}
        value={customer}
        required
        error={errorOf('customer')}
        onChange={(next) => {
          if (next?.id !== customer?.id) setContact('');
          field.onChange(next);
        }}
      />
      <FormSelectField
        control={control}
        name="contactId"
        label={t('sales.fields.contact')}
        emptyLabel={t('sales.noContact')}
        options={contacts.map((contact) => ({ value: contact.id, label: fullName(contact) }))}
        error={errorOf('contactId')}
        disabled={!customer}
      />
    </>
  );
}

/** Who is responsible, where the project came from, its campaign. */
function PeopleAndSource({ control, errorOf }: { control: FormControl; errorOf: ErrorOf }) {
  const { t } = useTranslation();
  const { users } = useUsers();
  const responsibleId = useWatch({ control, name: 'responsibleId' });
  const sourceId = useWatch({ control, name: 'sourceId' });
  const sources = useListOptions('sources').items.filter((s) => s.active || s.id === sourceId);
  const campaigns = useCampaigns().data?.items ?? [];
  const userOptions = users.filter((u) => u.active || u.id === responsibleId).map((u) => ({ value: u.id, label: u.name }));
  return (
    <>
      <FormSelectField control={control} name="responsibleId" label={t('sales.fields.responsible')} options={userOptions} error={errorOf('responsibleId')} />
      <FormSelectField
        control={control}
        name="sourceId"
        label={t('sales.fields.source')}
        emptyLabel={t('sales.noSource')}
        options={sources.map((s) => ({ value: s.id, label: s.name }))}
        error={errorOf('sourceId')}
      />
      <FormSelectField
        control={control}
        name="campaignId"
        label={t('sales.fields.campaign')}
        emptyLabel={t('sales.noCampaign')}
        error={errorOf('campaignId')}
        options={campaigns.map((c) => ({ value: c.id, label: c.name }))}
      />
    </>
  );
}

/** Stage, amount and currency, expected close. */
function Deal({ control, errorOf }: { control: FormControl; errorOf: ErrorOf }) {
  const { t } = useTranslation();
  const stages = useListOptions<SalesStage>('sales-stages');
  const currency = useWatch({ control, name: 'currency' });
  return (
    <>
      <FormSelectField
        control={control}
        name="stageId"
        label={t('sales.fields.stage')}
        error={errorOf('stageId')}
        options={stages.items.filter((s) => s.active).map((s) => ({ value: s.id, label: s.name }))}
      />
      <FormTextField control={control} name="amount" inputMode="decimal" label={t('sales.fields.amount', { currency })} error={errorOf('amount')} />
      <FormTextField control={control} name="currency" label={t('sales.fields.currency')} maxLength={3} error={errorOf('currency')} />
      <FormTextField control={control} name="expectedCloseDate" type="date" label={t('sales.fields.expectedCloseDate')} error={errorOf('expectedCloseDate')} />
    </>
  );
}

function FollowUp({ control, errorOf }: { control: FormControl; errorOf: ErrorOf }) {
  const { t } = useTranslation();
  const types = useListOptions<ActivityType>('activity-types').items.filter((type) => type.active);
  return (
    <fieldset>
      <legend>{t('sales.fields.followUp')}</legend>
      <div className="sales-form">
        <FormTextField control={control} name="followUpAt" type="datetime-local" label={t('sales.fields.followUpAt')} error={errorOf('followUpAt')} />
        <FormSelectField
          control={control}
          name="followUpTypeId"
          label={t('sales.fields.followUpType')}
          emptyLabel={t('sales.defaultFollowUpType')}
          options={types.map((type) => ({ value: type.id, label: type.name }))}
          error={errorOf('followUpTypeId')}
        />
      </div>
      <FormTextAreaField control={control} name="followUpText" label={t('sales.fields.followUpText')} error={errorOf('followUpText')} />
    </fieldset>
  );
}

interface SalesProjectFormProps {
  initial: SalesProjectForm;
  /** Saves the values as typed (the caller turns them into a body with `bodyOf`). */
  onSave: (values: SalesProjectForm) => Promise<unknown>;
  submitLabel: string;
  title: string;
  saved?: boolean;
}

/** The sales project's fields (create and edit), checked with the shared schema before the server checks them again. */
export function SalesProjectFormView({ initial, onSave, submitLabel, title, saved }: SalesProjectFormProps) {
  const { t } = useTranslation();
  const { form, submit, general, errorOf, busy } = useApiForm(salesProjectFormSchema, initial, onSave, {
    serverFields: { customerId: 'customer' },
  });
  const { control } = form;
  const errorOfField: ErrorOf = (name) => errorOf(name);
  return (
    <form className="form" onSubmit={submit} noValidate aria-label={title}>
      {general ? <Alert>{general}</Alert> : null}
      {saved ? <Alert kind="success">{t('sales.project.saved')}</Alert> : null}
      <div className="sales-form">
        <FormTextField control={control} name="name" label={t('sales.fields.name')} error={errorOf('name')} required />
        <CustomerAndContact control={control} errorOf={errorOfField} setContact={(id) => form.setValue('contactId', id)} />
        <PeopleAndSource control={control} errorOf={errorOfField} />
        <Deal control={control} errorOf={errorOfField} />
      </div>
      <FollowUp control={control} errorOf={errorOfField} />
      <FormFooter submitLabel={submitLabel} busy={busy} />
    </form>
  );
}
