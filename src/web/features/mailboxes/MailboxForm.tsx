import { type Control, useController } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  DEFAULT_SYNC_DAYS,
  daysBefore,
  type Mailbox,
  type MailboxForm as MailboxFormValues,
  mailboxEditFormSchema,
  mailboxFormSchema,
} from '../../../shared/mailboxes';
import { Alert } from '../../components/Alert';
import { CheckboxField } from '../../components/Field';
import { FormFooter } from '../../components/FormFooter';
import { FormTextField } from '../../components/FormTextField';
import { useApiForm } from '../../components/useApiForm';

type Values = MailboxFormValues;

/** A new mailbox: its first sync reads the last 30 days unless the user picks another day (or none). */
const blank = (): Values => ({
  host: '',
  port: '993',
  tls: true,
  username: '',
  password: '',
  folders: 'INBOX, Sent',
  syncSince: daysBefore(new Date(), DEFAULT_SYNC_DAYS),
  aliases: '',
});

const valuesOf = (m: Mailbox): Values => ({
  host: m.host,
  port: String(m.port),
  tls: m.tls,
  username: m.username,
  password: '',
  folders: m.folders.join(', '),
  syncSince: m.syncSince ?? '',
  aliases: m.aliases.join(', '),
});

/** What the API takes from the form: the port as a number, folders and aliases as lists, an empty day null, an empty password left out. */
export function bodyOf(values: Values) {
  const parsed = mailboxEditFormSchema.parse(values);
  const { password, ...rest } = parsed;
  return password === '' ? rest : { ...rest, password };
}

function TlsField({ api }: { api: Api }) {
  const { t } = useTranslation();
  const { field } = useController({ control: api.form.control, name: 'tls' });
  return <CheckboxField label={t('mailboxes.tls')} checked={field.value} onChange={field.onChange} />;
}

type Api = ReturnType<typeof useApiForm<typeof mailboxFormSchema>>;

/** Where and how to sign in. */
function ConnectionFields({ api, editing }: { api: Api; editing: boolean }) {
  const { t } = useTranslation();
  // The fields show the values as typed; the schema's parsed output (a number, a list) is the server's business.
  const control = api.form.control as unknown as Control<Values>;
  return (
    <>
      <FormTextField
        control={control}
        name="host"
        label={t('mailboxes.host')}
        error={api.errorOf('host')}
        required
        dir="ltr"
        autoComplete="off"
        placeholder={t('mailboxes.hostPlaceholder')}
      />
      <FormTextField
        control={control}
        name="port"
        label={t('mailboxes.port')}
        error={api.errorOf('port')}
        required
        dir="ltr"
        inputMode="numeric"
        hint={t('mailboxes.portHint')}
      />
      <TlsField api={api} />
      <FormTextField control={control} name="username" label={t('mailboxes.username')} error={api.errorOf('username')} required dir="ltr" autoComplete="off" />
      <FormTextField
        control={control}
        name="password"
        type="password"
        label={t('mailboxes.password')}
        error={api.errorOf('password')}
        required={!editing}
        autoComplete="new-password"
        placeholder={editing ? t('mailboxes.passwordUnchanged') : undefined}
        hint={t('mailboxes.passwordHint')}
      />
    </>
  );
}

/** What to read: the folders, from which day a folder is first read, and the user's other addresses. */
function ReadingFields({ api }: { api: Api }) {
  const { t } = useTranslation();
  const control = api.form.control as unknown as Control<Values>;
  return (
    <>
      <FormTextField
        control={control}
        name="folders"
        label={t('mailboxes.folders')}
        error={api.errorOf('folders')}
        required
        dir="ltr"
        hint={t('mailboxes.foldersHint')}
      />
      <FormTextField
        control={control}
        name="syncSince"
        type="date"
        label={t('mailboxes.syncSince')}
        error={api.errorOf('syncSince')}
        dir="ltr"
        hint={t('mailboxes.syncSinceHint')}
      />
      <FormTextField
        control={control}
        name="aliases"
        type="text"
        label={t('mailboxes.aliases')}
        error={api.errorOf('aliases')}
        dir="ltr"
        autoComplete="off"
        hint={t('mailboxes.aliasesHint')}
      />
    </>
  );
}

interface Props {
  /** The mailbox being changed; absent, a new one. */
  mailbox?: Mailbox;
  onSave: (values: Values) => Promise<unknown>;
  onCancel: () => void;
}

/** Host, port, TLS, user name, password (write-only: on edit, empty keeps the stored one), folders, first-sync day and aliases. */
export function MailboxForm({ mailbox, onSave, onCancel }: Props) {
  const { t } = useTranslation();
  // Editing checks with the edit rules (an empty password is allowed); the field types are the same.
  const schema = (mailbox ? mailboxEditFormSchema : mailboxFormSchema) as typeof mailboxFormSchema;
  const api = useApiForm(schema, mailbox ? valuesOf(mailbox) : blank(), onSave);
  const title = mailbox ? t('mailboxes.editTitle') : t('mailboxes.addTitle');
  return (
    <form className="form form--grid mailbox-form" onSubmit={api.submit} noValidate aria-label={title}>
      {api.general ? <Alert>{api.general}</Alert> : null}
      <fieldset>
        <legend>{title}</legend>
        <ConnectionFields api={api} editing={mailbox !== undefined} />
        <ReadingFields api={api} />
      </fieldset>
      <FormFooter submitLabel={mailbox ? t('common.save') : t('mailboxes.add')} busy={api.busy} onCancel={onCancel} />
    </form>
  );
}
