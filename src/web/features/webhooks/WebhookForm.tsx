import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { WEBHOOK_EVENTS, type WebhookCreate } from '../../../shared/webhooks';
import { ApiError } from '../../api';
import { Alert } from '../../components/Alert';
import { CheckboxField, FieldError, TextField } from '../../components/Field';
import { fieldMessage, generalMessage } from '../../components/errors';

interface WebhookFormProps {
  onSubmit: (body: WebhookCreate) => Promise<unknown>;
  onCancel: () => void;
}

/** A new webhook: where to send, which events, and optionally the secret (else Tend makes one). */
export function WebhookForm({ onSubmit, onCancel }: WebhookFormProps) {
  const { t } = useTranslation();
  const [url, setUrl] = useState('');
  const [events, setEvents] = useState<string[]>(['customer.created', 'customer.updated', 'customer.deleted']);
  const [secret, setSecret] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const fieldError = (name: string) => (error instanceof ApiError && error.fields[name] ? fieldMessage(t, error.fields[name], error.reasons[name]) : undefined);
  const eventsError = error instanceof ApiError ? Object.keys(error.fields).find((name) => name.startsWith('events')) : undefined;
  const other = error && !(error instanceof ApiError && Object.keys(error.fields).length > 0);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await onSubmit({ url: url.trim(), events: events as WebhookCreate['events'], ...(secret ? { secret } : {}) });
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };
  const toggle = (event: string, on: boolean) => setEvents((list) => (on ? [...list, event] : list.filter((e) => e !== event)));

  return (
    <form className="card form webhook-form" onSubmit={(e) => void submit(e)} noValidate aria-label={t('webhooks.add')}>
      <TextField
        label={t('webhooks.url')}
        value={url}
        onChange={setUrl}
        error={fieldError('url')}
        hint={t('webhooks.urlHint')}
        required
        dir="ltr"
        type="url"
        autoComplete="off"
        spellCheck={false}
      />
      <fieldset className="webhook-form__events">
        <legend>{t('webhooks.events')}</legend>
        {WEBHOOK_EVENTS.map((event) => (
          <CheckboxField
            key={event}
            label={t(`webhooks.event.${event.replace('.', '_')}`)}
            checked={events.includes(event)}
            onChange={(on) => toggle(event, on)}
          />
        ))}
        <FieldError id="webhook-events-error" error={eventsError ? fieldError(eventsError) : undefined} />
      </fieldset>
      <TextField
        label={t('webhooks.secret')}
        value={secret}
        onChange={setSecret}
        error={fieldError('secret')}
        hint={t('webhooks.secretHint')}
        dir="ltr"
        autoComplete="off"
        spellCheck={false}
      />
      {other ? <Alert>{generalMessage(t, error)}</Alert> : null}
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {t('webhooks.save')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
