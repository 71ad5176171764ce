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

/** The events to subscribe to, one checkbox each. */
function EventChoices({ events, onToggle, error }: { events: string[]; onToggle: (event: string, on: boolean) => void; error?: string }) {
  const { t } = useTranslation();
  return (
    <fieldset className="webhook-form__events">
      <legend>{t('webhooks.events')}</legend>
      {WEBHOOK_EVENTS.map((event) => (
        <CheckboxField
          key={event}
          label={t(`webhooks.event.${event.replace('.', '_')}`)}
          checked={events.includes(event)}
          onChange={(on) => onToggle(event, on)}
        />
      ))}
      <FieldError id="webhook-events-error" error={error} />
    </fieldset>
  );
}

/** A submit in flight and its error, if it failed. */
function useSubmit() {
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const run = async (work: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, run };
}

/** A new webhook: where to send, which events, and optionally the secret (else Tend makes one). */
export function WebhookForm({ onSubmit, onCancel }: WebhookFormProps) {
  const { t } = useTranslation();
  const [url, setUrl] = useState('');
  const [events, setEvents] = useState<string[]>(['customer.created', 'customer.updated', 'customer.deleted']);
  const [secret, setSecret] = useState('');
  const { busy, error, run } = useSubmit();
  const fieldError = (name: string) => (error instanceof ApiError && error.fields[name] ? fieldMessage(t, error.fields[name], error.reasons[name]) : undefined);
  const eventsError = error instanceof ApiError ? Object.keys(error.fields).find((name) => name.startsWith('events')) : undefined;
  const other = error && !(error instanceof ApiError && Object.keys(error.fields).length > 0);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    void run(() => onSubmit({ url: url.trim(), events: events as WebhookCreate['events'], ...(secret ? { secret } : {}) }));
  };
  const toggle = (event: string, on: boolean) => setEvents((list) => (on ? [...list, event] : list.filter((e) => e !== event)));

  return (
    <form className="card form webhook-form" onSubmit={submit} noValidate aria-label={t('webhooks.add')}>
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
      <EventChoices events={events} onToggle={toggle} error={eventsError ? fieldError(eventsError) : undefined} />
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
