import { useTranslation } from 'react-i18next';
import { Controller } from 'react-hook-form';
import { z } from 'zod';
import { type CommentCheck, defaultChecksFor } from '../../../shared/comment-checks';
import { commentCreateSchema } from '../../../shared/comments';
import { Alert } from '../../components/Alert';
import { CheckboxField, SelectField } from '../../components/Field';
import { FormFooter } from '../../components/FormFooter';
import { FormTextAreaField } from '../../components/FormTextField';
import { useApiForm } from '../../components/useApiForm';
import { CheckListField } from '../settings/pickers/CheckListField';
import { useCustomerStatusList, useListOptions } from '../settings/pickers/useListOptions';
import { useAddComment } from './useComments';

/** The form keeps "no new status" as ''; the request leaves it out. */
const formSchema = commentCreateSchema.extend({ customerStatus: z.string(), keywordIds: z.array(z.string()), checks: z.record(z.string(), z.boolean()) });
type FormValues = z.input<typeof formSchema>;

interface CommentFormProps {
  activityId: string;
  /** The activity as read: a task's `commentChecks` pre-tick the form. */
  activity: object;
  checks: CommentCheck[];
  hasCustomer: boolean;
}

/** Write a comment: text, status keywords, optionally the customer's new status, and the task's checks. */
export function CommentForm({ activityId, activity, checks, hasCustomer }: CommentFormProps) {
  const { t } = useTranslation();
  const add = useAddComment(activityId);
  const defaults: FormValues = { text: '', keywordIds: [], customerStatus: '', checks: defaultChecksFor(activity) };
  const api = useApiForm(formSchema, defaults, async ({ customerStatus, ...values }) => {
    await add.mutateAsync({ ...values, ...(customerStatus ? { customerStatus } : {}) });
    api.form.reset(defaults);
  });
  const control = api.form.control;
  return (
    <form className="form comment-form" onSubmit={api.submit} noValidate aria-label={t('comments.formTitle')}>
      {api.general ? <Alert>{api.general}</Alert> : null}
      <FormTextAreaField control={control} name="text" label={t('comments.text')} required rows={3} error={api.errorOf('text')} />
      <KeywordField control={control} error={api.errorOf('keywordIds')} />
      {hasCustomer ? <StatusField control={control} error={api.errorOf('customerStatus')} /> : null}
      {checks.length > 0 ? (
        <Controller
          control={control}
          name="checks"
          render={({ field }) => (
            <fieldset className="check-list">
              <legend>{t('comments.checks')}</legend>
              {checks.map((check) => (
                <CheckboxField
                  key={check.key}
                  label={check.label}
                  checked={Boolean(field.value?.[check.key])}
                  onChange={(on) => field.onChange({ ...field.value, [check.key]: on })}
                />
              ))}
            </fieldset>
          )}
        />
      ) : null}
      <FormFooter submitLabel={t('comments.submit')} busy={api.busy} />
    </form>
  );
}

type Control = ReturnType<typeof useApiForm<typeof formSchema>>['form']['control'];

function KeywordField({ control, error }: { control: Control; error?: string }) {
  const { t } = useTranslation();
  const keywords = useListOptions('status-keywords');
  return (
    <Controller
      control={control}
      name="keywordIds"
      render={({ field }) => (
        <CheckListField label={t('comments.keywords')} items={keywords.items} value={field.value ?? []} onChange={field.onChange} error={error} />
      )}
    />
  );
}

function StatusField({ control, error }: { control: Control; error?: string }) {
  const { t } = useTranslation();
  const statuses = useCustomerStatusList().filter((s) => s.active);
  return (
    <Controller
      control={control}
      name="customerStatus"
      render={({ field }) => (
        <SelectField
          label={t('comments.newStatus')}
          value={field.value ?? ''}
          onChange={field.onChange}
          emptyLabel={t('comments.keepStatus')}
          options={statuses.map((s) => ({ value: s.key, label: s.name }))}
          error={error}
        />
      )}
    />
  );
}
