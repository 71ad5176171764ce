import { useState } from 'react';
import { useController } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { type Workspace, workspaceUpdateSchema } from '../../../../shared/workspace';
import { Alert } from '../../../components/Alert';
import { FormSelectField, FormTextField } from '../../../components/FormTextField';
import { TimeZoneField } from '../../../components/TimeZoneField';
import { useApiForm } from '../../../components/useApiForm';
import { LANGUAGES } from '../../../i18n';
import { VisibilityFields } from '../../sharing/VisibilityFields';
import { CurrencyField } from './CurrencyField';
import { WeekStartField } from './WeekStartField';

type WorkspaceForm = ReturnType<typeof useApiForm<typeof workspaceUpdateSchema>>;

const valuesOf = (w: Workspace) => ({
  name: w.name,
  defaultLocale: w.defaultLocale as (typeof LANGUAGES)[number]['code'],
  defaultTimeZone: w.defaultTimeZone,
  weekStart: w.weekStart,
  currency: w.currency,
  customerVisibility: w.customerVisibility,
  calendarVisibility: w.calendarVisibility,
});

function DefaultZone({ api }: { api: WorkspaceForm }) {
  const { t } = useTranslation();
  const { field } = useController({ control: api.form.control, name: 'defaultTimeZone' });
  return (
    <TimeZoneField
      label={t('workspace.defaultTimeZone')}
      hint={t('workspace.defaultTimeZoneHint')}
      value={field.value ?? ''}
      onChange={field.onChange}
      error={api.errorOf('defaultTimeZone')}
    />
  );
}

interface WorkspaceSettingsFormProps {
  workspace: Workspace;
  onSave: (values: z.input<typeof workspaceUpdateSchema>) => Promise<Workspace>;
}

/** The workspace's name and the defaults everyone starts from (admins); checked with the server's own schema. */
export function WorkspaceSettingsForm({ workspace, onSave }: WorkspaceSettingsFormProps) {
  const { t } = useTranslation();
  const [saved, setSaved] = useState(false);
  const api = useApiForm(workspaceUpdateSchema, valuesOf(workspace), async (values) => {
    setSaved(false);
    api.form.reset(valuesOf(await onSave(values)));
    setSaved(true);
  });
  const { control } = api.form;
  return (
    <form className="form" onSubmit={api.submit} noValidate aria-label={t('settings.sections.workspace')}>
      {saved ? <Alert kind="success">{t('workspace.saved')}</Alert> : null}
      {api.general ? <Alert>{api.general}</Alert> : null}
      <FormTextField control={control} name="name" label={t('fields.name')} error={api.errorOf('name')} autoComplete="organization" required />
      <FormSelectField
        control={control}
        name="defaultLocale"
        label={t('workspace.defaultLanguage')}
        hint={t('workspace.defaultLanguageHint')}
        error={api.errorOf('defaultLocale')}
        options={LANGUAGES.map((language) => ({ value: language.code, label: language.name }))}
      />
      <DefaultZone api={api} />
      <WeekStartField
        control={control}
        name="weekStart"
        label={t('workspace.weekStart')}
        hint={t('workspace.weekStartHint')}
        error={api.errorOf('weekStart')}
      />
      <CurrencyField control={control} name="currency" label={t('workspace.currency')} error={api.errorOf('currency')} />
      <VisibilityFields api={api} />
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={api.busy}>
          {api.busy ? t('common.saving') : t('common.save')}
        </button>
      </div>
    </form>
  );
}
