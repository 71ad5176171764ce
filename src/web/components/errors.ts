import type { TFunction } from 'i18next';
import { ApiError, type FieldReason } from '../api';

/** A field's message, in English as the server or the shared schema wrote it, with its reason code when known. */
export interface FieldProblem {
  message: string;
  reason?: FieldReason;
}

/**
 * A field's message in the user's language, by its reason code (`reasons.<code>` in the strings);
 * a code this app has no words for (a newer server) keeps the English message. A number the
 * reason is about (at least 10 characters) picks the plural form.
 */
export function fieldMessage(t: TFunction, message: string, reason?: FieldReason): string {
  if (!reason) return message;
  const params = reason.params ?? {};
  const count = typeof params.min === 'number' ? params.min : typeof params.max === 'number' ? params.max : undefined;
  return t(`reasons.${reason.code}`, { ...params, ...(count === undefined ? {} : { count }), defaultValue: message });
}

/** The messages of a failed save by field name, in the user's language. */
export function fieldMessages(t: TFunction, error: ApiError): [name: string, message: string][] {
  return Object.entries(error.fields).map(([name, message]) => [name, fieldMessage(t, message, error.reasons[name])]);
}

/**
 * One sentence for an error that is not about a particular field: by its reason code
 * (`problems.<code>` in the strings) when the server sent one this app has words for, else by its
 * status. A number of seconds to wait picks the plural form.
 */
export function generalMessage(t: TFunction, error: unknown): string {
  if (!(error instanceof ApiError)) return t('errors.unexpected');
  const fallback = statusMessage(t, error);
  if (!error.reason) return fallback;
  const params = error.reason.params ?? {};
  const count = typeof params.seconds === 'number' ? params.seconds : undefined;
  return t(`problems.${error.reason.code}`, { ...params, ...(count === undefined ? {} : { count }), defaultValue: fallback });
}

/** The sentence for an error by its status alone (the server's English message for the rest). */
function statusMessage(t: TFunction, error: ApiError): string {
  switch (error.status) {
    case 0:
      return t('errors.network');
    case 401:
      return t('errors.signedOut');
    case 403:
      return t('errors.forbidden');
    case 404:
      return t('errors.notFound');
    case 429:
      return t('errors.tooMany');
    default:
      if (error.status >= 500) return t('errors.server');
      return error.message;
  }
}

export interface FormErrors {
  /** Messages to show beside the fields this form has. */
  fields: Record<string, string>;
  /** A message for the form as a whole, or null. */
  general: string | null;
}

/**
 * Splits a failed save into messages beside the form's fields and one general message:
 * field errors for fields the form does not show are listed in the general message.
 */
export function formErrors(t: TFunction, error: unknown, formFields: readonly string[]): FormErrors {
  if (!error) return { fields: {}, general: null };
  if (error instanceof ApiError && Object.keys(error.fields).length > 0) {
    const fields: Record<string, string> = {};
    const others: string[] = [];
    for (const [name, message] of fieldMessages(t, error)) {
      const base = name.split('.')[0];
      if (formFields.includes(base)) fields[base] ??= message;
      else others.push(`${name}: ${message}`);
    }
    const general = others.length ? `${t('errors.checkFields')} ${others.join('; ')}` : Object.keys(fields).length ? t('errors.checkFields') : null;
    return { fields, general };
  }
  return { fields: {}, general: generalMessage(t, error) };
}
