import { useController } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Activity, ActivityCreate } from '../../../shared/activities';
import { Alert } from '../../components/Alert';
import { CheckboxField } from '../../components/Field';
import { FormFooter } from '../../components/FormFooter';
import { useFormat } from '../../format';
import type { CustomerRef } from '../customers/CustomerPicker';
import { ActivityWhatFields } from './ActivityWhatFields';
import { ActivityWhoFields } from './ActivityWhoFields';
import { WhenFields } from './fields';
import { type ActivityFormApi, useActivityForm } from './useActivityForm';
import { type ActivityStart, isUndated } from './activity-form';
import { ReminderField } from './ReminderField';
import type { ActivityLookups } from './useActivityLookups';

interface ActivityFormProps {
  label: string;
  lookups: ActivityLookups;
  activity?: Activity;
  /** For a new activity: the customer (and contact) it starts with. */
  initialCustomer?: CustomerRef | null;
  initialContactId?: string;
  initialAdditionalCustomers?: CustomerRef[];
  /** For a new activity: its time and responsible user (a range picked in the calendar). */
  initialWhen?: ActivityStart['when'];
  initialResponsibleId?: string;
  submitLabel: string;
  onSubmit: (input: ActivityCreate) => Promise<unknown>;
  onCancel: () => void;
}

function When({ api, undated }: { api: ActivityFormApi; undated: boolean }) {
  const { t } = useTranslation();
  const { timeZone } = useFormat();
  const { field, fieldState } = useController({ control: api.form.control, name: 'when' });
  return (
    <fieldset>
      <legend>{t('activity.whenSection')}</legend>
      {undated && !fieldState.isDirty ? <p className="field__hint">{t('activity.undatedHint')}</p> : null}
      <WhenFields
        value={field.value}
        onChange={field.onChange}
        error={api.errorOf('when')}
        timeZone={timeZone}
        dateLabel={t('activity.date')}
        timeLabel={t('activity.time')}
      />
    </fieldset>
  );
}

/** Private: only its responsible and additional users see it (others, in a calendar, busy time). */
function Private({ api }: { api: ActivityFormApi }) {
  const { t } = useTranslation();
  const { field } = useController({ control: api.form.control, name: 'private' });
  return <CheckboxField label={t('sharing.privateActivity')} checked={field.value} onChange={field.onChange} />;
}

/** The activity card: type, status, subject, note; customer then its contact, more customers and users; when. */
export function ActivityForm({
  label,
  lookups,
  activity,
  initialCustomer = null,
  initialContactId = '',
  initialAdditionalCustomers = [],
  initialWhen,
  initialResponsibleId,
  ...props
}: ActivityFormProps) {
  const start = {
    activity,
    customer: initialCustomer,
    contactId: initialContactId,
    additionalCustomers: initialAdditionalCustomers,
    when: initialWhen,
    responsibleId: initialResponsibleId,
  };
  const api = useActivityForm(start, lookups, props.onSubmit);
  return (
    <form className="form form--grid" onSubmit={api.submit} noValidate aria-label={label}>
      {api.general ? <Alert>{api.general}</Alert> : null}
      <ActivityWhatFields api={api} lookups={lookups} />
      <ActivityWhoFields api={api} />
      <When api={api} undated={isUndated(activity)} />
      {isUndated(activity) ? null : <ReminderField api={api} />}
      <Private api={api} />
      <FormFooter submitLabel={props.submitLabel} busy={api.busy} onCancel={props.onCancel} />
    </form>
  );
}
