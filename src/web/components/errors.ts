import type { TFunction } from 'i18next';
import { ApiError } from '../api';

/** The server speaks English; known field messages are shown in the user's language. */
const knownMessages: [RegExp, string][] = [
  [/^Required$/, 'errors.required'],
  [/^Not a valid email address$/, 'errors.email'],
  [/^Not a web address$/, 'errors.website'],
  [/^A two-letter country code/, 'errors.countryCode'],
  [/^Not a known time zone/, 'errors.timeZone'],
  [/^Already in use$/, 'errors.inUse'],
  [/^Not a valid id$/, 'errors.invalidId'],
  [/^Not a date \(YYYY-MM-DD\)$/, 'errors.date'],
  [/^Lower-case letters, digits and _/, 'errors.key'],
  [/^A colour like/, 'errors.color'],
  [/^At least (\d+) characters$/, 'errors.minLength'],
  [/^At most (\d+) characters$/, 'errors.maxLength'],
  // Accounts (change password, reset and invitation links).
  [/^Wrong password$/, 'accounts.errors.wrongPassword'],
  [/^The passwords differ$/, 'accounts.errors.differ'],
  [/^This link has been used/, 'accounts.errors.linkUsed'],
  [/^This link has expired/, 'accounts.errors.linkExpired'],
  [/^This link is not valid/, 'accounts.errors.linkInvalid'],
];

export function fieldMessage(t: TFunction, message: string): string {
  for (const [pattern, key] of knownMessages) {
    const match = pattern.exec(message);
    if (match) return t(key, { count: match[1] ? Number(match[1]) : 0 });
  }
  return message;
}

/** One sentence for an error that is not about a particular field. */
export function generalMessage(t: TFunction, error: unknown): string {
  if (!(error instanceof ApiError)) return t('errors.unexpected');
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
    for (const [name, message] of Object.entries(error.fields)) {
      const base = name.split('.')[0];
      if (formFields.includes(base)) fields[base] ??= fieldMessage(t, message);
      else others.push(`${name}: ${fieldMessage(t, message)}`);
    }
    const general = others.length ? `${t('errors.checkFields')} ${others.join('; ')}` : Object.keys(fields).length ? t('errors.checkFields') : null;
    return { fields, general };
  }
  return { fields: {}, general: generalMessage(t, error) };
}
