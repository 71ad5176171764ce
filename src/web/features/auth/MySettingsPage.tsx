import { useState } from 'react';
import { useController } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { mySettingsSchema } from '../../../shared/users';
import { Alert } from '../../components/Alert';
import { CheckboxField } from '../../components/Field';
import { FormSelectField } from '../../components/FormTextField';
import { PageHeader } from '../../components/PageHeader';
import { TimeZoneField } from '../../components/TimeZoneField';
import { useApiForm } from '../../components/useApiForm';
import { LANGUAGES, isLanguage } from '../../i18n';
import { useMe, useSession } from '../../session';
import { useWorkspace } from '../settings/workspace/useWorkspace';
import { WeekStartField } from '../settings/workspace/WeekStartField';
import { CalendarFeedPanel } from '../calendar-feed/CalendarFeedPanel';

type MySettingsForm = ReturnType<typeof useApiForm<typeof mySettingsSchema>>;

function OwnZone({ api }: { api: MySettingsForm }) {
  const { t } = useTranslation();
  const { field } = useController({ control: api.form.control, name: 'timeZone' });
  return <TimeZoneField label={t('fields.timeZone')} value={field.value ?? ''} onChange={field.onChange} error={api.errorOf('timeZone')} />;
}

/** Reminders by e-mail too (they reach the mailbox only when the server has mail). */
function EmailReminders({ api }: { api: MySettingsForm }) {
  const { t } = useTranslation();
  const { field } = useController({ control: api.form.control, name: 'emailReminders' });
  return <CheckboxField label={t('notifications.emailReminders')} checked={field.value ?? true} onChange={field.onChange} />;
}

/** A morning mail of the day's to-do at about 07:00 in one's own time zone (off by default; only when the server has mail). */
function MorningMail({ api }: { api: MySettingsForm }) {
  const { t } = useTranslation();
  const { field } = useController({ control: api.form.control, name: 'morningMail' });
  return <CheckboxField label={t('notifications.morningMail')} checked={field.value ?? false} onChange={field.onChange} />;
}

/** The week start the workspace gives those who follow it: asked of the server, else known from `me` when they follow it now. */
function useWorkspaceWeekStart(): number {
  const me = useMe();
  const { workspace } = useWorkspace();
  return workspace.data?.weekStart ?? (me.ownWeekStart === null ? me.weekStart : 1);
}

/** My settings: language, time zone and first day of the week; saved to the session, so the page speaks the new language at once. */
export function MySettingsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const { updateMe } = useSession();
  const follow = useWorkspaceWeekStart();
  const [saved, setSaved] = useState(false);
  const start = {
    locale: isLanguage(me.locale) ? me.locale : 'en',
    timeZone: me.timeZone,
    weekStart: me.ownWeekStart,
    emailReminders: me.emailReminders,
    morningMail: me.morningMail,
  };
  const api = useApiForm(mySettingsSchema, start, async (values) => {
    setSaved(false);
    await updateMe(values);
    setSaved(true);
  });
  const { control } = api.form;
  return (
    <>
      <PageHeader title={t('mySettings.title')}>
        <p className="muted">{t('mySettings.intro')}</p>
      </PageHeader>
      <div className="card">
        <form className="form" onSubmit={api.submit} noValidate aria-label={t('mySettings.title')}>
          {saved ? <Alert kind="success">{t('mySettings.saved')}</Alert> : null}
          {api.general ? <Alert>{api.general}</Alert> : null}
          <FormSelectField
            control={control}
            name="locale"
            label={t('fields.language')}
            error={api.errorOf('locale')}
            options={LANGUAGES.map((language) => ({ value: language.code, label: language.name }))}
          />
          <OwnZone api={api} />
          <WeekStartField control={control} name="weekStart" label={t('mySettings.weekStart')} error={api.errorOf('weekStart')} follow={follow} />
          <EmailReminders api={api} />
          <MorningMail api={api} />
          <div className="form__actions">
            <button type="submit" className="button button--primary" disabled={api.busy}>
              {api.busy ? t('common.saving') : t('common.save')}
            </button>
          </div>
        </form>
      </div>
      <CalendarFeedPanel />
    </>
  );
}
