import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Activity, ActivityCreate } from '../../../shared/activities';
import type { Contact } from '../../../shared/contacts';
import { Alert } from '../../components/Alert';
import { formErrors } from '../../components/errors';
import { SelectField, TextField } from '../../components/Field';
import { useSubmit } from '../../components/hooks';
import { useFormat } from '../../format';
import { useMe } from '../../session';
import { useContactsOf } from '../contacts/useContacts';
import { useUsers } from '../users/useUsers';
import { CustomerPicker, CustomersPicker, type CustomerRef } from '../customers/CustomerPicker';
import { TextAreaField, WhenFields, type WhenValue } from './fields';
import type { ActivityLookups } from './useActivityLookups';
import { nextHour, scheduleOf, whenOf } from './zoned-time';
import { FormFooter } from '../../components/FormFooter';

const FIELDS = [
  'typeId',
  'statusId',
  'subject',
  'note',
  'customerId',
  'contactId',
  'additionalCustomerIds',
  'responsibleId',
  'additionalUserIds',
  'scheduledAt',
  'allDay',
] as const;

export interface ActivityFormValues {
  typeId: string;
  statusId: string;
  subject: string;
  note: string;
  customer: CustomerRef | null;
  contactId: string;
  additionalCustomers: CustomerRef[];
  responsibleId: string;
  additionalUserIds: string[];
  when: WhenValue;
}

export const fullName = (contact: Pick<Contact, 'firstName' | 'lastName'>) => [contact.firstName, contact.lastName].filter(Boolean).join(' ');

interface ActivityFormProps {
  label: string;
  lookups: ActivityLookups;
  activity?: Activity;
  /** For a new activity: the customer (and contact) it starts with. */
  initialCustomer?: CustomerRef | null;
  initialContactId?: string;
  initialAdditionalCustomers?: CustomerRef[];
  submitLabel: string;
  onSubmit: (input: ActivityCreate) => Promise<unknown>;
  onCancel: () => void;
}

