import { useState } from 'react';
import { type DefaultValues, type FieldValues, type Path, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { ApiError } from '../api';
import { fieldMessage, fieldMessages, generalMessage } from './errors';
import { reasonResolver } from './reason-resolver';

export interface ApiFormOptions {
  /** Where the server's field names differ from the form's: `{ customerId: 'customer' }` shows `customerId`'s message beside `customer`. */
  serverFields?: Record<string, string>;
}

/**
 * A form on react-hook-form, checked in the browser with the SAME Zod schema the server uses; a
 * failed save puts the server's field messages beside the fields (setError per field) and says
 * the rest in one general message. Both say each field's problem by its reason code, in the user's language. `onSave` gets the values as typed (the server parses them).
 */
export function useApiForm<S extends z.ZodType<FieldValues, FieldValues>>(
  schema: S,
  defaultValues: DefaultValues<z.input<S>>,
  onSave: (values: z.input<S>) => Promise<unknown>,
  options: ApiFormOptions = {},
) {
  const { t } = useTranslation();
  const form = useForm<z.input<S>, unknown, z.output<S>>({
    resolver: reasonResolver(schema, (message, reason) => fieldMessage(t, message, reason)),
    defaultValues,
    mode: 'onSubmit',
  });
  const [general, setGeneral] = useState<string | null>(null);
  const fieldNames = Object.keys(defaultValues ?? {});

  const submit = form.handleSubmit(
    async () => {
      setGeneral(null);
      try {
        await onSave(form.getValues());
      } catch (error) {
        setGeneral(serverErrors(error));
      }
    },
    () => setGeneral(t('errors.checkFields')),
  );

  /** Field errors onto their fields; returns the general message (with errors for fields not shown). */
  function serverErrors(error: unknown): string {
    if (!(error instanceof ApiError) || Object.keys(error.fields).length === 0) return generalMessage(t, error);
    const others: string[] = [];
    for (const [name, message] of fieldMessages(t, error)) {
      const first = name.split('.')[0];
      const base = options.serverFields?.[first] ?? first;
      if (fieldNames.includes(base)) form.setError(base as Path<z.input<S>>, { type: 'server', message });
      else others.push(`${name}: ${message}`);
    }
    return others.length ? `${t('errors.checkFields')} ${others.join('; ')}` : t('errors.checkFields');
  }

  /** A field's message, already in the user's language (the resolver and serverErrors translate by reason code). */
  const errorOf = (name: Path<z.input<S>>) => firstMessage(form.getFieldState(name, form.formState).error);
  return { form, submit, general, errorOf, busy: form.formState.isSubmitting };
}

/** A field's message; for a field holding an object (a date and a time), the first message of its parts. */
function firstMessage(error: unknown): string | undefined {
  if (!error || typeof error !== 'object') return undefined;
  if ('message' in error && typeof error.message === 'string' && error.message) return error.message;
  for (const [key, part] of Object.entries(error)) {
    if (key === 'ref' || key === 'type') continue;
    const message = firstMessage(part);
    if (message) return message;
  }
  return undefined;
}
