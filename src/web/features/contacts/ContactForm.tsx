import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Contact } from '../../../shared/contacts';
import { Alert } from '../../components/Alert';
import { formErrors } from '../../components/errors';
import { TextField } from '../../components/Field';
import { useSubmit } from '../../components/hooks';
import { CONTACT_EXTRA_FIELDS, ContactExtraFields, contactExtraOf, type ContactExtra } from './ContactExtraFields';

const FIELDS = ['firstName', 'lastName', 'title', 'email', 'phone'] as const;
type ContactValues = Record<(typeof FIELDS)[number], string>;
export type ContactInput = ContactValues & ContactExtra;

interface ContactFormProps {
  contact?: Contact;
  /** The form's accessible name, e.g. "Edit Mette Kjær". */
  label: string;
  submitLabel: string;
  onSubmit: (input: ContactInput) => Promise<unknown>;
  onCancel: () => void;
}

/** Add or edit a contact in place; the server's field messages appear beside their fields. */
export function ContactForm({ contact, label, submitLabel, onSubmit, onCancel }: ContactFormProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState<ContactValues>({
    firstName: contact?.firstName ?? '',
    lastName: contact?.lastName ?? '',
    title: contact?.title ?? '',
    email: contact?.email ?? '',
    phone: contact?.phone ?? '',
  });
  const [extra, setExtra] = useState<ContactExtra>(() => contactExtraOf(contact));
  const { busy, error, run } = useSubmit();
  const errors = formErrors(t, error, [...FIELDS, ...CONTACT_EXTRA_FIELDS]);
  const set = (key: keyof ContactValues) => (value: string) => setValues((current) => ({ ...current, [key]: value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    await run(() => onSubmit({ ...values, ...extra }));
  }

  return (
    <form className="form form--compact" onSubmit={submit} noValidate aria-label={label} onKeyDown={(event) => event.key === 'Escape' && onCancel()}>
      {errors.general ? <Alert>{errors.general}</Alert> : null}
      <div className="form__row">
        <TextField label={t('fields.firstName')} value={values.firstName} onChange={set('firstName')} error={errors.fields.firstName} required autoFocus autoComplete="off" />
        <TextField label={t('fields.lastName')} value={values.lastName} onChange={set('lastName')} error={errors.fields.lastName} autoComplete="off" />
      </div>
      <TextField label={t('fields.title')} value={values.title} onChange={set('title')} error={errors.fields.title} autoComplete="off" />
      <div className="form__row">
        <TextField label={t('fields.email')} type="email" value={values.email} onChange={set('email')} error={errors.fields.email} autoComplete="off" />
        <TextField label={t('fields.phone')} type="tel" value={values.phone} onChange={set('phone')} error={errors.fields.phone} autoComplete="off" />
      </div>
      <ContactExtraFields values={extra} onChange={(change) => setExtra((current) => ({ ...current, ...change }))} errors={errors.fields} />
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? t('common.saving') : submitLabel}
        </button>
        <button type="button" className="button button--quiet" onClick={onCancel} disabled={busy}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