/** The activity card: customer then its contact, more customers and users, type, status, subject, note, when, who. */
export function ActivityForm({
  label,
  lookups,
  activity,
  initialCustomer = null,
  initialContactId = '',
  initialAdditionalCustomers = [],
  submitLabel,
  onSubmit,
  onCancel,
}: ActivityFormProps) {
  const { t } = useTranslation();
  const me = useMe();
  const format = useFormat();
  const { users } = useUsers();
  const [values, setValues] = useState<ActivityFormValues>(() => ({
    typeId: activity?.typeId ?? '',
    statusId: activity?.statusId ?? '',
    subject: activity?.subject ?? '',
    note: activity?.note ?? '',
    customer: initialCustomer,
    contactId: activity?.contactId ?? initialContactId,
    additionalCustomers: initialAdditionalCustomers,
    responsibleId: activity?.responsibleId ?? me.id,
    additionalUserIds: activity?.additionalUserIds ?? [],
    when: activity ? whenOf(activity.scheduledAt, activity.allDay, format.timeZone) : { ...nextHour(format.timeZone), allDay: false },
  }));
  const set =
    <K extends keyof ActivityFormValues>(key: K) =>
    (value: ActivityFormValues[K]) =>
      setValues((current) => ({ ...current, [key]: value }));
  const contacts = useContactsOf(values.customer?.id ?? null).data?.items ?? [];
  const { busy, error, run } = useSubmit();
  const errors = formErrors(t, error, FIELDS);

  // Once the lists arrive, a new activity starts as the first active type, status "scheduled".
  useEffect(() => {
    setValues((current) => ({
      ...current,
      typeId: current.typeId || (lookups.types.find((type) => type.active)?.id ?? ''),
      statusId: current.statusId || (activity ? '' : (lookups.statuses.find((status) => status.key === 'scheduled')?.id ?? '')),
    }));
  }, [lookups.types, lookups.statuses, activity]);

  const typeOptions = lookups.types.filter((type) => type.active || type.id === values.typeId).map((type) => ({ value: type.id, label: type.name }));
  const statusOptions = [
    { value: '', label: t('activity.noStatus') },
    ...lookups.statuses.filter((status) => status.active || status.id === values.statusId).map((status) => ({ value: status.id, label: status.name })),
  ];
  const userOptions = users.filter((user) => user.active || user.id === values.responsibleId).map((user) => ({ value: user.id, label: user.name }));
  if (!userOptions.some((option) => option.value === values.responsibleId))
    userOptions.unshift({ value: values.responsibleId, label: values.responsibleId === me.id ? me.name : '…' });
  const contactOptions = [
    { value: '', label: values.customer ? t('activity.noContact') : t('activity.pickCustomerFirst') },
    ...contacts.map((contact) => ({ value: contact.id, label: fullName(contact) })),
  ];
  const colleagues = users.filter((user) => user.id !== values.responsibleId && (user.active || values.additionalUserIds.includes(user.id)));

  async function submit(event: FormEvent) {
    event.preventDefault();
    await run(() =>
      onSubmit({
        typeId: values.typeId,
        statusId: values.statusId || null,
        subject: values.subject,
        note: values.note,
        customerId: values.customer?.id ?? null,
        contactId: values.contactId || null,
        additionalCustomerIds: values.additionalCustomers.map((customer) => customer.id),
        responsibleId: values.responsibleId,
        additionalUserIds: values.additionalUserIds.filter((id) => id !== values.responsibleId),
        ...scheduleOf(values.when, format.timeZone),
      }),
    );
  }

  return (
    <form className="form form--grid" onSubmit={submit} noValidate aria-label={label}>
      {errors.general ? <Alert>{errors.general}</Alert> : null}
      <fieldset>
        <legend>{t('activity.whatSection')}</legend>
        <SelectField label={t('activity.type')} value={values.typeId} onChange={set('typeId')} options={typeOptions} error={errors.fields.typeId} required />
        <SelectField label={t('activity.status')} value={values.statusId} onChange={set('statusId')} options={statusOptions} error={errors.fields.statusId} />
        <div className="field--wide">
          <TextField
            label={t('activity.subject')}
            value={values.subject}
            onChange={set('subject')}
            error={errors.fields.subject}
            required
            dir="auto"
            autoComplete="off"
          />
        </div>
        <div className="field--wide">
          <TextAreaField label={t('activity.note')} value={values.note} onChange={set('note')} error={errors.fields.note} rows={4} />
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('activity.whoSection')}</legend>
        <CustomerPicker
          label={t('activity.customer')}
          value={values.customer}
          error={errors.fields.customerId}
          onChange={(customer) => setValues((current) => ({ ...current, customer, contactId: customer?.id === current.customer?.id ? current.contactId : '' }))}
        />
        <SelectField
          label={t('activity.contact')}
          value={values.contactId}
          onChange={set('contactId')}
          options={contactOptions}
          error={errors.fields.contactId}
          disabled={!values.customer}
        />
        <div className="field--wide">
          <CustomersPicker
            label={t('activity.additionalCustomers')}
            value={values.additionalCustomers}
            onChange={set('additionalCustomers')}
            exclude={values.customer ? [values.customer.id] : []}
            error={errors.fields.additionalCustomerIds}
          />
        </div>
        <SelectField
          label={t('activity.responsible')}
          value={values.responsibleId}
          onChange={set('responsibleId')}
          options={userOptions}
          error={errors.fields.responsibleId}
        />
        <fieldset className="checkbox-group" aria-describedby={errors.fields.additionalUserIds ? 'additional-users-error' : undefined}>
          <legend>{t('activity.additionalUsers')}</legend>
          {colleagues.length === 0 ? <p className="muted">{t('activity.noColleagues')}</p> : null}
          {colleagues.map((user) => (
            <label key={user.id} className="checkbox">
              <input
                type="checkbox"
                checked={values.additionalUserIds.includes(user.id)}
                onChange={(event) =>
                  set('additionalUserIds')(
                    event.target.checked ? [...values.additionalUserIds, user.id] : values.additionalUserIds.filter((id) => id !== user.id),
                  )
                }
              />
              <bdi>{user.name}</bdi>
            </label>
          ))}
          {errors.fields.additionalUserIds ? (
            <p className="field__error" id="additional-users-error" role="alert">
              {errors.fields.additionalUserIds}
            </p>
          ) : null}
        </fieldset>
      </fieldset>
      <fieldset>
        <legend>{t('activity.whenSection')}</legend>
        <WhenFields
          value={values.when}
          onChange={set('when')}
          error={errors.fields.scheduledAt ?? errors.fields.allDay}
          timeZone={format.timeZone}
          dateLabel={t('activity.date')}
          timeLabel={t('activity.time')}
        />
      </fieldset>
      <FormFooter submitLabel={submitLabel} busy={busy} onCancel={onCancel} />
    </form>
  );
}
