import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { contactCreateSchema, type Contact } from '../../../shared/contacts';
import { Alert } from '../../components/Alert';
import { FormFooter } from '../../components/FormFooter';
import { FormTextField } from '../../components/FormTextField';
import { useApiForm } from '../../components/useApiForm';
import { ContactExtraFields } from './ContactExtraFields';

/** The contact form checks what the server checks, less the customer (the page knows it). */
const contactFormSchema = contactCreateSchema.omit({ customerId: true });
export type ContactInput = z.input<typeof contactFormSchema>;

interface ContactFormProps {
  contact?: Contact;
  /** The form's accessible name, e.g. "Edit Mette Kjær". */
  label: string;
  submitLabel: string;
  onSubmit: (input: ContactInput) => Promise<unknown>;
  onCancel: () => void;
}

const valuesOf = (contact: Contact | undefined): ContactInput => ({
  firstName: contact?.firstName ?? '',
  lastName: contact?.lastName ?? '',
  title: contact?.title ?? '',
  email: contact?.email ?? '',
  phone: contact?.phone ?? '',
  roleId: contact?.roleId ?? null,
  categoryIds: contact?.categoryIds ?? [],
});

/** Add or edit a contact in place; the browser checks the shared rules, the server's field messages appear beside their fields. */
export function ContactForm({ contact, label, submitLabel, onSubmit, onCancel }: ContactFormProps) {
  const { t } = useTranslation();
  const { form, submit, general, errorOf, busy } = useApiForm(contactFormSchema, valuesOf(contact), onSubmit);
  const { control } = form;
  const extra = { roleId: form.watch('roleId') ?? null, categoryIds: form.watch('categoryIds') ?? [] };
  return (
    <form className="form form--compact" onSubmit={submit} noValidate aria-label={label} onKeyDown={(event) => event.key === 'Escape' && onCancel()}>
      {general ? <Alert>{general}</Alert> : null}
      <div className="form__row">
        <FormTextField control={control} name="firstName" label={t('fields.firstName')} error={errorOf('firstName')} required autoFocus autoComplete="off" />
        <FormTextField control={control} name="lastName" label={t('fields.lastName')} error={errorOf('lastName')} autoComplete="off" />
      </div>
      <FormTextField control={control} name="title" label={t('fields.title')} error={errorOf('title')} autoComplete="off" />
      <div className="form__row">
        <FormTextField control={control} name="email" type="email" label={t('fields.email')} error={errorOf('email')} autoComplete="off" />
        <FormTextField control={control} name="phone" type="tel" label={t('fields.phone')} error={errorOf('phone')} autoComplete="off" />
      </div>
      <ContactExtraFields
        values={extra}
        onChange={(change) => {
          if (change.roleId !== undefined) form.setValue('roleId', change.roleId);
          if (change.categoryIds !== undefined) form.setValue('categoryIds', change.categoryIds);
        }}
        errors={{ roleId: errorOf('roleId') ?? '', categoryIds: errorOf('categoryIds') ?? '' }}
      />
      <FormFooter submitLabel={submitLabel} busy={busy} onCancel={onCancel} />
    </form>
  );
}
